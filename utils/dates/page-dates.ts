// The page's dates, from the strongest signals down (see rule-catalog §0 "Dates"):
// JSON-LD, article:* / Dublin Core / itemprop meta, visible bylines ("Published …", "Updated …",
// "Medically reviewed by … on …", a bare date under the title), <time> in the byline, and the
// years in the title and URL. Pure: reads PageFacts only.
import { composed } from '../text/normalize';
import { LISTING_PATH } from '../detect/paths';
import type { DateSignal, PageDates, PageFacts, TextBlock, TimeFact } from '../types';
import { toIsoDay } from './iso';
import { bareBylineDate, labelledDates, titleBlockIndex, type DateKind } from './byline';
import { findDateMentions, type Precision } from './prose';
import { decideRegion } from '../region';
import { dateVocabularies, factsLanguages, type DateVocabulary } from '../locale';
import { dates as ENGLISH_DATES } from '../locale/en/dates';
import { defaultConfig } from '../config/defaults';
import { findYears, isHistoricalYear, isNamedYear } from './years';

/** A date signal with what the rules need beyond the contract's `DateSignal`. */
export interface DateSignalInfo extends DateSignal {
  /** what the date claims to be; null for a year in the title or a plain <time> */
  kind: DateKind | null;
  precision: Precision;
  /** the visible block holding a visible date, else -1 */
  block: number;
  /** offsets of the date itself in that block's text */
  start: number;
  end: number;
  /** a visible date with a label ("Updated …"); false for a bare byline date */
  labelled?: boolean;
}

/** The extra fields of a signal (defaults for signals built elsewhere). */
export function signalInfo(s: DateSignal): DateSignalInfo {
  const x = s as Partial<DateSignalInfo> & DateSignal;
  return {
    ...s,
    kind: x.kind ?? null,
    precision: x.precision ?? 'day',
    block: x.block ?? -1,
    start: x.start ?? 0,
    end: x.end ?? 0,
  };
}

const ARTICLE_TYPES = /^(?:Article|BlogPosting|NewsArticle|Report|TechArticle|ScholarlyArticle|MedicalScholarlyArticle|HealthTopicContent|SocialMediaPosting|LiveBlogPosting|AnalysisNewsArticle|ReportageNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|Posting)$|Page$/;

const META_PUBLISHED = ['article:published_time', 'datepublished', 'og:published_time', 'article:published', 'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'dc.date', 'date'];
const META_MODIFIED = ['article:modified_time', 'datemodified', 'og:updated_time', 'article:modified', 'modified_time', 'dcterms.modified', 'dc.date.modified', 'last-modified'];

/** A year, month and day in the URL path: /blog/2011/01/slug/, /2024/03/04/slug. */
const URL_DATE = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])(?:\/(0?[1-9]|[12]\d|3[01]))?\//;

function timeKind(t: TimeFact): DateKind | null {
  // WordPress prints class="entry-date published updated" on an unmodified post: published wins
  if (/publish|entry-date|post-date|pubdate|posted|created|datecreated/.test(t.hint)) return 'published';
  if (/modif|updat/.test(t.hint)) return 'modified';
  return null;
}

/** A <time>'s hint says it is the page's byline date. */
const BYLINE_TIME_HINT = /publish|entry-date|post-date|pubdate|posted|updat|modif|\bdate\b|byline|dateline|timestamp/;
/** Its visible text reads as a date (not "12:55 AM" or "3 comments"). */
const DATE_TEXT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:19|20)\d\d\b/i;

function bylineWindow(facts: PageFacts): TextBlock[] {
  const title = titleBlockIndex(facts);
  const blocks = facts.blocks;
  if (title < 0) {
    const firstContent = blocks.findIndex((b) => b.inContent);
    if (firstContent < 0) return [];
    return blocks.slice(firstContent, firstContent + 4);
  }
  return blocks.slice(Math.max(0, title - 3), title + 13).filter((b) => b.index !== title);
}

