// Where the article body is, in block order: CTAs placed inside it (including boxes the template marks
// as <aside> but puts in the middle of the text) count as "in the body"; header, nav and footer never do.
import type { LinkFact, PageFacts } from '../types';

export interface BodySpan {
  /** first and last block index of the content, -1 when the page has no content blocks */
  first: number;
  last: number;
}

const cache = new WeakMap<PageFacts, BodySpan>();

export function bodySpan(facts: PageFacts): BodySpan {
  const hit = cache.get(facts);
  if (hit) return hit;
  let first = -1;
  let last = -1;
  for (const b of facts.blocks) {
    if (!b.inContent) continue;
    if (first < 0) first = b.index;
    last = b.index;
  }
  const span = { first, last };
  cache.set(facts, span);
  return span;
}

/** The link sits in the content, or between its first and last block outside the page template. */
export function inBody(link: Pick<LinkFact, 'inContent' | 'block' | 'region'>, facts: PageFacts): boolean {
  if (link.inContent) return true;
  if (link.region === 'header' || link.region === 'nav' || link.region === 'footer') return false;
  const { first, last } = bodySpan(facts);
  return link.block >= 0 && first >= 0 && link.block > first && link.block < last;
}
