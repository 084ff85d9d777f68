// Picks the element that holds the page's main content, before the walk, so the walk can tag
// every block as in or out of it. A few querySelectorAll calls and textContent lengths: cheap.

const CANDIDATES = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-content',
  '.article-body',
  '.blog-content',
  '.single-post',
  '.post-body',
  'main',
  '[role="main"]',
  '#content',
  '#main',
  '.content',
];

/**
 * The first element matching a candidate, in document order. Class, tag and id candidates use the
 * getElementsBy* lookups: as fast as querySelector in a browser, and in jsdom 5-10 times faster than
 * its selector engine, which walks a 100,000-element page once per candidate that finds nothing.
 */
function firstMatch(doc: Document, sel: string): Element | null {
  if (/^\.[\w-]+$/.test(sel)) return doc.getElementsByClassName(sel.slice(1)).item(0);
  if (/^#[\w-]+$/.test(sel)) return doc.getElementById(sel.slice(1));
  if (/^[a-z]+$/.test(sel)) return doc.getElementsByTagName(sel).item(0);
  return doc.querySelector(sel);
}

function textLength(el: Element): number {
  const text = el.textContent ?? '';
  // Collapsing white space only matters near the thresholds; a huge text is huge either way.
  return text.length > 1_000_000 ? text.length : text.replace(/\s+/g, ' ').length;
}

export function findContentRoot(doc: Document): { root: Element | null; hasArticle: boolean } {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length) {
    // Blog indexes hold many small <article> teasers; an article page has one that dominates.
    let best: Element | null = null;
    let bestLen = 0;
    let total = 0;
    for (const a of articles) {
      if (a.parentElement?.closest('article')) continue;
      const len = textLength(a);
      total += len;
      if (len > bestLen) {
        best = a;
        bestLen = len;
      }
    }
    if (best && (articles.length === 1 || bestLen >= total * 0.5)) return { root: best, hasArticle: true };
  }
  for (const sel of CANDIDATES) {
    const el = firstMatch(doc, sel);
    if (el && textLength(el) > 200) return { root: el, hasArticle: articles.length > 0 };
  }
  return { root: null, hasArticle: articles.length > 0 };
}
