// The claims knowledge base: dated facts that drive the superseded-fact rules.
//
// An entry's `pattern` matches a *claim* in page text. The claim was valid from `trueFrom` until
// `falseFrom`; from `falseFrom` on, text that still makes it is stale, and `fact` says what is true
// now. `falseFrom: null` means the claim is still valid (the entry is there to be re-checked by
// `recheckBy`). A user's own entry with neither `trueFrom` nor `falseFrom` ("Dr. Smith", "$99
// drip", an old address) is stale from the day it is added, so it applies at once.
import type { ClaimEntry, Config, Severity } from '../types';
import shipped from './knowledge-base.json';
import { sentenceAt, insideQuotes } from '../dates/text-scan';
import { negationCue } from '../text/negation';

/** Extra fields the shipped entries carry (the JSON keeps them; user entries may lack them). */
export interface ClaimEntryMeta extends ClaimEntry {
  /** which stale rule reports the entry: superseded-fact (default) or superseded-statistic */
  rule?: 'superseded-fact' | 'superseded-statistic';
  /** the catalog row, e.g. KB-11 */
  catalog?: string;
  volatile?: boolean;
  supersedes?: string;
  note?: string;
  /** cheap pre-filter: every inner list needs one of its lower-case substrings in the text */
  quick?: string[][];
  /** the countries whose pages the entry is about (a numbering plan); every country when absent */
  regions?: string[];
}

export const SHIPPED_CLAIMS = shipped as ClaimEntryMeta[];

/** The shipped entries plus the user's own (from the options page or a config file). */
export function claimsFor(config: Config): ClaimEntry[] {
  return [...SHIPPED_CLAIMS, ...config.claims];
}

export function isShipped(entry: ClaimEntry): boolean {
  return SHIPPED_CLAIMS.includes(entry as ClaimEntryMeta);
}

/** The stale rule that reports an entry, or null when the entry belongs to another category. */
/** Whether the entry applies to a page read in `region` (utils/region). */
export function appliesIn(entry: ClaimEntry, region: string): boolean {
  const regions = (entry as ClaimEntryMeta).regions;
  return !Array.isArray(regions) || regions.includes(region);
}

export function staleRuleFor(entry: ClaimEntry): 'superseded-fact' | 'superseded-statistic' | null {
  if (entry.category && entry.category !== 'stale') return null;
  return (entry as ClaimEntryMeta).rule === 'superseded-statistic' ? 'superseded-statistic' : 'superseded-fact';
}

/** The day from which text matching the entry is stale, or null when it is still valid. */
export function staleFrom(entry: ClaimEntry): string | null {
  if (entry.falseFrom) return entry.falseFrom;
  if (!entry.trueFrom && !isShipped(entry)) return '0000-01-01'; // a user's "this is outdated" entry
  return null;
}

const compiled = new Map<string, RegExp | null>();
const CLAIM_GROUP = /\(\?<claim\w*>/;

/** The entry's pattern as a global, case-insensitive RegExp (cached), or null when it is invalid. */
export function patternOf(entry: ClaimEntry): RegExp | null {
  const key = entry.pattern;
  if (!compiled.has(key)) {
    let re: RegExp | null = null;
    try {
      // 'd' (match indices) only for patterns that mark their claim words with a (?<claim…>) group
      re = new RegExp(key, CLAIM_GROUP.test(key) ? 'gid' : 'gi');
    } catch {
      re = null;
    }
    compiled.set(key, re);
  }
  return compiled.get(key) ?? null;
}

export interface ClaimMatch {
  entry: ClaimEntry;
  start: number;
  end: number;
  text: string;
  /** start of the claim words themselves, when the pattern marks them with a named group
   * `(?<claim…>…)` ("must be used with" in "Spravato must be used with an oral antidepressant"):
   * where a negation is looked for (see negatedMatch) */
  claimAt?: number;
}

/** False when the entry's quick pre-filter rules the text out (saves compiling and running big patterns). */
export function mayMatch(entry: ClaimEntry, lowerText: string): boolean {
  const quick = (entry as ClaimEntryMeta).quick;
  if (!Array.isArray(quick)) return true;
  return quick.every((any) => !Array.isArray(any) || any.some((w) => lowerText.includes(w)));
}

/** Every match of the entry in `text` (offsets trimmed to the words themselves). */
export function matchClaim(entry: ClaimEntry, text: string, lowerText = text.toLowerCase()): ClaimMatch[] {
  if (!text || !mayMatch(entry, lowerText)) return [];
  const re = patternOf(entry);
  if (!re) return [];
  const out: ClaimMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 50) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /[\s.!?,;:]/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const claimAt = claimStart(m);
    out.push({ entry, start, end, text: text.slice(start, end), ...(claimAt != null ? { claimAt } : {}) });
  }
  return out;
}

