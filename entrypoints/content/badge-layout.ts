// Where the numbered badges of "Mark all in page" go. Pure geometry, no DOM, so it is unit-tested.
//
// A badge sits beside the words it numbers, never on them: in the margin left of the block the
// words are in, at the height of their first line (where line numbers would be); else just left of
// the first line, right of the last line, above or below. A spot is taken only if
// it stays inside the visible area, covers no other badge and no marked words; when the page is
// crowded, spots further out along the line are tried, then a spot that covers someone else's
// words (never its own, never another badge). Badges are placed in reading order, so the first
// findings get the nearest spots.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BadgeTarget {
  /** the outlined boxes of the finding (one per line of its words), in viewport coordinates */
  rects: readonly Rect[];
  /** the visible area the finding is drawn in (viewport ∩ its scroll containers) */
  clip: Rect;
  /** the left edge of the block (paragraph, list item, button) the words are in */
  gutter?: number;
}

export const BADGE = 24;
const GAP = 3;
/** how many steps further out along the line to look before giving up on an uncovered spot */
const STEPS = 8;

export const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Rect, clip: Rect) => a.left >= clip.left && a.top >= clip.top && a.right <= clip.right && a.bottom <= clip.bottom;
const at = (left: number, top: number, w: number): Rect => ({ left, top, right: left + w, bottom: top + BADGE });

/** Candidate spots for one badge of width w, best first. */
function* spots(rects: readonly Rect[], w: number, gutter: number | undefined): Generator<Rect> {
  const first = rects[0]!;
  const last = rects[rects.length - 1]!;
  const midFirst = (first.top + first.bottom) / 2 - BADGE / 2;
  const midLast = (last.top + last.bottom) / 2 - BADGE / 2;
  // the block's margin, side by side when a line has several findings
  if (gutter !== undefined && gutter < first.left) for (let k = 0; k < 4; k++) yield at(gutter - GAP - w - k * (w + GAP), midFirst, w);
  for (let k = 0; k < STEPS; k++) {
    const step = k * (w + GAP);
    yield at(first.left - GAP - w - step, midFirst, w); // left of the first line
    yield at(last.right + GAP + step, midLast, w); // right of the last line
    yield at(first.left + step, first.top - GAP - BADGE, w); // above the first line
    yield at(last.left + step, last.bottom + GAP, w); // below the last line
  }
}

/**
 * One spot per target (null when the target has no visible box). `widths` are the badges' widths
 * (a two-digit number is wider); BADGE when absent.
 */
export function layoutBadges(targets: readonly BadgeTarget[], widths: readonly number[] = []): Array<Rect | null> {
  const visible = targets.map((t) => t.rects.filter((r) => overlap(r, t.clip)));
  const words = visible.flat();
  const placed: Rect[] = [];
  return targets.map((t, i) => {
    const rects = visible[i]!;
    if (!rects.length) return null;
    const w = widths[i] ?? BADGE;
    const free = (s: Rect) => inside(s, t.clip) && !placed.some((p) => overlap(p, s));
    const coversOwn = (s: Rect) => rects.some((r) => overlap(r, s));
    const coversAny = (s: Rect) => words.some((r) => overlap(r, s));
    let spot: Rect | undefined;
    // 1. beside the words, covering no marked words; 2. covering other findings' words only
    for (const test of [(s: Rect) => free(s) && !coversAny(s), (s: Rect) => free(s) && !coversOwn(s)]) {
      for (const s of spots(rects, w, t.gutter)) if (test(s)) { spot = s; break; }
      if (spot) break;
    }
    // 3. a crowded corner: the nearest free spot inside the clip, scanning outwards from the first line
    spot ??= scan(rects[0]!, t.clip, w, (s) => free(s) && !coversOwn(s)) ?? scan(rects[0]!, t.clip, w, free);
    if (!spot) return null; // no room at all (a clip smaller than a badge)
    placed.push(spot);
    return spot;
  });
}

/** Rings of spots around `near`, nearest first, inside `clip`. */
function scan(near: Rect, clip: Rect, w: number, ok: (s: Rect) => boolean): Rect | undefined {
  const stepX = w + GAP;
  const stepY = BADGE + GAP;
  const x0 = near.left - stepX;
  const y0 = (near.top + near.bottom) / 2 - BADGE / 2;
  const rings = Math.ceil(Math.max(clip.right - clip.left, clip.bottom - clip.top) / Math.min(stepX, stepY)) + 1;
  for (let ring = 0; ring <= rings; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const s = at(x0 + dx * stepX, y0 + dy * stepY, w);
        if (ok(s)) return s;
      }
    }
  }
  return undefined;
}
