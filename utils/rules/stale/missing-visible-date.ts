// STL-004 [article]: an article with no visible "Published", "Posted", "Updated" or "Last reviewed" date.
import type { Rule } from '../../types';
import { humanDate } from '../../dates/iso';

const rule: Rule = {
  id: 'stale/missing-visible-date',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-004',
  title: 'Article shows no date',
  description:
    'Reports an article that shows readers no date at all: no "Published", "Posted", "Updated" or "Last reviewed" line and no date in the byline under the title. Dates that exist only in the page\'s code (structured data, meta tags, hidden dates) do not count.',
  why: 'Google\'s guidance: "Add a user-visible date to the page and feature it prominently. Label your dates appropriately with text like \'Publish\' or \'Last updated\'". The NHS content standard asks pages to "display the date the content was last checked". Without a date, readers cannot tell whether health advice is current.',
  fix: 'Show the dates under the title, e.g. "Published March 4, 2024 · Medically reviewed by Dr. Jane Doe, MD on October 2, 2026".',
  helpUrl: 'https://developers.google.com/search/docs/appearance/publication-dates',
  sources: [
    { title: 'Google: Influence your byline dates in Google Search', url: 'https://developers.google.com/search/docs/appearance/publication-dates' },
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
    { title: 'NHS design system: Know that a page is up to date (review dates)', url: 'https://service-manual.nhs.uk/design-system/patterns/know-that-a-page-is-up-to-date' },
  ],
  runsOn: 'article',
  check(facts, ctx) {
    if (ctx.dates.hasVisibleDate) return [];
    const hidden = ctx.dates.best;
    return [
      {
        scope: 'page',
        message: hidden
          ? `The article shows readers no published, updated or reviewed date; a date (${humanDate(hidden)}) exists only in the page's code.`
          : 'The article shows no published, updated or medically reviewed date, so readers cannot tell how current this health information is.',
        fix: hidden
          ? `Show it under the title, e.g. "Published ${humanDate(ctx.dates.published ?? hidden)}"${ctx.dates.modified && ctx.dates.modified !== ctx.dates.published ? ` · Updated ${humanDate(ctx.dates.modified)}` : ''}.`
          : 'Add "Published <date>" and, after each clinical review, "Medically reviewed by <name>, <credentials> on <date>" under the title.',
        data: { date: hidden, published: ctx.dates.published, modified: ctx.dates.modified, reviewed: ctx.dates.reviewed },
      },
    ];
  },
};

export default rule;
