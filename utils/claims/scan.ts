// Finds knowledge-base claims in the page's own prose and says, for each match, whether an
// exception applies (its claim words negated in their clause, exceptIfNear, historical narration,
// a quotation).
import type { ClaimEntry, PageFacts, TextBlock } from '../types';
import { proseBlocks, sentenceAt } from '../dates/text-scan';
import { findYears } from '../dates/years';
import { exceptedNear, isHistoricalNarration, matchClaim, negatedMatch, quotedMatch, type ClaimMatch } from './index';

export interface PageClaimMatch extends ClaimMatch {
  block: TextBlock;
  /** why the match does not count, or null when it does */
  exempt: 'except-if-near' | 'negated' | 'historical' | 'quoted' | null;
}

// A named source for a statistic: "(CDC, 2018)", "according to the WHO", "MMWR".
const STAT_SOURCE = /\b(?:according to|CDC|WHO|World Health Organi[sz]ation|NIH|NIMH|MMWR|NHIS|NCHS|Lancet|JAMA|GBD|Global Burden|survey|study|report|estimates?|published)\b/;

/** A statistic quoted with its year and its source as history ("In 2016, CDC estimated 50 million …"). */
function historicalStatistic(text: string, at: number): boolean {
  const s = sentenceAt(text, at).text;
  return findYears(s).length > 0 && STAT_SOURCE.test(s);
}

/**
 * Every match of `entries` in the page's prose (main content, quotes excluded). `kind` chooses the
 * history test: a fact is history when narrated in the past ("In 2023 the DEA extended …"); a
 * statistic when quoted with its year and its source.
 */
export function scanClaims(facts: PageFacts, entries: ClaimEntry[], todayYear: number, kind: 'fact' | 'statistic' = 'fact'): PageClaimMatch[] {
  const out: PageClaimMatch[] = [];
  if (!entries.length) return out;
  for (const blk of proseBlocks(facts)) {
    const lower = blk.text.toLowerCase();
    for (const entry of entries) {
      for (const m of matchClaim(entry, blk.text, lower)) {
        let exempt: PageClaimMatch['exempt'] = null;
        if (negatedMatch(m, blk.text)) exempt = 'negated';
        else if (exceptedNear(m, blk.text)) exempt = 'except-if-near';
        else if (quotedMatch(m, blk.text)) exempt = 'quoted';
        else if (kind === 'fact' ? isHistoricalNarration(blk.text, m.start, todayYear) : historicalStatistic(blk.text, m.start)) exempt = 'historical';
        out.push({ ...m, block: blk, exempt });
      }
    }
  }
  return out;
}