/** <time>s that belong to the page, not to comments, widgets or related posts. */
function pageTime(t: TimeFact, windowText: string): boolean {
  if (/comment|reply|related|widget|event|sidebar|recent|popular|trending|teaser|card|promo|listing/.test(t.hint)) return false;
  if (t.region === 'aside' || t.region === 'nav') return false;
  // the site footer holds widget dates; an article header/footer marked up oddly is let in by the byline window
  if (t.region === 'footer' && !t.inContent) return !!t.text && windowText.includes(t.text);
  return true;
}

function pathOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function linksElsewhere(facts: PageFacts, blk: TextBlock, start: number, end: number): boolean {
  const own = new Set([pathOf(facts.url), pathOf(facts.canonical)].filter((p): p is string => p != null));
  for (const sp of blk.spans) {
    if (sp.link < 0 || sp.end <= start || sp.start >= end) continue;
    const target = pathOf(facts.links[sp.link]?.url);
    if (target != null && !own.has(target)) return true;
  }
  return false;
}

// A news dateline opening the first paragraph: "Feb. 23, 2015 -- Life-threatening peanut allergies …"
const DATELINE_GAP = /^\s*(?:--|—|–|-|:|\|)\s+\S/;

// "Last updated 3 years ago", "Actualizado hace 2 meses": a CMS wrote it relative to the time the page
// was served, so it is read against the audit's `now`. The words are each language's (utils/locale).

