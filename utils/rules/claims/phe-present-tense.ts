import type { FindingDraft, Rule } from '../../types';
import { assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

const PHE = '(?:(?:federal|national|nationwide|covid(?:-19)?|coronavirus|pandemic)\\s+){0,3}(?:public\\s+health\\s+emergency|PHE)';
// Present-tense framings: "the current/ongoing PHE", "while the PHE remains in effect", "until the PHE ends".
const CURRENT = new RegExp(`\\b(?:current|ongoing|present|continuing|existing|active)\\s+${PHE}\\b`, 'gi');
const WHILE = new RegExp(`\\b(?:while|as\\s+long\\s+as|for\\s+as\\s+long\\s+as|until|till|for\\s+the\\s+(?:duration|remainder)\\s+of)\\s+the\\s+${PHE}(?:\\s+(?:remains?|is|continues?|lasts?|ends?|expires?|is\\s+lifted|in\\s+effect))?\\b`, 'gi');
const DURING = new RegExp(`\\b(?:during|due\\s+to|because\\s+of|amid|under|throughout)\\s+the\\s+${PHE}\\b`, 'gi');
// Tense of the rest of the sentence.
const PRESENT = /\b(?:is|are|remain|remains|will|can|may|continue|continues|offer|offers|allow|allows|we['’]re|you['’]re|currently|now|still)\b/i;
const PAST = /\b(?:was|were|had|did|ended|expired|expiration|lifted|ended|since|after|before|formerly|previously|back\s+in|in\s+20[12]\d)\b/i;

const rule: Rule = {
  id: 'claims/phe-present-tense',
  category: 'claims',
  severity: 'warning',
  catalog: 'CLM-007',
  title: 'COVID-19 public health emergency described as ongoing',
  description:
    'Finds "the current/ongoing public health emergency", "while the PHE remains in effect", "until the PHE ends", and "during the public health emergency" in a present-tense sentence. Past-tense narration ("During the PHE we offered…", "Since the PHE ended…") passes.',
  why:
    'The federal COVID-19 public health emergency expired on May 11, 2023 (HHS). Policies explained by an "ongoing" emergency (virtual-only visits, telehealth prescribing) read as current when they are not.',
  fix: 'Rewrite in the past tense ("Since the federal PHE ended on May 11, 2023, …") and state the policy that applies now.',
  helpUrl: 'https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html',
  sources: [
    { title: 'HHS: End of the COVID-19 public health emergency (May 11, 2023)', url: 'https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!/public\s+health\s+emergency|\bPHE\b/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        let hit: RegExpMatchArray | null = null;
        for (const re of [CURRENT, WHILE]) {
          for (const m of text.matchAll(re)) if (!hit && assertedIn(block, s, m.index!, m.index! + m[0].length)) hit = m;
        }
        if (hit && PAST.test(text.slice(hit.index! + hit[0].length)) && /\b(?:ended|expired|lifted)\b/i.test(text)) hit = null;
        if (!hit) {
          for (const m of text.matchAll(DURING)) {
            const rest = text.slice(0, m.index!) + text.slice(m.index! + m[0].length);
            if (PRESENT.test(rest) && !PAST.test(rest) && assertedIn(block, s, m.index!, m.index! + m[0].length)) {
              hit = m;
              break;
            }
          }
        }
        if (!hit) continue;
        out.push(
          sentenceDraft(block, s, s.start + hit.index!, s.start + hit.index! + hit[0].length, {
            message: `This treats the COVID-19 public health emergency as still in effect ("${hit[0]}"). The federal PHE expired on May 11, 2023.`,
            data: { phrase: hit[0] },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
