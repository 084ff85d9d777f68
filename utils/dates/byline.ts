// Visible date lines: "Published March 4, 2024", "Posted on 14 January 2022 by admin",
// "Last updated: Jan 2026", "Medically reviewed by Lena Sato, MD on August 21, 2026", and bare
// byline dates ("January 18, 2022 · Dr. Omar Haddad") right by the article title.
import type { PageFacts, TextBlock } from '../types';
import { findDateMentions, type DateMention, type DateOptions } from './prose';

export type DateKind = 'published' | 'modified' | 'reviewed';

export interface VisibleDate extends DateMention {
  kind: DateKind;
  /** the label text ("Medically reviewed by Lena Sato, MD on"), empty for a bare byline date */
  label: string;
  block: TextBlock;
  /** offset of the label (or of the date when there is none) in the block text */
  labelStart: number;
}

// Labels, longest first so "last updated" wins over "updated".
const LABEL = /\b(?:(?:page|article|post|content|information)\s+)?(?:(?:last|originally|first|recently)\s+)?(?:(medically|clinically|medical(?:ly)?|expert|peer|editorially|fact[- ]?)\s*)?(updated|modified|revised|edited|published|posted|written|created|reviewed|checked|verified|dated?|pub(?:lished)?\s+date|updated\s+on)\b\s*:?/gi;

function kindOf(word: string): DateKind {
  const w = word.toLowerCase();
  if (/^(updated|modified|revised|edited)/.test(w)) return 'modified';
  if (/^(reviewed|checked|verified)/.test(w)) return 'reviewed';
  return 'published';
}

/** A byline label starts the block or follows a separator, a date/time or a "By <name>" byline; in
 * the middle of a sentence ("the results were published on …") it is prose, not a page date. */
function labelPositionOk(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  if (!before) return true;
  if (/[|·•,–—:;()[\]/-]$/.test(before)) return true;
  if (/\d$|\b(?:am|pm|a\.m\.|p\.m\.)$/i.test(before)) return true;
  if (/^by\s/i.test(before) && before.split(/\s+/).length <= 10) return true;
  if (/\.$/.test(before) && /^[A-Z]/.test(text.slice(start))) return true;
  return false;
}

// What may stand between a label and its date: "on", ":", "-", a "by <name, credentials>" byline.
const GAP_PLAIN = /^[\s:|·•,–—-]*(?:(?:on|at|date)\s*[:\s]\s*)?[\s:|·•,–—-]*$/i;
const GAP_BY = /^[\s:|·•,–—-]*by\s+[^.!?;:()\d]{1,80}?(?:\s+on\s+|\s*[|·•,–—:-]\s*(?:on\s+)?)$/i;
const GAP_BY_DOTTED = /^[\s:|·•,–—-]*by\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?[^!?;:()\d]{1,80}?(?:\s+on\s+|\s*[|·•,–—:-]\s*(?:on\s+)?)$/i;

/** Labelled dates in one block, in order (only dates with a year are kept). */
export function labelledDates(blk: TextBlock, opts: DateOptions = {}): VisibleDate[] {
  const text = blk.text;
  const mentions = findDateMentions(text, undefined, opts);
  if (!mentions.length) return [];
  const labels: Array<{ start: number; end: number; kind: DateKind; text: string; gap?: RegExp }> = [];
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    // "Next review due", "review by": not a date the page was reviewed
    if (/\b(?:next|due|scheduled)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!labelPositionOk(text, m.index)) continue;
    labels.push({ start: m.index, end: m.index + m[0].length, kind: kindOf(m[2]!), text: m[0] });
  }
  // the labels of the page's other languages ("Publicado el", "Última actualización:")
  for (const v of opts.words ?? []) {
    if (!v.bylineLabel) continue;
    for (const l of text.matchAll(v.bylineLabel)) {
      if (!labelPositionOk(text, l.index!)) continue;
      const word = l[1] ?? '';
      const kind: DateKind = v.reviewedWord.test(word) ? 'reviewed' : v.modifiedWord.test(word) ? 'modified' : 'published';
      labels.push({ start: l.index!, end: l.index! + l[0].length, kind, text: l[0], ...(v.bylineGap ? { gap: v.bylineGap } : {}) });
    }
  }
  labels.sort((a, b) => a.start - b.start);
  const out: VisibleDate[] = [];
  for (const d of mentions) {
    // the closest label before the date, with nothing but a byline between them
    let best: (typeof labels)[number] | null = null;
    for (const l of labels) if (l.end <= d.start && d.start - l.end <= 100) best = l;
    if (!best) continue;
    const gap = text.slice(best.end, d.start);
    if (!(GAP_PLAIN.test(gap) || GAP_BY.test(gap) || GAP_BY_DOTTED.test(gap) || best.gap?.test(gap))) continue;
    if (/\bnext\b|\bdue\b/i.test(gap)) continue;
    out.push({ ...d, kind: best.kind, label: text.slice(best.start, best.end).trim(), block: blk, labelStart: best.start });
  }
  return out;
}

