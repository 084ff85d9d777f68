// Claims written in the page's other languages (utils/locale/<lang>/claims.ts): each wording of a
// claim family, unless the clause before it negates or hedges it, the phrase itself is negated, or
// the text around it shows it is about something else.
import { composed } from '../text/normalize';
import type { PageFacts, RuleContext, TextBlock } from '../types';
import type { ClaimPattern, ClaimSet, ClaimsVocabulary } from '../locale';
import { healthContext, proseBlocks, sentencesOf } from './scan';
import { insideQuotes, type Sentence } from '../text/sentences';

export interface LocaleClaim {
  block: TextBlock;
  sentence: Sentence;
  /** offsets of the phrase in the sentence */
  start: number;
  end: number;
  phrase: string;
  pattern: ClaimPattern;
}

/** The first claim of the family in each sentence, in every language of the page that has claim words. */
export function localeClaims(facts: PageFacts, ctx: Pick<RuleContext, 'locales' | 'detection'>, family: (v: ClaimsVocabulary) => ClaimSet): LocaleClaim[] {
  const out: LocaleClaim[] = [];
  for (const locale of ctx.locales) {
    if (!locale.claims) continue;
    const set = family(locale.claims);
    for (const block of proseBlocks(facts)) {
      if (!set.gate.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = composed(s.text);
        if (!set.gate.test(text)) continue;
        // health talk in this language's words too (match() with a global pattern starts from 0)
        if (!healthContext(facts, ctx.detection, block, text) && !block.text.match(locale.detect.medicalTerms)) continue;
        const hit = firstClaim(text, set, locale.claims.negatedBefore);
        if (hit && !insideQuotes(block.text, s.start + hit.start)) out.push({ block, sentence: s, ...hit });
      }
    }
  }
  return out;
}

function firstClaim(text: string, set: ClaimSet, negatedBefore: RegExp): Omit<LocaleClaim, 'block' | 'sentence'> | null {
  for (const pattern of set.patterns) {
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (set.notClaim?.test(text.slice(Math.max(0, start - 20), end + 30))) continue;
      if (set.negatedInside?.test(m[0])) continue;
      if (negatedBefore.test(text.slice(Math.max(0, start - 60), start))) continue;
      return { start, end, phrase: m[0].trim(), pattern };
    }
  }
  return null;
}
