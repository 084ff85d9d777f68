// STL-006: the page's date signals contradict each other — visible byline vs JSON-LD vs meta vs
// <time>, dateModified before datePublished, dates in the future, or a title year newer than
// every date the page carries.
import type { FindingDraft, Rule } from '../../types';
import { addDays, daysBetween, endOfMonth, humanDate } from '../../dates/iso';
import { signalInfo, type DateSignalInfo } from '../../dates/page-dates';

const TOLERANCE_DAYS = 2;

const SOURCE_LABEL: Record<string, string> = {
  'jsonld:datePublished': 'JSON-LD datePublished',
  'jsonld:dateModified': 'JSON-LD dateModified',
  'jsonld:lastReviewed': 'JSON-LD lastReviewed',
  'meta:published': 'the published-time meta tag',
  'meta:modified': 'the modified-time meta tag',
  'visible:published': 'the visible date',
  'visible:updated': 'the visible "updated" date',
  'visible:reviewed': 'the visible "reviewed" date',
  time: 'the <time datetime> in the byline',
  url: 'the date in the URL',
  title: 'the title',
};
// Strongest first: which signal the others are compared with.
const ORDER = ['jsonld:datePublished', 'jsonld:dateModified', 'jsonld:lastReviewed', 'meta:published', 'meta:modified', 'visible:published', 'visible:updated', 'visible:reviewed', 'time', 'url'];

/** The interval of days a signal covers: one day, or a whole month for "January 2026". */
function span(s: DateSignalInfo): [string, string] {
  if (s.precision === 'month') return [s.date, endOfMonth(Number(s.date.slice(0, 4)), Number(s.date.slice(5, 7)))];
  if (s.precision === 'year') return [s.date, `${s.date.slice(0, 4)}-12-31`];
  return [s.date, s.date];
}

function agree(a: DateSignalInfo, b: DateSignalInfo): boolean {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return addDays(a0, -TOLERANCE_DAYS) <= b1 && addDays(b0, -TOLERANCE_DAYS) <= a1;
}

function show(s: DateSignalInfo): string {
  return s.precision === 'day' ? humanDate(s.date) : humanDate(s.date, s.precision);
}

