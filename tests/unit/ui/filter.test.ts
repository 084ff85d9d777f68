import { describe, expect, it } from 'vitest';
import { NO_FILTERS, categoryCounts, displayOrder, filterFindings, groupFindings, isFiltered, numberFindings } from '@/components/filter';
import type { Finding } from '@/utils/types';

let n = 0;
const f = (category: Finding['category'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  id: `f-${++n}`,
  ruleId: `${category}/rule-${n}`,
  category,
  severity,
  scope: 'element',
  message: `message ${n}`,
  excerpt: '',
  context: '',
  selector: 'p',
  fix: '',
  helpUrl: '',
  data: {},
  ...extra,
});

const findings = [
  f('phone', 'warning', { message: 'The number 949-945-0927 is plain text' }),
  f('stale', 'info', { scope: 'page', selector: null }),
  f('phone', 'error'),
  f('stale', 'error', { excerpt: 'Café prices 2019' }),
  f('internal', 'info', { scope: 'page', selector: null }),
  f('cta', 'warning'),
];

describe('groupFindings', () => {
  it('groups by category in the fixed order, then by severity, keeping page order within', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.category, g.count, g.severities.map((s) => `${s.severity}:${s.findings.map((x) => x.id).join(',')}`)])).toEqual([
      ['stale', 2, [`error:${findings[3]!.id}`, `info:${findings[1]!.id}`]],
      ['cta', 1, [`warning:${findings[5]!.id}`]],
      ['phone', 2, [`error:${findings[2]!.id}`, `warning:${findings[0]!.id}`]],
      ['internal', 1, [`info:${findings[4]!.id}`]],
    ]);
    expect(displayOrder(groups).map((x) => x.id)).toEqual([3, 1, 5, 2, 0, 4].map((i) => findings[i]!.id));
  });

  it('categoryCounts follows the same order', () => {
    expect(categoryCounts(findings)).toEqual([
      { category: 'stale', count: 2 },
      { category: 'cta', count: 1 },
      { category: 'phone', count: 2 },
      { category: 'internal', count: 1 },
    ]);
  });
});

describe('filters', () => {
  it('no filters keeps everything', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(filterFindings(findings, NO_FILTERS)).toHaveLength(findings.length);
  });

  it('severity: any of the chosen ones', () => {
    const out = filterFindings(findings, { ...NO_FILTERS, severities: ['error', 'warning'] });
    expect(out.map((x) => x.severity).sort()).toEqual(['error', 'error', 'warning', 'warning']);
  });

  it('category', () => {
    expect(filterFindings(findings, { ...NO_FILTERS, category: 'phone' }).every((x) => x.category === 'phone')).toBe(true);
  });

  it('search: every word, case- and accent-insensitive, in message, excerpt, fix, rule id and rule title', () => {
    expect(filterFindings(findings, { ...NO_FILTERS, query: 'PLAIN 0927' }).map((x) => x.id)).toEqual([findings[0]!.id]);
    expect(filterFindings(findings, { ...NO_FILTERS, query: 'cafe 2019' }).map((x) => x.id)).toEqual([findings[3]!.id]);
    const rules = { [findings[5]!.ruleId]: { id: findings[5]!.ruleId, title: 'Booking link goes nowhere', category: 'cta' as const, severity: 'error' as const, why: '', fix: '', helpUrl: '' } };
    expect(filterFindings(findings, { ...NO_FILTERS, query: 'booking' }, rules).map((x) => x.id)).toEqual([findings[5]!.id]);
    expect(isFiltered({ ...NO_FILTERS, query: '  ' })).toBe(false);
  });
});

describe('numberFindings', () => {
  it('numbers the findings with an element 1…n in display order (page-level ones get none)', () => {
    const order = displayOrder(groupFindings(findings));
    const numbers = numberFindings(order);
    expect([...numbers.values()]).toEqual([1, 2, 3, 4]);
    expect(numbers.has(findings[1]!.id)).toBe(false);
    expect(numbers.get(findings[3]!.id)).toBe(1);
  });
});
