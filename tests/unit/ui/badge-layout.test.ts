import { describe, expect, it } from 'vitest';
import { BADGE, layoutBadges, overlap, type Rect } from '@/entrypoints/content/badge-layout';

const rect = (left: number, top: number, width: number, height = 20): Rect => ({ left, top, right: left + width, bottom: top + height });
const viewport = rect(0, 0, 1000, 800);

/** A tiny deterministic random generator (tests must not depend on Math.random). */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('layoutBadges', () => {
  it('puts a badge in the margin left of the words, on their line', () => {
    const [spot] = layoutBadges([{ rects: [rect(200, 100, 120)], clip: viewport }]);
    expect(spot).not.toBeNull();
    expect(spot!.right).toBeLessThanOrEqual(200);
    expect(spot!.left).toBeGreaterThan(200 - BADGE - 10);
    expect((spot!.top + spot!.bottom) / 2).toBeCloseTo(110);
  });

  it('words in the middle of a line: the badge goes in the margin of their paragraph, at their line', () => {
    const words = rect(400, 200, 120);
    const [spot] = layoutBadges([{ rects: [words], clip: viewport, gutter: 80 }]);
    expect(spot!.right).toBeLessThanOrEqual(80);
    expect((spot!.top + spot!.bottom) / 2).toBeCloseTo(210);
  });

  it('two findings on one line of one paragraph: side by side in the margin', () => {
    const spots = layoutBadges([
      { rects: [rect(200, 100, 80)], clip: viewport, gutter: 80 },
      { rects: [rect(300, 100, 80)], clip: viewport, gutter: 80 },
    ]);
    expect(spots[0]!.right).toBeLessThanOrEqual(80);
    expect(spots[1]!.right).toBeLessThanOrEqual(spots[0]!.left);
  });

  it('two findings on one line: neither badge covers the other or any marked words', () => {
    const a = rect(200, 100, 80);
    const b = rect(290, 100, 80);
    const spots = layoutBadges([
      { rects: [a], clip: viewport },
      { rects: [b], clip: viewport },
    ]);
    expect(spots.every(Boolean)).toBe(true);
    expect(overlap(spots[0]!, spots[1]!)).toBe(false);
    for (const s of spots) expect([a, b].some((r) => overlap(r, s!))).toBe(false);
  });

  it('words at the left edge of the window: the badge goes right of them, not off screen', () => {
    const [spot] = layoutBadges([{ rects: [rect(0, 300, 900)], clip: viewport }]);
    expect(spot!.left).toBeGreaterThanOrEqual(0);
    expect(spot!.right).toBeLessThanOrEqual(1000);
    expect(overlap(spot!, rect(0, 300, 900))).toBe(false);
  });

  it('a finding scrolled out of its clip gets no badge (it is not pinned to the edge)', () => {
    expect(layoutBadges([{ rects: [rect(100, 900, 50)], clip: viewport }])).toEqual([null]);
  });

  it('wider badges for two-digit numbers are laid out at their width', () => {
    const spots = layoutBadges(
      [
        { rects: [rect(300, 100, 40)], clip: viewport },
        { rects: [rect(300, 104, 40)], clip: viewport },
      ],
      [24, 34],
    );
    expect(spots[1]!.right - spots[1]!.left).toBe(34);
    expect(overlap(spots[0]!, spots[1]!)).toBe(false);
  });

  it('crowded pages (random lines of findings): no two badges overlap and none covers its own words', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const targets = Array.from({ length: 5 + Math.floor(random() * 40) }, () => {
        const top = Math.floor(random() * 38) * 20;
        const lines = 1 + Math.floor(random() * 3);
        const rects = Array.from({ length: lines }, (_, i) => rect(40 + random() * 600, top + i * 20, 20 + random() * 300));
        return { rects, clip: viewport };
      });
      const spots = layoutBadges(targets);
      const placed = spots.filter((s): s is Rect => s !== null);
      expect(placed.length, `seed ${seed}: every target on screen gets a badge`).toBe(targets.length);
      for (let i = 0; i < spots.length; i++) {
        const s = spots[i]!;
        expect(s.left >= 0 && s.top >= 0 && s.right <= 1000 && s.bottom <= 800, `seed ${seed}: badge ${i} inside the window`).toBe(true);
        expect(targets[i]!.rects.some((r) => overlap(r, s)), `seed ${seed}: badge ${i} covers its own words`).toBe(false);
        for (let j = i + 1; j < spots.length; j++) expect(overlap(s, spots[j]!), `seed ${seed}: badges ${i} and ${j} overlap`).toBe(false);
      }
    }
  });
});
