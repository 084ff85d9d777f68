// STL-009: a footer "© 2021" (or a range ending in 2021) older than last year.
import type { Rule, TextBlock } from '../../types';
import { findYears } from '../../dates/years';
import { referenceBlocks } from '../../dates/text-scan';

// "©" (or its look-alikes "Ⓒ", "ⓒ"), "(c)", "Copyright", "Copr." followed (within a short name) by a
// year or a year range.
const COPYRIGHT = /(?:[©Ⓒⓒ]|&copy;|\(c\)|\bcopyright\b|\bcopr\.|\ball rights reserved\b[,.]?)(?:\s*(?:[©Ⓒⓒ]|\(c\)))?\s*(?:[^\d©Ⓒⓒ\n]{0,60}?\s)?((?:19|20)\d\d(?:\s*(?:[-–—]|to)\s*(?:(?:19|20)\d\d|present|today|now))?)(?!\d)/gi;
// "Streamline Dental 2017. All rights reserved.": the year just before the reservation.
const YEAR_THEN_RESERVED = /(?<!\d)((?:19|20)\d\d(?:\s*(?:[-–—]|to)\s*(?:19|20)\d\d)?)\s*[.,;:|·•–—-]?\s*all rights reserved\b[.,]?/gi;
// The notice belongs to someone else: an image credit, a journal or a quoted work.
const NOT_PAGE = /\b(?:photo|image|images|picture|illustration|logo|video|journal|elsevier|springer|wiley|press|publishing|reprinted|all images|getty|shutterstock|istock|adobe stock|map data|google|openstreetmap|mapbox|widget|powered by)\b/i;

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
    for (const blk of facts.blocks) {
      if (blk.quoted || refs.has(blk.index) || !blk.text) continue;
      if (blk.tag === 'figcaption' || blk.tag === 'caption') continue;
      const matches = [...blk.text.matchAll(COPYRIGHT)];
      for (const r of blk.text.matchAll(YEAR_THEN_RESERVED)) {
        if (!matches.some((c) => c.index! < r.index! + r[0].length && r.index! < c.index! + c[0].length)) matches.push(r);
      }
      for (const m of matches) {
        const around = blk.text.slice(m.index!, Math.min(blk.text.length, m.index! + m[0].length + 60));
        if (NOT_PAGE.test(around)) continue;
        const range = m[1]!;
        if (/present|today|now/i.test(range)) {
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
    const notice = (pageNotices.length ? pageNotices : notices).filter((n) => n.year === newest).pop()!;
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
