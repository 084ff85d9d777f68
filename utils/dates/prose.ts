// Explicit calendar dates in prose ("January 31, 2022", "12/31/24", "Jan. 2026", "2024-03-04").
// Only dates that carry their own year are returned: "January 31" without a year, "next Friday" or
// "this year" are relative and belong to the relative-time rule.
//
// Two stages. The common written forms (month-name dates, numeric US dates, ISO dates, "Month
// YYYY", simple ranges) are read by a small set of anchored patterns: a page has dozens of them and
// this path costs microseconds. Anything else that still looks like a date goes to chrono-node,
// whose first call in a fresh page compiles ~20 large patterns (tens of milliseconds even on an
// idle machine) — too much to pay on every page inside the audit's time budget.
import { composed } from '../text/normalize';
import * as chrono from 'chrono-node';
import { endOfMonth, isoFromParts } from './iso';
import { isPhoneFragment } from './years';
import { monthNumber } from '../locale/calendar';
import type { DateVocabulary } from '../locale/types';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  /** offsets into the text */
  start: number;
  end: number;
  text: string;
  /** ISO day; the first of the month for month precision */
  date: string;
  precision: Precision;
  /** the last day the mention covers: the end of a range, the end of the month for "January 2022" */
  last: string;
  /** set when the mention is a written range ("November 29 – December 2, 2024", "11/29/2024 – 12/2/2024"):
   * `date` is its first day and `last` its last */
  range?: boolean;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';

// Cheap gate: a four-digit year or a numeric date with a two-digit year.
const HAS_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d\d/;
// A month name that the fast path did not read, with a year close after it: worth a chrono look.
const MONTH_TOKEN = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const YEAR_SOON = /^[^.!?\n]{0,24}?(?<!\d)(?:19|20)\d\d(?!\d)/;

