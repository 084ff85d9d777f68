// The benchmark's pure helpers (bench/lib). No timing is asserted here: the bench runs separately.
import { describe, expect, it } from 'vitest';
import { axeFigure, axeMoreRuns, checkBudgets, median, percentile, ratio, summarize } from '../../../bench/lib/stats.mjs';
import { decodeSourceMap, moduleAt, originalPosition } from '../../../bench/lib/bundle.mjs';
import { quickSubset } from '../../../bench/lib/corpus.mjs';

describe('bench statistics', () => {
  it('median of odd and even counts, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, NaN, 3])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('nearest-rank percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3], 50)).toBe(2);
  });

  it('summarize and ratio', () => {
    expect(summarize([1, 2, 3, 4, 100])).toEqual({ n: 5, median: 3, p95: 100, max: 100 });
    expect(ratio(10, 2)).toBe(5);
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(NaN, 1)).toBeNull();
  });

  it('caps axe runs on slow pages and picks the figure', () => {
    const plan = (times: number[]) => {
      // replays the bench loop with pre-recorded run times
      const timed = [times[0]!];
      for (let n; (n = axeMoreRuns(timed, { runs: 5 })) > 0; ) for (let k = 0; k < n; k++) timed.push(times[timed.length]!);
      return timed;
    };
    expect(plan([400, 90, 110, 120, 130, 140, 999])).toEqual([400, 90, 110, 120, 130, 140]); // cold first, then 5 timed
    expect(plan([1500, 900, 800, 999])).toEqual([1500, 900, 800]); // slow: three in all
    expect(plan([45_000, 999])).toEqual([45_000]); // huge: once
    expect(axeFigure([400, 90, 110, 120, 130, 140])).toBe(120); // warm-up left out
    expect(axeFigure([1500, 900, 800])).toBe(850);
    expect(axeFigure([45_000])).toBe(45_000);
  });

  it('checks every budget of issue 6, with missing figures as n/a', () => {
    const budgets = checkBudgets({ auditMedian: 4, auditP95: 30, detectMedianNonClinic: 0.5, auditMax: 150, axeOverAudit: 29.9, scaling100: 100, bundleKB: null, popupMs: 200 });
    const pass = Object.fromEntries(budgets.map((b) => [b.id, b.pass]));
    expect(pass).toEqual({
      'audit-median': true,
      'audit-p95': false,
      'detect-median-nonclinic': true,
      'audit-worst': true,
      'axe-ratio': false,
      'scaling-100x': true,
      bundle: null,
      popup: true,
    });
  });
});

describe('bench bundle helpers', () => {
  it('maps bundle lines to modules', () => {
    const modules = [
      { line: 3, file: 'utils/a.ts' },
      { line: 40, file: 'utils/b.ts' },
    ];
    expect(moduleAt(modules, 1)).toBeNull();
    expect(moduleAt(modules, 3)).toBe('utils/a.ts');
    expect(moduleAt(modules, 39)).toBe('utils/a.ts');
    expect(moduleAt(modules, 400)).toBe('utils/b.ts');
  });

  it('decodes a source map (VLQ) to original lines', () => {
    // line 0: col 0 → a.ts 0:0; col 10 → a.ts 2:4; line 1 (after ";"): col 2 → b.ts 7:0
    const sm = decodeSourceMap({ sources: ['../../utils/a.ts', '../../node_modules/x/b.js'], mappings: 'AAAA,UAEI;ECKJ' });
    expect(originalPosition(sm, 0, 0)).toEqual({ file: 'utils/a.ts', line: 1 });
    expect(originalPosition(sm, 0, 12)).toEqual({ file: 'utils/a.ts', line: 3 });
    expect(originalPosition(sm, 1, 5)).toEqual({ file: 'node_modules/x/b.js', line: 8 });
    expect(originalPosition(sm, 5, 0)).toBeNull();
  });
});

describe('quick subset', () => {
  it('keeps every labelled page and spreads the others over sizes', () => {
    const pages = [
      ...Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, rel: `real/readability/r${i}.html`, group: 'readability', clinic: false, bytes: i * 1000 })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `l${i}`, rel: `labeled/l${i}.html`, group: 'labeled', clinic: true, bytes: 10 })),
    ];
    const q = quickSubset(pages, 4);
    expect(q.filter((p) => p.group === 'labeled')).toHaveLength(3);
    const r = q.filter((p) => p.group === 'readability').map((p) => p.bytes);
    expect(r).toHaveLength(4);
    expect(Math.min(...r)).toBe(0);
    expect(Math.max(...r)).toBe(19_000);
  });
});