// A bare byline: a short block that is mostly a date, perhaps with an author or a category.
const BYLINE_NOISE = /\b(?:by|posted|in|under|filed|category|categories|comments?|leave a comment|no comments|min(?:ute)?s? read|read time|views?|share|admin|author|staff|team)\b/gi;

/** A bare date that serves as the byline of the article (no label): "January 18, 2022 · Dr. Omar Haddad". */
export function bareBylineDate(blk: TextBlock, opts: DateOptions & { dateOnly?: boolean } = {}): DateMention | null {
  if (blk.quoted) return null;
  const text = blk.text;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > 16) return null;
  const all = findDateMentions(text, undefined, opts);
  if (!all.length) {
    const spaced = spacedNumericDate(text, opts);
    if (spaced) all.push(spaced);
  }
  // "3/09/15 8:00am 3/09/15 8:00am": the same date twice is one date
  const mentions = all.filter((m, i) => all.findIndex((x) => x.date === m.date) === i);
  if (mentions.length !== 1) return null;
  const d = mentions[0]!;
  // "Sydney June 2009 to July 2010": a range is a period (a career, an event), never a byline date
  if (d.range) return null;
  let restText = text.slice(0, d.start) + ' ' + text.slice(d.end);
  for (const dup of all) if (dup !== d && dup.date === d.date) restText = restText.replace(dup.text, ' ');
  const rest = restText
    .replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr)\.|\b(?:[A-Z]\.){1,3}/g, ' ')
    .replace(BYLINE_NOISE, ' ');
  // the rest must not read like a sentence (a verb-y prose line that happens to hold a date)
  if (/[.!?]\s+[A-Z]/.test(rest) || /\b(?:is|are|was|were|will|has|have|had|join|book|call|ends?|expires?|valid|until|through|before|offer|special|event|sale)\b/i.test(rest)) return null;
  const restWords = rest
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, ' ')
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w)).length;
  // a heading that is only a date ("Sunday, May 8, 2016", "2/26/2015 7:11 AM PST BY TMZ STAFF")
  if (restWords > (opts.dateOnly ? 0 : blk.heading ? 5 : 9)) return null;
  return d;
}

/**
 * A block that is nothing but a numeric date with spaces for separators ("24 06 2020"), as some site
 * builders print a post's date. Alone in its block it cannot be a phone number or a price.
 */
function spacedNumericDate(text: string, opts: DateOptions): DateMention | null {
  const m = /^\s*(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)\s*$/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  // the page's order first; the other when the page's order gives no valid date (24 06 → 24 June)
  let [day, month] = opts.dayFirst ? [a, b] : [b, a];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const start = text.indexOf(m[1]!);
  return { start, end: start + m[0].trim().length, text: m[0].trim(), date, precision: 'day', last: date };
}

/** Index of the article's title block: the first h1 in the content, else the first h1, else -1. */
export function titleBlockIndex(facts: PageFacts): number {
  const h1s = facts.headings.filter((h) => h.level === 1);
  const inContent = h1s.find((h) => facts.blocks[h.block]?.inContent);
  return (inContent ?? h1s[0])?.block ?? -1;
}
