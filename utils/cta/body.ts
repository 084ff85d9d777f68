// Where the article body is, in block order. CTAs placed inside it count as "in the body", and so do
// CTA boxes the template puts right after it (an end-of-post banner inside <main>, before the footer,
// sidebar or related posts). Header, nav and footer never do.
import type { LinkFact, PageFacts, Region } from '../types';

export interface BodySpan {
  /** first and last block index of the content, -1 when the page has no content blocks */
  first: number;
  last: number;
  /** first footer/sidebar block after the content (Infinity when none): where the body zone ends */
  end: number;
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
  let end = Infinity;
  if (last >= 0) {
    for (let i = last + 1; i < facts.blocks.length; i++) {
      const r = facts.blocks[i]!.region;
      if (r === 'footer' || r === 'aside' || r === 'nav' || r === 'header') {
        end = i;
        break;
      }
    }
  }
  const span = { first, last, end };
  cache.set(facts, span);
  return span;
}

/** A block (by index and region) in the content, or between the content's start and the template after it. */
export function inBodyZone(facts: PageFacts, block: number, region: Region, inContent: boolean): boolean {
  if (inContent) return true;
  if (block < 0 || (region !== 'main' && region !== 'other')) return false;
  const { first, end } = bodySpan(facts);
  return first >= 0 && block > first && block < end;
}

/** The link sits in the content, or in a CTA box placed in or right after it. */
export function inBody(link: Pick<LinkFact, 'inContent' | 'block' | 'region'>, facts: PageFacts): boolean {
  return inBodyZone(facts, link.block, link.region, link.inContent);
}
