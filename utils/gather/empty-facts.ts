// PageFacts with nothing in them: what the engine reports on when gather could not run, and the
// base the detection pre-filter (detect/quick.ts) fills with its lite facts.
import type { PageFacts } from '../types';

export function emptyFacts(doc: Document, url: string | undefined): PageFacts {
  let docUrl = '';
  try {
    docUrl = doc.URL;
  } catch {
    docUrl = '';
  }
  return {
    url: url || docUrl || 'about:blank',
    title: '',
    lang: '',
    canonical: null,
    meta: Object.create(null) as Record<string, string[]>,
    jsonLd: [],
    jsonLdErrors: 0,
    blocks: [],
    links: [],
    forms: [],
    times: [],
    headings: [],
    iframes: [],
    scripts: [],
    ids: new Set(),
    contentRoot: null,
    wordCount: 0,
    totalWords: 0,
    hasArticleElement: false,
    truncated: false,
    skipped: [],
    layout: null,
    document: doc,
  };
}
