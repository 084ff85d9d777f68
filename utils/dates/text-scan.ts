// Which text the date rules read, and how they cut it: the page's own prose (not navigation,
// quotations or the reference list), split into sentences with offsets.
import type { PageFacts, TextBlock } from '../types';
import { sentenceAt as findSentence, splitSentences, type Sentence } from '../text/sentences';

const REFERENCE_HEADING = /^\s*(?:\d+\.?\s*)?(?:references?|sources?|citations?|bibliography|works cited|literature cited|footnotes|notes|further reading|endnotes|resources and references|studies cited|scientific references)\s*:?\s*$/i;
// A list item or paragraph that reads like a bibliographic reference.
const CITATION_LIKE = /\bdoi:|\bdoi\.org\/|\bet al\.|\bPMID\b|\bPMC\d|\bRetrieved (?:from|on)\b|\bAccessed\b|\b(?:19|20)\d\d;\s*\d+\s*\(\d+\)|\b(?:19|20)\d\d\s*[;:]\s*\d+[:(]|\bvol\.\s*\d|\bpp?\.\s*\d+/i;

const refCache = new WeakMap<PageFacts, Set<number>>();

/** Indices of blocks that belong to a "References"/"Sources" section, or read like citations. */
export function referenceBlocks(facts: PageFacts): Set<number> {
  const cached = refCache.get(facts);
  if (cached) return cached;
  const out = new Set<number>();
  refCache.set(facts, out);
  let inRefs = 0; // heading level that opened the section, 0 when outside
  for (const blk of facts.blocks) {
    if (blk.heading) {
      if (REFERENCE_HEADING.test(blk.text)) {
        inRefs = blk.heading;
        out.add(blk.index);
        continue;
      }
      if (inRefs && blk.heading <= inRefs) inRefs = 0;
    }
    if (inRefs) out.add(blk.index);
    else if ((blk.tag === 'li' || blk.tag === 'p' || blk.tag === 'div') && CITATION_LIKE.test(blk.text)) out.add(blk.index);
  }
  return out;
}

export interface ProseOptions {
  /** include blocks outside the main content (header, footer, aside, nav) */
  allRegions?: boolean;
  /** include quoted blocks (blockquote, q, cite) */
  quoted?: boolean;
  /** include headings */
  headings?: boolean;
}

const proseCache = new WeakMap<PageFacts, Map<string, TextBlock[]>>();

/** The page's own prose blocks: in the main content, not quoted, not in the reference list. */
export function proseBlocks(facts: PageFacts, opts: ProseOptions = {}): TextBlock[] {
  const key = `${opts.allRegions ? 1 : 0}${opts.quoted ? 1 : 0}${opts.headings === false ? 0 : 1}`;
  let byKey = proseCache.get(facts);
  if (!byKey) proseCache.set(facts, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const list = computeProse(facts, opts);
  byKey.set(key, list);
  return list;
}

function computeProse(facts: PageFacts, opts: ProseOptions): TextBlock[] {
  const refs = referenceBlocks(facts);
  const hasContent = facts.blocks.some((b) => b.inContent);
  return facts.blocks.filter((b) => {
    if (!b.text || refs.has(b.index)) return false;
    if (b.quoted && !opts.quoted) return false;
    if (b.heading && opts.headings === false) return false;
    if (opts.allRegions) return true;
    if (hasContent) return b.inContent && b.region !== 'aside' && b.region !== 'nav';
    return b.region === 'main' || b.region === 'other';
  });
}

// Sentences come from the one splitter in utils/text/sentences.ts (abbreviations, initials,
// numbers); these wrappers keep the date rules' shapes.
export type { Sentence } from '../text/sentences';
export { insideQuotes } from '../text/sentences';

/** Splits `text` into sentences with offsets. */
export function sentences(text: string): Sentence[] {
  return splitSentences(text);
}

/** The sentence of `text` that holds offset `at` (the whole text when none does). */
export function sentenceAt(text: string, at: number): Sentence {
  return findSentence(splitSentences(text), at) ?? { text, start: 0, end: text.length, index: 0 };
}

/** True when offset range [start, end) of a block overlaps link text. */
export function inLinkText(blk: TextBlock, start: number, end: number): boolean {
  return blk.spans.some((s) => s.link >= 0 && s.start < end && s.end > start);
}
