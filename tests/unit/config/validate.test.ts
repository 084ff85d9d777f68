// The shared config check (CLI --config, settings import, options page) refuses what could hurt
// an audit: impossible dates and custom claim patterns that backtrack catastrophically.
import { describe, expect, it } from 'vitest';
import { hasNestedQuantifier, validateConfig } from '../../../utils/config/validate';

const claim = (extra: Record<string, unknown>) => ({ claims: [{ id: 'c1', pattern: 'ketamine is FDA.approved', fact: 'It is not.', ...extra }] });

describe('validateConfig: custom claims', () => {
  it('accepts a plain custom claim', () => {
    expect(validateConfig(claim({ trueFrom: '2024-02-29', recheckBy: null })).ok).toBe(true);
  });

  it('refuses impossible calendar days, naming the field', () => {
    for (const day of ['2025-13-45', '2025-02-30', '2023-02-29', '0000-00-00']) {
      const r = validateConfig(claim({ falseFrom: day }));
      expect(r.ok, day).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(/claims\[0\]\.falseFrom must be YYYY-MM-DD/);
    }
  });

  it('refuses a pattern with nested repetition, which could hang every audit, and says why', () => {
    const r = validateConfig(claim({ pattern: '(a+)+$' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/claims\[0\]\.pattern repeats a group that repeats/);
  });
});

describe('hasNestedQuantifier', () => {
  it.each(['(a+)+$', '(\\w*\\s?)*', '(x{2,})+', '((ab)+c)*', '(?:a|b+)*', '(a*){2,}'])('flags %s', (p) => {
    expect(hasNestedQuantifier(p)).toBe(true);
  });
  it.each(['ketamine (is|was) FDA.approved', 'Spravato( nasal spray)? (alone|by itself)', '[(+)]+', '\\(a+\\)+', '(a{3})+', '(\\d+) patients', '\\b(988|911)\\b'])('passes %s', (p) => {
    expect(hasNestedQuantifier(p)).toBe(false);
  });
});
