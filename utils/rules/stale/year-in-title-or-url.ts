// STL-013: a past year in the <title>, the H1 or the URL slug ("Ketamine Therapy Costs in 2023",
// "/best-ketamine-clinics-2023/").
import type { FindingDraft, Rule } from '../../types';
import { slugYears, titleYears } from '../../dates/page-dates';
import { titleBlockIndex } from '../../dates/byline';

const rule: Rule = {
  id: 'stale/year-in-title-or-url',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-013',
  title: 'Past year in the title or URL',
  description:
    'Finds a year older than the current one in the page title, the main heading or the page address (URL) ("Ketamine Therapy Costs in 2023", "/best-ketamine-clinics-2023/"). Years that name a law or study ("Ryan Haight Act of 2008", "STAR*D 2006 analysis") or tell history ("since 1970") are ignored, as are dated archive addresses such as /2023/05/.',
  why:
    'A past year in the title tells readers and search engines that the page is old before they read it: search engines and site audits read the year in the title and in the address as the page\'s date.',
  fix: 'Drop the year from the title (and redirect the URL to a slug without it), or update the content and the year together.',
  helpUrl: 'https://docs.squirrelscan.com/rules/content/date-agreement',
  sources: [
    { title: 'Site-audit rule guide: when a page\'s dates disagree', url: 'https://docs.squirrelscan.com/rules/content/date-agreement' },
    { title: 'Google: Influence your byline dates in Google Search', url: 'https://developers.google.com/search/docs/appearance/publication-dates' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const thisYear = Number(ctx.today.slice(0, 4));
    const out: FindingDraft[] = [];
    const reported = new Set<number>();
    // The H1 first (it has an element to point at), then the <title>, then the URL.
    const h1Index = titleBlockIndex(facts);
    const h1 = h1Index >= 0 ? facts.blocks[h1Index] : undefined;
    if (h1) {
      for (const y of titleYears(h1.text)) {
        if (y.year >= thisYear || y.year < thisYear - 30 || reported.has(y.year)) continue;
        reported.add(y.year);
        const inTitle = titleYears(facts.title).some((t) => t.year === y.year);
        out.push({
          message: `The main heading${inTitle ? ' and the page title' : ''} say${inTitle ? '' : 's'} ${y.year}, ${thisYear - y.year} year${thisYear - y.year === 1 ? '' : 's'} ago, so the page looks out of date.`,
          element: h1.element,
          excerpt: h1.text,
          range: { block: h1.index, start: y.start, end: y.end },
          fix: `Remove "${y.year}" from the heading${inTitle ? ' and title' : ''}, or update the content and change it to ${thisYear}.`,
          data: { year: y.year, ageYears: thisYear - y.year, where: inTitle ? ['h1', 'title'] : ['h1'] },
        });
      }
    }
    for (const y of titleYears(facts.title)) {
      if (y.year >= thisYear || y.year < thisYear - 30 || reported.has(y.year)) continue;
      reported.add(y.year);
      out.push({
        scope: 'page',
        message: `The page title says ${y.year}, ${thisYear - y.year} year${thisYear - y.year === 1 ? '' : 's'} ago, so the page looks out of date in search results and tabs.`,
        excerpt: facts.title,
        fix: `Remove "${y.year}" from the <title>, or update the content and change it to ${thisYear}.`,
        data: { year: y.year, ageYears: thisYear - y.year, where: ['title'] },
      });
    }
    let path = '';
    try {
      path = decodeURIComponent(new URL(facts.url).pathname);
    } catch {
      path = '';
    }
    for (const y of slugYears(path)) {
      if (y.year >= thisYear || y.year < thisYear - 30) continue;
      out.push({
        scope: 'page',
        message: `The URL says ${y.year}${reported.has(y.year) ? ' as well' : ''}, ${thisYear - y.year} year${thisYear - y.year === 1 ? '' : 's'} ago.`,
        excerpt: path,
        fix: `Move the page to a URL without the year and redirect the old one (301), or keep it and update the content.`,
        data: { year: y.year, ageYears: thisYear - y.year, where: ['url'] },
      });
      break;
    }
    return out;
  },
};

export default rule;