// What joins the two ends of a range: a hyphen or dash, "to", "through", "thru", "until", "till".
const SEP = '\\s*(?:[-–—]|to|through|thru|until|till)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
// The fast forms, each a global pattern with named roles by position.
const RANGE_MDY = new RegExp(`\\b(${MONTH})\\s+${DAY}${SEP}(?:(${MONTH})\\s+)?${DAY},?\\s+${YEAR}`, 'gi');
// "29 November – 2 December 2024", "29–30 November 2024"
const RANGE_DMY = new RegExp(`(?<![\\d/.,:$£€-])${DAY}(?:\\s+(?:of\\s+)?(${MONTH}))?${SEP}${DAY}(?:\\s+of)?\\s+(${MONTH}),?\\s+${YEAR}`, 'gi');
// "11/29/2024–12/2/2024" (no spaces, so the single numeric form cannot read either end) and "11/29 – 12/2/2024"
const RANGE_NUMERIC = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\s*(?:[-–—]|to|through|thru|until|till)\s*(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/gi;
// Text between two adjacent dates that makes them one range.
const RANGE_JOIN = /^\s*(?:[-–—]|to|through|thru|until|till)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;
const MDY = new RegExp(`\\b(${MONTH})[\\s,]+${DAY}(?:,\\s*|\\s+)${YEAR}`, 'gi');
const DMY = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH}),?\\s+${YEAR}`, 'gi');
const MY = new RegExp(`\\b(${MONTH}),?\\s+${YEAR}`, 'gi');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)/g;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|[.-]\d)/g;
const YMD_SLASH = /(?<![\d/])((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?![\d/])/g;

function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function dayMention(start: number, text: string, y: number, m: number, d: number, last?: string): DateMention | null {
  const date = isoFromParts(y, m, d);
  if (!date) return null;
  return { start, end: start + text.length, text, date, precision: 'day', last: last && last > date ? last : date };
}

/** The fast path: common explicit forms, in text order, without overlaps. */
function fastMentions(text: string, dayFirst: boolean): DateMention[] {
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const push = (m: DateMention | null) => {
    if (m && !taken(m.start, m.end)) found.push(m);
  };
  let m: RegExpExecArray | null;
  RANGE_MDY.lastIndex = 0;
  while ((m = RANGE_MDY.exec(text))) {
    push(rangeMention(m.index, m[0], Number(m[5]), monthIndex(m[1]!), Number(m[2]), null, m[3] ? monthIndex(m[3]) : monthIndex(m[1]!), Number(m[4])));
  }
  RANGE_DMY.lastIndex = 0;
  while ((m = RANGE_DMY.exec(text))) {
    const m2 = monthIndex(m[4]!);
    push(rangeMention(m.index, m[0], Number(m[5]), m[2] ? monthIndex(m[2]) : m2, Number(m[1]), null, m2, Number(m[3])));
  }
  RANGE_NUMERIC.lastIndex = 0;
  while ((m = RANGE_NUMERIC.exec(text))) {
    const year = (raw: string) => (raw.length === 2 ? 2000 + Number(raw) : Number(raw));
    let [a1, b1, a2, b2] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
    if (dayFirst) [a1, b1, a2, b2] = [b1, a1, b2, a2];
    if (isPhoneFragment(text, m.index, m.index + m[0].length)) continue;
    push(rangeMention(m.index, m[0], year(m[6]!), a1, b1, m[3] ? year(m[3]) : null, a2, b2));
  }
  MDY.lastIndex = 0;
  while ((m = MDY.exec(text))) push(dayMention(m.index, m[0], Number(m[3]), monthIndex(m[1]!), Number(m[2])));
  DMY.lastIndex = 0;
  while ((m = DMY.exec(text))) push(dayMention(m.index, m[0], Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  ISO.lastIndex = 0;
  while ((m = ISO.exec(text))) push(dayMention(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3])));
  YMD_SLASH.lastIndex = 0;
  while ((m = YMD_SLASH.exec(text))) push(dayMention(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3])));
  NUMERIC.lastIndex = 0;
  while ((m = NUMERIC.exec(text))) {
    let a = Number(m[1]);
    let b = Number(m[3]);
    const raw = m[4]!;
    const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    if (raw.length === 2 && m[2] !== '/') continue; // 12-31-24 / 1.5.24: too ambiguous
    // 08.04.2015 is day-first wherever dots are used; 08/04/2015 is day-first outside the US
    if (m[2] === '.' || dayFirst) [a, b] = [b, a];
    if (a > 12 && b <= 12) [a, b] = [b, a]; // 31/12/2024 read the wrong way round
    if (isPhoneFragment(text, m.index, m.index + m[0].length)) continue;
    push(dayMention(m.index, m[0], y, a, b));
  }
  MY.lastIndex = 0;
  while ((m = MY.exec(text))) {
    const month = monthIndex(m[1]!);
    const y = Number(m[2]);
    const date = isoFromParts(y, month, 1);
    // "May 2020" is a date; "may 2020" in "you may 2020…" is not: month abbreviations that are words need a capital
    if (!date || (/^may$/i.test(m[1]!) && m[1] !== 'May') || (/^mar\.?$/.test(m[1]!))) continue;
    if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, precision: 'month', last: endOfMonth(y, month) });
  }
  found.sort((x, y) => x.start - y.start);
  return joinRanges(text, found);
}

/**
 * A range from its parts: the end's year, the start's month and day (and year when written), the
 * end's month and day. A start later than the end without its own year is in the year before
 * ("December 28 – January 3, 2025").
 */
function rangeMention(start: number, text: string, y2: number, m1: number, d1: number, y1: number | null, m2: number, d2: number): DateMention | null {
  const last = isoFromParts(y2, m2, d2);
  let first = isoFromParts(y1 ?? y2, m1, d1);
  if (!last || !first) return null;
  if (first > last) {
    if (y1 != null || m1 <= m2) return null;
    first = isoFromParts(y2 - 1, m1, d1);
    if (!first) return null;
  }
  return { start, end: start + text.length, text, date: first, precision: 'day', last, range: true };
}

/** Two adjacent dates joined by a dash, "to" or "through" ("Nov 29, 2024 – Dec 2, 2024") become one range. */
function joinRanges(text: string, found: DateMention[]): DateMention[] {
  if (found.length < 2) return found;
  const out: DateMention[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (prev && !prev.range && !d.range && d.start - prev.end <= 12 && prev.date <= d.date && RANGE_JOIN.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = {
        start: prev.start,
        end: d.end,
        text: text.slice(prev.start, d.end),
        date: prev.date,
        precision: d.precision,
        last: d.last > prev.last ? d.last : prev.last,
        range: true,
      };
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Quick test: could `text` hold an explicit date with a year? */
export function mayHoldDate(text: string): boolean {
  return HAS_YEAR.test(text);
}

const YEAR_IN_MATCH = /(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/;
const MONTHISH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?/i;

function partsToIso(c: chrono.ParsedComponents): { date: string; precision: Precision; last: string } | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year == null || month == null) return null;
  if (c.isCertain('day') && day != null) {
    const date = isoFromParts(year, month, day);
    return date ? { date, precision: 'day', last: date } : null;
  }
  const date = isoFromParts(year, month, 1);
  return date ? { date, precision: 'month', last: endOfMonth(year, month) } : null;
}

/** chrono-node for the forms the fast path does not know ("Wednesday, the 19th of January, 2011"). */
function chronoMentions(text: string, ref: Date, dayFirst: boolean): DateMention[] {
  let results: chrono.ParsedResult[];
  try {
    results = (dayFirst ? chrono.en.GB : chrono.casual).parse(text, ref);
  } catch {
    return [];
  }
  const out: DateMention[] = [];
  for (const r of results) {
    if (!YEAR_IN_MATCH.test(r.text) || !MONTHISH.test(r.text)) continue;
    const start = r.index;
    const end = r.index + r.text.length;
    if (isPhoneFragment(text, start, end)) continue;
    const first = partsToIso(r.start);
    if (!first) continue;
    let last = first.last;
    let range = false;
    if (r.end) {
      const second = partsToIso(r.end);
      if (second && second.last > last) last = second.last;
      range = !!second;
    }
    // chrono includes a leading "on " in "on 14 January 2022": keep the excerpt on the date itself
    const lead = /^(?:on|at|the|of)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ start: start + lead, end, text: r.text.slice(lead), date: first.date, precision: first.precision, last, ...(range ? { range } : {}) });
  }
  return out;
}

export interface DateOptions {
  /** read 08/04/2015 as 8 April (the page's region decision, utils/region) */
  dayFirst?: boolean;
  /** the date words of the page's other languages (utils/locale: dateVocabularies) */
  words?: readonly DateVocabulary[];
}

/** Dates written in another language's words ("21 de abril de 2025", "marzo de 2022"). */
function localeMentions(text: string, words: readonly DateVocabulary[]): DateMention[] {
  const out: DateMention[] = [];
  const free = (s: number, e: number) => !out.some((f) => s < f.end && e > f.start);
  for (const v of words) {
    if (v.dayMonthYear) {
      for (const m of text.matchAll(v.dayMonthYear)) {
        const d = dayMention(m.index!, m[0], Number(m[3]), monthNumber(v.months, m[2]!), Number(m[1]));
        if (d && free(d.start, d.end)) out.push(d);
      }
    }
    if (v.monthYear) {
      for (const m of text.matchAll(v.monthYear)) {
        const month = monthNumber(v.months, m[1]!);
        const y = Number(m[2]);
        const date = isoFromParts(y, month, 1);
        const e = m.index! + m[0].length;
        if (date && free(m.index!, e)) out.push({ start: m.index!, end: e, text: m[0], date, precision: 'month', last: endOfMonth(y, month) });
      }
    }
  }
  return out;
}

/**
 * Explicit dates in `text`, in order. `ref` anchors chrono's reading of incomplete dates (pass
 * ctx.now); dates whose year is not written out are dropped.
 */
export function findDateMentions(text: string, ref: Date = new Date(Date.UTC(2000, 0, 1)), opts: DateOptions = {}): DateMention[] {
  if (!text || !mayHoldDate(text)) return [];
  let fast = fastMentions(text, !!opts.dayFirst);
  if (opts.words?.length) {
    // another language's forms win where they are longer ("21 de abril de 2025" over a bare year)
    const own = localeMentions(composed(text), opts.words);
    if (own.length) {
      fast = [...own, ...fast.filter((f) => !own.some((o) => f.start < o.end && f.end > o.start))].sort((a, b) => a.start - b.start);
    }
  }
  // A month name near a year that the fast path did not read (a rarer written form): hand a window
  // around it to chrono.
  const extra: DateMention[] = [];
  MONTH_TOKEN.lastIndex = 0;
  let g: RegExpExecArray | null;
  let guard = 0;
  while ((g = MONTH_TOKEN.exec(text)) && guard++ < 20) {
    const s = g.index;
    const e = s + g[0].length;
    if (fast.some((f) => s < f.end && e > f.start) || extra.some((f) => s < f.end && e > f.start)) continue;
    // "may" and "mar" in lower case are words ("you may", Spanish "el mar"), as on the fast path
    if (g[0] === 'may' || g[0] === 'mar') continue;
    if (!YEAR_SOON.test(text.slice(e, e + 32))) continue;
    const from = Math.max(0, s - 30);
    const window = text.slice(from, Math.min(text.length, e + 40));
    for (const c of chronoMentions(window, ref, !!opts.dayFirst)) {
      const shifted = { ...c, start: c.start + from, end: c.end + from };
      if (shifted.end <= s || shifted.start >= e + 32) continue;
      if (!fast.some((f) => shifted.start < f.end && shifted.end > f.start) && !extra.some((f) => shifted.start < f.end && shifted.end > f.start)) extra.push(shifted);
    }
  }
  if (!extra.length) return fast;
  return [...fast, ...extra].sort((a, b) => a.start - b.start);
}
