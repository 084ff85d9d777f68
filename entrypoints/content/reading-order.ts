// Marks are numbered in reading order: top of the page first, as a reader meets them, whatever order
// the popup lists the findings in (it groups them by category). Elements in one document compare by
// document position, words within one element by where they start; elements in different frames keep
// the popup's order.

export interface Placed {
  el: Element;
  range: Range | null;
}

function compare(a: Placed, b: Placed): number {
  if (a.el === b.el) {
    if (a.range && b.range) return a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range);
    return a.range ? 1 : b.range ? -1 : 0; // the element's own mark before the words inside it
  }
  const pos = a.el.compareDocumentPosition(b.el);
  if (pos & 1 /* DISCONNECTED: another document */) return 0;
  if (pos & 16 /* b CONTAINED_BY a */) return -1;
  if (pos & 8 /* b CONTAINS a */) return 1;
  return pos & 4 /* b FOLLOWING */ ? -1 : 1;
}

/** The items sorted into reading order (a stable sort: ties keep their order). */
export function inReadingOrder<T extends Placed>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => compare(x.item, y.item) || x.i - y.i)
    .map((x) => x.item);
}