const rule: Rule = {
  id: 'stale/date-disagreement',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-006',
  title: 'Page dates disagree',
  description:
    'Compares the page\'s dates of the same kind (published with published, updated with updated) across the visible byline, the dates the page gives search engines (JSON-LD, article:* meta tags, <time> tags) and the URL, allowing 2 days of difference. Also reports an "updated" date before the "published" date, dates in the future, and a year in the title newer than every date on the page.',
  why:
    'When the visible date, the dates for search engines and the title say different things, readers and search engines cannot tell which is true. Google lists changing dates to make pages seem fresh, without real changes, as a warning sign.',
  fix: 'Have every date come from one place in the website\'s editor: the visible byline, the JSON-LD datePublished/dateModified and the article:* meta tags should show the same days. Change the year in the title only when the content is updated.',
  helpUrl: 'https://docs.squirrelscan.com/rules/content/date-agreement',
  sources: [
    { title: 'Site-audit rule guide: when a page\'s dates disagree', url: 'https://docs.squirrelscan.com/rules/content/date-agreement' },
    { title: 'Google: Creating helpful, reliable, people-first content (the "Who, How, Why" test)', url: 'https://developers.google.com/search/docs/fundamentals/creating-helpful-content' },
    { title: 'Google: Influence your byline dates in Google Search', url: 'https://developers.google.com/search/docs/appearance/publication-dates' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const all = ctx.dates.signals.map(signalInfo);
    const out: FindingDraft[] = [];
    const today = ctx.today;

    // One representative per source and kind; a source with several different values (a blog
    // index listing many posts, a comment thread) is ambiguous and left out.
    const reps: DateSignalInfo[] = [];
    for (const source of ORDER) {
      for (const kind of ['published', 'modified', 'reviewed'] as const) {
        const list = all.filter((s) => s.source === source && s.kind === kind);
        if (!list.length) continue;
        if (source.startsWith('jsonld:') || source.startsWith('meta:') || source === 'time') {
          if (new Set(list.map((s) => s.date)).size > 1) continue;
        }
        reps.push(list[0]!);
      }
    }

    // Same kind, different days.
    for (const kind of ['published', 'modified', 'reviewed'] as const) {
      const group = reps.filter((s) => s.kind === kind);
      if (group.length < 2) continue;
      const ref = group[0]!;
      for (const s of group.slice(1)) {
        if (agree(ref, s)) continue;
        // A bare byline date may show the updated day instead of the published one: fine if it matches any page date.
        if (s.labelled === false && reps.some((r) => r !== s && agree(r, s))) continue;
        if (ref.labelled === false && reps.some((r) => r !== ref && agree(r, ref))) continue;
        const visible = [s, ref].find((x) => x.source.startsWith('visible:'));
        const days = Math.abs(daysBetween(ref.date, s.date));
        out.push({
          message: `The ${kind} dates disagree: ${SOURCE_LABEL[ref.source]} says ${show(ref)} but ${SOURCE_LABEL[s.source]} says ${show(s)} (${days} days apart).`,
          ...(visible?.element ? { element: visible.element, excerpt: visible.raw } : { scope: 'page' as const, excerpt: `${ref.raw} / ${s.raw}` }),
          ...(visible && visible.block >= 0 ? { range: { block: visible.block, start: visible.start, end: visible.end } } : {}),
          data: { kind, date: ref.date, otherDate: s.date, sources: [ref.source, s.source], daysApart: days },
        });
      }
    }

    // Modified before published.
    const pub = reps.find((s) => s.kind === 'published' && s.source !== 'url');
    const mod = reps.find((s) => s.kind === 'modified');
    if (pub && mod && mod.precision === 'day' && pub.precision === 'day' && daysBetween(mod.date, pub.date) > TOLERANCE_DAYS) {
      out.push({
        scope: 'page',
        message: `The page says it was updated (${humanDate(mod.date)}, ${SOURCE_LABEL[mod.source]}) before it was published (${humanDate(pub.date)}, ${SOURCE_LABEL[pub.source]}).`,
        excerpt: `${mod.raw} < ${pub.raw}`,
        data: { date: mod.date, published: pub.date, sources: [mod.source, pub.source] },
      });
    }

    // Dates in the future.
    const future = all.filter((s) => s.kind && s.source !== 'url' && s.source !== 'title' && span(s)[0] > addDays(today, TOLERANCE_DAYS));
    const seenFuture = new Set<string>();
    for (const s of future) {
      if (seenFuture.has(s.source)) continue;
      seenFuture.add(s.source);
      out.push({
        message: `${SOURCE_LABEL[s.source]!.replace(/^the /, 'The ')} is in the future (${show(s)}).`,
        ...(s.element && s.source.startsWith('visible:') ? { element: s.element, excerpt: s.raw } : { scope: 'page' as const, excerpt: s.raw }),
        data: { date: s.date, source: s.source, daysAhead: daysBetween(today, s.date) },
      });
    }

    // A title or slug year well past every date the page carries ("Best Clinics 2026" on a 2022 page).
    const dated = reps.filter((s) => s.source !== 'url');
    if (dated.length) {
      const latestYear = Math.max(...dated.map((s) => Number(span(s)[1].slice(0, 4))));
      for (const s of all.filter((x) => x.source === 'title' || (x.source === 'url' && x.precision === 'year'))) {
        const year = Number(s.date.slice(0, 4));
        // next year's guide or model year ("2020 Sentra" in November 2019) is normal: two years or more is not
        if (year < latestYear + 2 || year > Number(today.slice(0, 4))) continue;
        out.push({
          scope: 'page',
          message: `${s.source === 'title' ? 'The title' : 'The URL'} says ${year}, but the page's newest date is from ${latestYear}: the year was changed without the content being updated, or the dates were not.`,
          excerpt: s.source === 'title' ? facts.title : s.raw,
          data: { date: ctx.dates.best, titleYear: year, latestYear, source: s.source },
        });
        break;
      }
    }
    return out;
  },
};

export default rule;
