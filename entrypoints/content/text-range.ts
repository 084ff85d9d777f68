// Finds the exact words of a finding inside its element, as a DOM Range, so the overlay can outline
// "949-945-0927" instead of the whole paragraph. The report carries the words (excerpt), the block
// text (context) and, for many text findings, offsets into the engine's block text (data.range);
// here the words are looked up again in the live DOM with a TreeWalker over the element's text
// nodes, comparing text the way the engine collapses it (white space runs = one space) and folding
// case, curly quotes and dashes. The offsets only pick the right one when the words occur twice.
// Reads the DOM, never changes it.
import type { TargetSpec } from '@/utils/messaging';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

export interface CollectedText {
  /** the element's text with white space collapsed, folded for comparison */
  text: string;
  /** for each character of `text`: its text node and offset in that node */
  at: Array<{ node: Text; offset: number }>;
}

/** One character folded for comparison; always one UTF-16 unit so offsets stay aligned. */
function fold(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u201b' || ch === '\u2032') return "'";
  if (ch === '\u201c' || ch === '\u201d' || ch === '\u201f' || ch === '\u2033') return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Folds and collapses a string the same way collectText does. */
export function foldText(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')) {
    // code points outside the BMP stay as they are (two units, compared as is)
    const f = ch.length === 1 ? fold(ch) : ch;
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/**
 * The visible-ish text under `root` (script/style skipped, elements with the `hidden` attribute
 * skipped), collapsed and folded, with a map back to text nodes.
 */
export function collectText(root: Element, isSkipped?: (el: Element) => boolean): CollectedText {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || isSkipped?.(el)) return 2; // FILTER_REJECT: skip the subtree
        return 3; // FILTER_SKIP: look at the children
      }
      return 1; // FILTER_ACCEPT
    },
  });
  let text = '';
  const at: CollectedText['at'] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node as Text;
    const data = t.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/[\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
      const f = fold(ch);
      if (f === ' ' && (text === '' || text.endsWith(' '))) continue;
      text += f;
      at.push({ node: t, offset: i });
    }
  }
  return { text, at };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

interface Needle {
  text: string;
  /** length of the match in the page when longer than `text` (a clipped excerpt) */
  length?: number;
}

/** What to look for, best first. */
export function needlesFor(spec: Pick<TargetSpec, 'excerpt' | 'context' | 'range'>): Needle[] {
  const out: Needle[] = [];
  const { range, context, excerpt } = spec;
  const span = range && range.end > range.start ? range.end - range.start : 0;
  // The block text itself, cut at the engine's offsets: exact when the context was not clipped.
  if (range && span && context && !context.endsWith('…') && range.end <= context.length) {
    const words = foldText(context.slice(range.start, range.end));
    if (words.length >= 2) out.push({ text: words });
  }
  if (excerpt) {
    const clipped = excerpt.endsWith('…');
    const words = foldText(clipped ? excerpt.slice(0, -1) : excerpt);
    if (words.length >= 2) out.push(clipped && span > words.length ? { text: words, length: span } : { text: words });
  }
  return out;
}

export interface FoundText {
  range: Range;
  /** index of the match in the collected text */
  index: number;
}

/**
 * The Range of the finding's words inside `el`, or null when they cannot be found (then the overlay
 * outlines the element).
 */
export function findTextRange(el: Element, spec: Pick<TargetSpec, 'excerpt' | 'context' | 'range'>, isSkipped?: (el: Element) => boolean): FoundText | null {
  const needles = needlesFor(spec);
  if (!needles.length) return null;
  const collected = collectText(el, isSkipped);
  if (!collected.text) return null;
  for (const needle of needles) {
    const hits = occurrences(collected.text, needle.text);
    if (!hits.length) continue;
    // Several matches: take the one nearest to where the engine saw it.
    const expected = spec.range?.start ?? 0;
    const index = hits.reduce((best, i) => (Math.abs(i - expected) < Math.abs(best - expected) ? i : best), hits[0]!);
    const length = Math.min(needle.length ?? needle.text.length, collected.text.length - index);
    let end = index + length - 1;
    // never end on a collapsed space
    while (end > index && collected.text[end] === ' ') end--;
    const first = collected.at[index]!;
    const last = collected.at[end]!;
    const range = el.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return { range, index };
  }
  return null;
}
