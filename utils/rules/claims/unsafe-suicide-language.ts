import type { FindingDraft, Rule } from '../../types';
import { proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { insideQuotes } from '../../text/sentences';

// retext-equality suicide.yml (sources: AFSP reporting guidelines, speakingofsuicide.com), with the advice.
const TERMS: Array<[RegExp, string]> = [
  [/\bcommit(?:s|ted|ting)?\s+suicide\b/gi, '"died by suicide" / "die by suicide"'],
  [/\b(?:completed|successful|complete)\s+suicides?\b/gi, '"died by suicide"'],
  [/\b(?:failed|unsuccessful)\s+(?:suicide(?:\s+attempts?)?|attempts?)\b|\bsuicide\s+failure\b/gi, '"suicide attempt" / "attempted suicide"'],
  [/\bsuicide\s+epidemic\b|\bepidemic\s+of\s+suicides?\b/gi, '"rise in suicides"'],
];
// Legal or historical quotation: "the statute still says 'commit suicide'".
const LEGAL = /\b(?:statute|law\s+(?:said|says|stated)|court|criminal(?:ized|ised)?|decriminali[sz]\w*|crime|historically|was\s+once\s+called|the\s+phrase|the\s+term|the\s+expression|instead\s+of\s+saying|rather\s+than\s+(?:saying|“|"))\b/i;

const rule: Rule = {
  id: 'claims/unsafe-suicide-language',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-014',
  title: 'Unsafe suicide language ("committed suicide", "failed attempt")',
  description:
    'Finds "commit/committed suicide", "successful/completed suicide", "failed suicide/attempt" (in text about suicide) and "suicide epidemic". Quoted, legal and historical uses ("the phrase \'commit suicide\'…") pass.',
  why:
    'Suicide-prevention and reporting guidelines ask writers to say "died by suicide", "suicide attempt" and "rise in suicides": "committed" frames suicide as a crime or sin, and "successful" or "failed" frames it as a goal.',
  fix: 'Use "died by suicide", "suicide attempt" and "rise in suicides".',
  helpUrl: 'https://github.com/retextjs/retext-equality/blob/main/data/en/suicide.yml',
  sources: [
    { title: 'Community suicide prevention: ensuring safe suicide-prevention messaging', url: 'https://communitysuicideprevention.org/element/communication/ensuring-safe-suicide-prevention-messaging/' },
    { title: 'Word list: safer ways to write about suicide (based on AFSP reporting guidelines)', url: 'https://github.com/retextjs/retext-equality/blob/main/data/en/suicide.yml' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!/suicid|attempt/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        if (LEGAL.test(s.text)) continue;
        for (const [re, instead] of TERMS) {
          let done = false;
          for (const m of s.text.matchAll(re)) {
            // "failed attempt" is only about suicide in a sentence about suicide.
            if (/^(?:failed|unsuccessful)\s+attempts?$/i.test(m[0]) && !/suicid/i.test(s.text)) continue;
            if (insideQuotes(block.text, s.start + m.index!)) continue;
            out.push(
              sentenceDraft(block, s, s.start + m.index!, s.start + m.index! + m[0].length, {
                message: `"${m[0]}" is language suicide-prevention guidelines ask writers to avoid; say ${instead} instead.`,
                fix: `Replace "${m[0]}" with ${instead}.`,
                data: { phrase: m[0] },
              }),
            );
            done = true;
            break;
          }
          if (done) break;
        }
      }
    }
    return out;
  },
};

export default rule;
