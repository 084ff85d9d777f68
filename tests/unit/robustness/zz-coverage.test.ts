import fc from 'fast-check';
import { it } from 'vitest';
import { page, mutate, mutation } from '/work/main/tests/unit/robustness/arbitraries';
import { auditHtml, seedPages } from '/work/main/tests/unit/robustness/helpers';
import { allRules } from '/work/main/utils/rules';
it('coverage', () => {
  const seen = new Map<string, number>();
  const pages = fc.sample(page, { seed: 7, numRuns: 150 });
  const seeds = seedPages();
  const muts = fc.sample(fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })), { seed: 8, numRuns: 60 }).map(([s, m]) => mutate(s.html, m));
  let sizes = 0;
  for (const h of [...pages, ...muts]) { sizes += h.length; for (const f of auditHtml(h).findings) seen.set(f.ruleId, (seen.get(f.ruleId) ?? 0) + 1); }
  console.log('avg size', Math.round(sizes / (pages.length + muts.length)));
  console.log([...seen].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
  console.log('never fired:', allRules.map(r => r.id).filter(id => !seen.has(id)).join(', '));
});