function relativeLine(text: string, now: Date, words: readonly DateVocabulary[]): { date: string; kind: DateKind; precision: 'month'; start: number; end: number } | null {
  for (const v of [ENGLISH_DATES, ...words]) {
    const { pattern, numbers, units } = v.relativeLine;
    const m = pattern.exec(composed(text));
    if (!m) continue;
    const n = Number(m[2]) || numbers[m[2]!.toLowerCase()] || 0;
    const unit = units[m[3]!.toLowerCase()];
    if (!n || !unit) continue;
    const d = new Date(now.getTime());
    if (unit === 'day') d.setUTCDate(d.getUTCDate() - n);
    else if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7 * n);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
    else d.setUTCFullYear(d.getUTCFullYear() - n);
    const verb = m[1]!;
    const kind: DateKind = v.reviewedWord.test(verb) ? 'reviewed' : v.modifiedWord.test(verb) ? 'modified' : 'published';
    return { date: d.toISOString().slice(0, 10), kind, precision: 'month', start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The page's dates. `now` reads relative lines ("Last updated 3 years ago"); without it they are skipped.
 * `dayFirst` is the page's date order from its region decision (utils/region); by default it is decided here.
 */
export function extractPageDates(facts: PageFacts, now?: Date, dayFirst = decideRegion(facts, defaultConfig()).dayFirst): PageDates {
  const signals: DateSignalInfo[] = [];
  const dateOpts = { dayFirst, words: dateVocabularies(factsLanguages(facts)) };
  const add = (source: DateSignal['source'], raw: unknown, kind: DateKind | null, element: Element | null = null) => {
    const date = toIsoDay(raw);
    if (date) signals.push({ source, date, raw: String(raw), element, kind, precision: 'day', block: -1, start: 0, end: 0 });
  };

  // JSON-LD: the article or web page node (Yoast and RankMath keep the dates on WebPage in @graph).
  for (const e of facts.jsonLd) {
    if (!e.types.some((t) => ARTICLE_TYPES.test(t))) continue;
    add('jsonld:datePublished', e.data.datePublished, 'published');
    add('jsonld:dateModified', e.data.dateModified, 'modified');
    add('jsonld:lastReviewed', e.data.lastReviewed, 'reviewed');
  }
  // Meta tags: Open Graph article:*, itemprop, Dublin Core and the common publisher tags.
  for (const key of META_PUBLISHED) for (const v of facts.meta[key] ?? []) add('meta:published', v, 'published');
  for (const key of META_MODIFIED) for (const v of facts.meta[key] ?? []) add('meta:modified', v, 'modified');

  // Visible dates: labelled lines anywhere in the page's own text, then a bare date by the title.
  const seenBlocks = new Set<number>();
  for (const blk of facts.blocks) {
    if (blk.region === 'nav' || blk.region === 'aside' || blk.quoted || !blk.text) continue;
    if (blk.region === 'footer' && !blk.inContent && blk.text.split(' ').length > 25) continue;
    const rel = now && !seenBlocks.has(blk.index) && blk.text.length < 200 ? relativeLine(blk.text, now, dateOpts.words) : null;
    if (rel && !(blk.region === 'footer' && !blk.inContent)) {
      const source = rel.kind === 'modified' ? 'visible:updated' : rel.kind === 'reviewed' ? 'visible:reviewed' : 'visible:published';
      signals.push({ source, date: rel.date, raw: blk.text.slice(rel.start, rel.end), element: blk.element, kind: rel.kind, precision: rel.precision, block: blk.index, start: rel.start, end: rel.end, labelled: true });
      seenBlocks.add(blk.index);
      continue;
    }
    for (const d of labelledDates(blk, dateOpts)) {
      // a "Posted …" line in the site footer is a recent-posts widget, not this page's date
      if (blk.region === 'footer' && !blk.inContent && d.kind === 'published') continue;
      const source = d.kind === 'modified' ? 'visible:updated' : d.kind === 'reviewed' ? 'visible:reviewed' : 'visible:published';
      signals.push({ source, date: d.date, raw: blk.text.slice(d.labelStart, d.end), element: blk.element, kind: d.kind, precision: d.precision, block: blk.index, start: d.start, end: d.end, labelled: true });
      seenBlocks.add(blk.index);
    }
  }
  const window = bylineWindow(facts);
  const windowText = window.map((b) => b.text).join(' \n ');
  // A listing (blog index, archive) has many dated entries: neither its <time>s nor the dates by
  // its first heading say anything about the page itself.
  const pageTimes = facts.times.filter((t) => pageTime(t, windowText));
  const titleIndex = titleBlockIndex(facts);
  // …and so has a page at a listing's address whose title is followed by several post headings.
  const listing =
    (new Set(pageTimes.map((t) => toIsoDay(t.datetime)).filter(Boolean)).size >= 3 && pageTimes.filter((t) => timeKind(t)).length >= 3) ||
    (LISTING_PATH.test(pathOf(facts.url) ?? '') && facts.headings.filter((h) => h.level >= 2 && h.block > titleIndex).length >= 3);
  for (const blk of listing ? [] : window) {
    if (seenBlocks.has(blk.index) || blk.region === 'nav' || blk.region === 'aside') continue;
    // right by the title a byline may carry an author; further down only a line that is just a date
    const d = bareBylineDate(blk, { ...dateOpts, dateOnly: titleIndex >= 0 && blk.index > titleIndex + 6 });
    if (!d) continue;
    // a date that links to another page dates that page (a "more from this author" card)
    if (linksElsewhere(facts, blk, d.start, d.end)) continue;
    signals.push({ source: 'visible:published', date: d.date, raw: d.text, element: blk.element, kind: 'published', precision: d.precision, block: blk.index, start: d.start, end: d.end, labelled: false });
    seenBlocks.add(blk.index);
    break;
  }
  // A dateline at the start of one of the first paragraphs of the article.
  if (!seenBlocks.size && !listing) {
    const title = titleIndex;
    const first = facts.blocks.filter((b) => b.index > title && (b.inContent || title >= 0) && !b.heading && b.region !== 'nav' && b.region !== 'aside' && b.region !== 'footer' && b.text.length > 40).slice(0, 3);
    for (const blk of first) {
      const d = findDateMentions(blk.text.slice(0, 40), undefined, dateOpts)[0];
      if (!d || d.range || d.start > 0 || !DATELINE_GAP.test(blk.text.slice(d.end, d.end + 6))) continue;
      signals.push({ source: 'visible:published', date: d.date, raw: d.text, element: blk.element, kind: 'published', precision: d.precision, block: blk.index, start: d.start, end: d.end, labelled: false });
      seenBlocks.add(blk.index);
      break;
    }
  }

  // <time datetime> of the page (the byline), not of comments or related posts.
  let visibleTime = false;
  for (const t of pageTimes) {
    const kind = listing ? null : timeKind(t);
    const date = toIsoDay(t.datetime);
    if (date) signals.push({ source: 'time', date, raw: t.datetime!, element: t.element, kind, precision: 'day', block: -1, start: 0, end: 0 });
    // "<time class="entry-date published" datetime="2014-05-20">May 20</time>": shown to readers as well
    if (listing || visibleTime || seenBlocks.size || !t.text || !DATE_TEXT.test(t.text)) continue;
    if (!BYLINE_TIME_HINT.test(t.hint) && !windowText.includes(t.text)) continue;
    const shown = date ? { date, precision: 'day' as const } : findDateMentions(t.text, undefined, dateOpts)[0];
    if (!shown) continue;
    visibleTime = true;
    const vkind = kind ?? 'published';
    signals.push({ source: vkind === 'modified' ? 'visible:updated' : 'visible:published', date: shown.date, raw: t.text, element: t.element, kind: vkind, precision: shown.precision, block: -1, start: 0, end: 0, labelled: false });
  }

  // The URL: a WordPress-style /YYYY/MM/(DD/) path is the publication date; a year in the slug is a claim.
  let path = '';
  try {
    path = decodeURIComponent(new URL(facts.url).pathname);
  } catch {
    path = '';
  }
  const urlDate = URL_DATE.exec(path);
  if (urlDate) {
    const [, y, mo, d] = urlDate;
    const iso = `${y}-${mo!.padStart(2, '0')}-${(d ?? '1').padStart(2, '0')}`;
    signals.push({ source: 'url', date: iso, raw: urlDate[0], element: null, kind: 'published', precision: d ? 'day' : 'month', block: -1, start: 0, end: 0 });
  }
  for (const y of slugYears(path)) signals.push({ source: 'url', date: `${y.year}-01-01`, raw: y.text, element: null, kind: null, precision: 'year', block: -1, start: 0, end: 0 });
  for (const y of titleYears(facts.title)) signals.push({ source: 'title', date: `${y.year}-01-01`, raw: y.text, element: null, kind: null, precision: 'year', block: -1, start: y.start, end: y.end });

  const first = (kind: DateKind, ...sources: DateSignal['source'][]) => {
    for (const s of sources) {
      const hit = signals.find((x) => x.source === s && (x.kind === kind || (s === 'time' && kind === 'published' && x.kind == null && pageTimes.length === 1)));
      if (hit) return hit.date;
    }
    return null;
  };
  const published = first('published', 'jsonld:datePublished', 'meta:published', 'visible:published', 'time', 'url');
  const modified = first('modified', 'jsonld:dateModified', 'meta:modified', 'visible:updated', 'time');
  const reviewed = first('reviewed', 'jsonld:lastReviewed', 'visible:reviewed');
  const candidates = [reviewed, modified, published].filter((d): d is string => !!d).sort();
  return {
    published,
    modified,
    reviewed,
    best: candidates.length ? candidates[candidates.length - 1]! : null,
    hasVisibleDate: signals.some((s) => s.source.startsWith('visible:')),
    signals,
  };
}

export interface TitleYear {
  year: number;
  start: number;
  end: number;
  text: string;
}

/** Years in a title or heading that date the page ("Costs in 2023", "Best Clinics 2024"),
 * not history ("since 1970"), ranges ("2019–2021") or names ("Ryan Haight Act of 2008"). */
export function titleYears(title: string): TitleYear[] {
  const out: TitleYear[] = [];
  for (const y of findYears(title)) {
    if (y.endYear !== y.year || /s$/.test(y.text)) continue;
    if (isNamedYear(title, y.start, y.end) || isHistoricalYear(title, y.start)) continue;
    out.push({ year: y.year, start: y.start, end: y.end, text: y.text });
  }
  return out;
}

/** Years in the last path segments that name the page ("/best-ketamine-clinics-2023/"). */
export function slugYears(path: string): TitleYear[] {
  const segments = path.split('/').filter(Boolean);
  const out: TitleYear[] = [];
  for (const seg of segments.slice(-2)) {
    if (/^\d+$/.test(seg)) continue; // /2011/01/: the archive path, read as the publication date
    const words = seg.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_+.]+/g, ' ');
    for (const y of titleYears(words)) {
      // "covid-19-2020": glued to a number that is not a year → skip
      out.push({ ...y, text: y.text });
    }
  }
  return out;
}
