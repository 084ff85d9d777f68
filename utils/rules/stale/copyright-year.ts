// STL-009: a footer "© 2021" (or a range ending in 2021) older than last year.
import { composed } from '../../text/normalize';
import type { Rule, TextBlock } from '../../types';
import { findYears } from '../../dates/years';
import { referenceBlocks } from '../../dates/text-scan';
import type { StaleVocabulary } from '../../locale';

/** A notice's patterns, built from one language's words (utils/locale/<lang>/stale.ts). */
interface NoticePatterns {
  /** "©" (or its look-alikes "Ⓒ", "ⓒ"), "(c)", "Copyright", "Copr." followed (within a short name) by a
   * year or a year range */
  copyright: RegExp;
  /** "Streamline Dental 2017. All rights reserved.": the year just before the reservation */
  yearThenReserved: RegExp;
  openEnd: RegExp;
  /** the notice belongs to someone else: an image credit, a journal or a quoted work */
  notPage: RegExp;
}

const compiled = new WeakMap<StaleVocabulary, NoticePatterns>();
function patternsOf(words: StaleVocabulary): NoticePatterns {
  let p = compiled.get(words);
  if (!p) {
    const { word, reserved, rangeTo, openEnd, notPage } = words.copyright;
    const year = '(?:19|20)\\d\\d';
    p = {
      copyright: new RegExp(
        `(?:[©Ⓒⓒ]|&copy;|\\(c\\)|${word})(?:\\s*(?:[©Ⓒⓒ]|\\(c\\)))?\\s*(?:[^\\d©Ⓒⓒ\\n]{0,60}?\\s)?(${year}(?:\\s*(?:[-–—]|${rangeTo})\\s*(?:${year}|${openEnd}))?)(?!\\d)`,
        'giu',
      ),
      yearThenReserved: new RegExp(`(?<!\\d)(${year}(?:\\s*(?:[-–—]|${rangeTo})\\s*${year})?)\\s*[.,;:|·•–—-]?\\s*${reserved}`, 'giu'),
      openEnd: new RegExp(`^(?:${openEnd})$`, 'i'),
      notPage,
    };
    compiled.set(words, p);
  }
  return p;
}

interface Notice {
  blk: TextBlock;
  start: number;
  end: number;
  text: string;
  year: number;
}

const rule: Rule = {
  id: 'stale/copyright-year',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-009',
  title: 'Copyright year is out of date',
  description:
    'Finds the site\'s copyright notice ("© 2021 Example Wellness", or a range such as "© 2015–2021") and reports it when its latest year is older than last year.',
  why:
    'Visitors read the footer year to judge whether anyone still looks after the site; an old year makes every page, including current ones, look abandoned.',
  fix: 'Update the year, or let the site template print the current year ("© 2015–<current year>").',
  helpUrl: 'https://docs.squirrelscan.com/glossary/content-freshness',
  sources: [
    { title: 'Site-audit rule guide: content freshness and how readers judge a page\'s age', url: 'https://docs.squirrelscan.com/glossary/content-freshness' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const thisYear = Number(ctx.today.slice(0, 4));
    const refs = referenceBlocks(facts);
    const notices: Notice[] = [];
    const languages = ctx.locales.map((l) => patternsOf(l.stale));
    for (const blk of facts.blocks) {
      if (blk.quoted || refs.has(blk.index) || !blk.text) continue;
      if (blk.tag === 'figcaption' || blk.tag === 'caption') continue;
      // composed accents only where the offsets (the finding's range) stay those of the block
      const text = languages.length > 1 ? composed(blk.text) : blk.text;
      // every language's reading; where two overlap the longer wins ("© 2008 a la actualidad" over "© 2008")
      const found: Array<{ m: RegExpMatchArray; p: NoticePatterns; order: number }> = [];
      for (const p of languages) for (const m of text.matchAll(p.copyright)) found.push({ m, p, order: 0 });
      for (const p of languages) for (const m of text.matchAll(p.yearThenReserved)) found.push({ m, p, order: 1 });
      found.sort((a, b) => a.order - b.order || b.m[0].length - a.m[0].length);
      const matches: typeof found = [];
      const overlaps = (r: RegExpMatchArray) => matches.some(({ m: c }) => c.index! < r.index! + r[0].length && r.index! < c.index! + c[0].length);
      for (const f of found) if (!overlaps(f.m)) matches.push(f);
      for (const { m, p } of matches) {
        // a credit names its subject before or after the sign ("Photo: © 2015 Getty", "© 2015 Getty
        // Images"); on a short credit line, anywhere in it ("Desarrollado por Agencia X © 2024")
        const from = text.length <= 120 ? 0 : Math.max(0, m.index! - 24);
        const around = text.slice(from, Math.min(text.length, m.index! + m[0].length + 60));
        if (languages.some((l) => l.notPage.test(around))) continue;
        const range = m[1]!;
        const open = range.split(/\s*(?:[-–—]|\s)\s*/).pop() ?? '';
        if (p.openEnd.test(open)) {
          notices.push({ blk, start: m.index!, end: m.index! + m[0].length, text: m[0], year: thisYear });
          continue;
        }
        const years = findYears(range);
        if (!years.length) continue;
        const year = Math.max(...years.map((y) => y.endYear));
        notices.push({ blk, start: m.index!, end: m.index! + m[0].length, text: m[0], year });
      }
    }
    if (!notices.length) return [];
    // The site's own notice sits in the footer or at the end of the page; a current notice anywhere wins.
    const newest = Math.max(...notices.map((n) => n.year));
    if (newest >= thisYear - 1 || newest > thisYear) return [];
    const pageNotices = notices.filter((n) => n.blk.region === 'footer' || !n.blk.inContent);
    const pool = pageNotices.length ? pageNotices : notices;
    const newestInPool = Math.max(...pool.map((n) => n.year));
    const notice = pool.filter((n) => n.year === newestInPool).pop()!;
    const age = thisYear - notice.year;
    return [
      {
        message: `The copyright notice says ${notice.year}, ${age} year${age === 1 ? '' : 's'} ago, so the site looks unmaintained.`,
        element: notice.blk.element,
        excerpt: notice.text.trim(),
        range: { block: notice.blk.index, start: notice.start, end: notice.end },
        fix: `Change it to ${notice.text.trim().replace(/(?:19|20)\d\d(?!.*(?:19|20)\d\d)/, String(thisYear))}, or have the template print the current year.`,
        data: { year: notice.year, ageYears: age, currentYear: thisYear },
      },
    ];
  },
};

export default rule;
