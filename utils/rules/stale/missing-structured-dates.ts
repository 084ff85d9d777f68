// STL-005 [article]: no machine-readable publication or modification date (JSON-LD datePublished /
// dateModified on the Article or WebPage node, article:* meta, microdata or a byline <time datetime>).
import type { Rule } from '../../types';

const ARTICLE = /^(?:Article|BlogPosting|NewsArticle|MedicalWebPage|Report|TechArticle|ScholarlyArticle|MedicalScholarlyArticle|HealthTopicContent)$/;

const rule: Rule = {
  id: 'stale/missing-structured-dates',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-005',
  title: 'Article has no dates for search engines',
  description:
    'Reports an article with no date that search engines can read: no datePublished or dateModified in its Article, BlogPosting or WebPage structured data (JSON-LD), no article:published_time or article:modified_time meta tag, no microdata date and no <time datetime> in the byline.',
  why:
    'Google reads datePublished and dateModified from an article\'s structured data, among other signals, to choose the date it shows in search results. Without them, search engines must guess how old the page is.',
  fix: 'Add datePublished and dateModified (ISO 8601 with time zone) to the article\'s JSON-LD, e.g. {"@type":"BlogPosting","datePublished":"2024-03-04T08:00:00-08:00","dateModified":"2026-10-02T09:00:00-07:00"}.',
  helpUrl: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  sources: [
    { title: 'Google: Article structured data (datePublished and dateModified)', url: 'https://developers.google.com/search/docs/appearance/structured-data/article' },
    { title: 'Google: Influence your byline dates in Google Search', url: 'https://developers.google.com/search/docs/appearance/publication-dates' },
  ],
  runsOn: 'article',
  check(facts, ctx) {
    const machine = ctx.dates.signals.some((s) => {
      if (s.source.startsWith('jsonld:') || s.source.startsWith('meta:')) return true;
      return s.source === 'time'; // a <time datetime> or microdata date of the page itself
    });
    if (machine) return [];
    const articleNode = facts.jsonLd.find((e) => e.types.some((t) => ARTICLE.test(t)));
    const visible = ctx.dates.signals.find((s) => s.source.startsWith('visible:'));
    const example = visible?.date ?? 'YYYY-MM-DD';
    return [
      {
        scope: 'page',
        message: articleNode
          ? `The ${articleNode.types[0]} JSON-LD has no datePublished or dateModified, and no article:published_time meta gives one either.`
          : 'The article has no machine-readable date: no Article JSON-LD with datePublished/dateModified and no article:published_time meta.',
        fix: articleNode
          ? `Add "datePublished": "${example}" and "dateModified" to the ${articleNode.types[0]} JSON-LD.`
          : `Add Article (or BlogPosting) JSON-LD with "datePublished": "${example}" and "dateModified", or <meta property="article:published_time" content="${example}">.`,
        data: { date: visible?.date ?? null, hasArticleJsonLd: !!articleNode },
      },
    ];
  },
};

export default rule;
