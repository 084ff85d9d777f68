// axe-core style: every rule has metadata and failing and passing fixtures, and they behave.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../utils/rules';
import { findingsOf, fixturesFor } from '../helpers/audit';
import { normalizeText } from '../../utils/text/normalize';

const CATEGORIES = ['stale', 'cta', 'phone', 'claims', 'trust', 'links'];

describe.each(allRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has complete metadata', () => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(CATEGORIES).toContain(rule.category);
    expect(id.split('/')[0]).toBe(rule.category);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    for (const key of ['title', 'description', 'why', 'fix'] as const) expect(rule[key].length, key).toBeGreaterThan(10);
  });

  const fixtures = fixturesFor(id);
  it('has failing and passing fixtures', () => {
    expect(fixtures.some((f) => f.expectFail), 'a fail-*.html fixture').toBe(true);
    expect(fixtures.some((f) => !f.expectFail), 'a pass-*.html fixture').toBe(true);
  });

  for (const fx of fixtures) {
    it(`${fx.name} ${fx.expectFail ? 'is reported' : 'passes'}`, () => {
      // Only the rule under test runs: fixtures stay fast and independent of other rules.
      const found = findingsOf(id, fx.html, { force: true, rules: [rule], ...fx.meta });
      if (!fx.expectFail) {
        expect(found.map((f) => f.message)).toEqual([]);
        return;
      }
      if (fx.meta.count != null) expect(found).toHaveLength(fx.meta.count);
      else expect(found.length).toBeGreaterThan(0);
      // Compared like the labelled-page evaluator does: dashes, quotes and white space folded.
      if (fx.meta.excerpt) expect(normalizeText(found.map((f) => `${f.excerpt} | ${f.context}`).join('\n'))).toContain(normalizeText(fx.meta.excerpt));
      for (const f of found) {
        expect(f.message.length).toBeGreaterThan(5);
        if (f.scope === 'element') expect(f.selector).toBeTruthy();
      }
    });
  }
});