/** Start of the first `claim…` named group that took part in the match (needs the 'd' flag). */
function claimStart(m: RegExpExecArray): number | null {
  const groups = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups;
  if (!groups) return null;
  let at: number | null = null;
  for (const [name, span] of Object.entries(groups)) {
    if (span && name.startsWith('claim') && (at == null || span[0] < at)) at = span[0];
  }
  return at;
}

// "no longer" negates ("Spravato no longer has to be taken with …"); the generic negation scope
// reads "no longer have to" as a pseudo-negation ("you no longer have to suffer"), so check it here.
const NO_LONGER = /\bno\s+longer\b(?![^,;:.!?—–]*\b(?:but|however|yet)\b)[^,;:.!?—–]*$/i;

/**
 * True when a negation in the same clause applies to the words at `at` ("does not need to be", "is
 * not a"), at most `window` words before them.
 */
export function negatedAt(text: string, at: number, window = 6): boolean {
  if (negationCue(text, at, at, { window })) return true;
  const clause = text.slice(Math.max(0, at - window * 10), at);
  return NO_LONGER.test(clause);
}

/**
 * True when the match's own claim words are negated within their clause: "Spravato does not need
 * to be taken with an oral antidepressant". Only for patterns that mark their claim words with a
 * `(?<claim…>)` group; a "not" elsewhere in the sentence ("… — it is not a standalone treatment")
 * is not about the claim.
 */
export function negatedMatch(match: ClaimMatch, text: string): boolean {
  return match.claimAt != null && negatedAt(text, match.claimAt);
}

/**
 * True when one of the entry's `exceptIfNear` strings is within `radius` characters of the match
 * and is not itself negated: "on its own or with an antidepressant" excepts, "it is not a
 * standalone treatment" reinforces the claim instead.
 */
export function exceptedNear(match: ClaimMatch, text: string, radius = 160): boolean {
  const words = match.entry.exceptIfNear ?? [];
  if (!words.length) return false;
  const from = Math.max(0, match.start - radius);
  const window = text.slice(from, Math.min(text.length, match.end + radius)).toLowerCase();
  for (const w of words) {
    if (!w) continue;
    const needle = w.toLowerCase();
    for (let i = window.indexOf(needle); i >= 0; i = window.indexOf(needle, i + 1)) {
      // a tight window: "not a standalone" negates "standalone", not "suicidal" six words on
      if (!negatedAt(text, from + i, 3)) return true;
    }
  }
  return false;
}

// Historical narration: the sentence tells what happened then ("In 2023 the DEA extended …",
// "During the public health emergency we moved visits online"), not what is true now.
const PAST_ANCHOR = /\b(?:in|on|by|back in|since|during|until|as of)\s+(?:(?:early|mid|late)[- ])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\b/gi;
const PAST_VERB = /\b(?:was|were|had|did|extended|announced|issued|approved|allowed|permitted|ended|expired|declared|renewed|published|released|began|launched|introduced|took effect|went into effect|updated|changed|moved|replaced|renamed|became|added|removed|listed|reported|estimated|found|showed|lifted|granted|required|offered|switched|shifted)\b/i;
const PRESENT = /\b(?:is|are|remains?|continues?|will|can|may|currently|now|still|until further notice|ongoing|current|today|must|allows?|lets?|permits?|requires?|runs?|expires?)\b/i;
const NARRATION_MARKERS = /\b(?:previously|formerly|originally|at the time|at that time|used to|historically|back then|in the past|was once|were once)\b/i;

/** True when the sentence around [start, end) of `text` narrates the past rather than stating a current fact. */
export function isHistoricalNarration(text: string, start: number, todayYear: number): boolean {
  const s = sentenceAt(text, start);
  const sentence = s.text;
  if (NARRATION_MARKERS.test(sentence)) return true;
  const present = PRESENT.test(sentence);
  PAST_ANCHOR.lastIndex = 0;
  let anchored = false;
  let m: RegExpExecArray | null;
  while ((m = PAST_ANCHOR.exec(sentence))) {
    const y = Number(m[1]);
    // the anchor must sit before the claim words: "In 2023 the DEA extended … through 2024"
    if (y < todayYear && s.start + m.index < start) anchored = true;
  }
  if (anchored && PAST_VERB.test(sentence)) return true;
  // no present-tense marker at all and a past-tense main verb: "During the PHE, we moved visits online."
  if (!present && PAST_VERB.test(sentence)) return true;
  return false;
}

/** True when the match sits inside a quotation in its block text. */
export function quotedMatch(match: ClaimMatch, text: string): boolean {
  return insideQuotes(text, match.start);
}

/** One severity step down (error → warning → info). */
export function lowerSeverity(s: Severity): Severity {
  return s === 'error' ? 'warning' : 'info';
}
