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

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
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
    const el = doc.querySelector(sel);
    if (el && textLength(el) > 200) return { root: el, hasArticle: articles.length > 0 };
  }
  return { root: null, hasArticle: articles.length > 0 };
}
