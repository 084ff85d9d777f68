import type { FindingDraft, Rule } from '../../types';
import { healthContext, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { insideQuotes } from '../../text/sentences';

// alex (ablist list) and Yoast's inclusive-language checks, narrowed to mental-health wording.
const TERMS: Array<[RegExp, string]> = [
  [/\b(?:crazy|crazier|craziest|insane|insanely|insanity|psycho|psychos|lunatics?|loony|loonies|nutcases?|deranged|maniacs?|schizo|mental\s+case)\b/gi, 'a specific word for what you mean ("overwhelmed", "out of control", "intense", "unbelievable")'],
  [/\b(?:an?\s+|the\s+|drug\s+|dope\s+|heroin\s+|opioid\s+|meth\s+|alcohol\s+)addicts?\b|\baddicts\b(?!\s+anonymous)|\bjunkies?\b|\bdruggies?\b|\b(?:an?|the)\s+alcoholic\b(?!\s+(?:beverages?|drinks?|liver|hepatitis|content))|\balcoholics\b(?!\s+anonymous)/gi, '"person with a substance use disorder" / "person in recovery"'],
  [/\bthe\s+mentally\s+ill\b|\bthe\s+mentally\s+handicapped\b|\bmental(?:ly)?\s+retard\w*|\bretard(?:ed|s)?\b/gi, '"people with mental illness" / "people with intellectual disabilities"'],
  // "I'm so OCD about my desk", "a little bipolar", "totally schizophrenic about it"
  [/\b(?:so|a\s+(?:little|bit)|kind\s+of|kinda|sort\s+of|totally|super|very|such\s+an?|bit|too)\s+(?:OCD|bipolar|schizophrenic|psychotic|ADHD|autistic|anorexic)\b(?!\s+(?:disorder|patients?|symptoms?|diagnosis|treatment|medication|episodes?))/gi, 'a plain description of the habit ("very particular about", "moody")'],
  [/\b(?:committed\s+to\s+(?:an?\s+)?(?:asylum|mental\s+institution)|mental\s+institution|insane\s+asylum|madhouse|nuthouse)\b/gi, '"psychiatric hospital"'],
];
// Clinical or quoted use: "OCD (obsessive-compulsive disorder) is…", a patient quote, legal terms.
const CLINICAL_CONTEXT = /\bnot\s+guilty\s+by\s+reason\s+of\s+insanity\b|\binsanity\s+(?:defen[cs]e|plea)\b/i;

const GATE = /craz|insan|psycho|lunatic|loon|nutcase|derang|maniac|schizo|mental|addict|junkie|druggie|alcoholic|retard|OCD|bipolar|ADHD|autistic|anorexic|asylum|madhouse|nuthouse/i;

const rule: Rule = {
  id: 'claims/stigmatizing-language',
  category: 'claims',
  severity: 'info',
  catalog: 'CMP-015',
  title: 'Stigmatizing mental-health language',
  description:
    'Finds "crazy", "insane", "psycho", "lunatic", "addict/junkie", "the mentally ill", and diagnoses used as adjectives for quirks ("I\'m so OCD"). Clinical use of diagnoses, quotations and legal terms ("insanity defense") pass.',
  why:
    'Inclusive-language guides flag "crazy", "insane", "OCD" used for quirks and similar words because they stigmatize the very patients a psychiatry or recovery clinic serves. Person-first wording ("a person with a substance use disorder") keeps those readers from feeling judged.',
  fix: 'Use person-first, specific wording: "people with mental illness", "person with a substance use disorder", "overwhelmed" instead of "crazy".',
  helpUrl: 'https://github.com/Yoast/wordpress-seo/releases/tag/24.8',
  sources: [
    { title: 'Release notes: an inclusive-language check that flags words such as "crazy" and "insane"', url: 'https://github.com/Yoast/wordpress-seo/releases/tag/24.8' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!GATE.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        if (CLINICAL_CONTEXT.test(s.text) || !healthContext(facts, ctx.detection, block, s.text)) continue;
        for (const [re, instead] of TERMS) {
          let done = false;
          for (const m of s.text.matchAll(re)) {
            if (insideQuotes(block.text, s.start + m.index!)) continue;
            const word = m[0].trim();
            out.push(
              sentenceDraft(block, s, s.start + m.index!, s.start + m.index! + m[0].length, {
                message: `"${word}" is stigmatizing mental-health language; readers who live with these conditions notice it. Consider ${instead}.`,
                data: { phrase: word },
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
