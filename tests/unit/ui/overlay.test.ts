import { describe, expect, it } from 'vitest';
import { lineRects } from '@/entrypoints/content/overlay';

const r = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;

describe('lineRects', () => {
  it('merges the inline fragments of one line and keeps lines apart; drops empty rects', () => {
    const lines = lineRects([r(10, 100, 50, 20), r(60, 101, 30, 18), r(0, 0, 0, 0), r(10, 124, 80, 20)]);
    expect(lines).toEqual([
      { left: 10, top: 100, right: 90, bottom: 120 },
      { left: 10, top: 124, right: 90, bottom: 144 },
    ]);
  });
});
