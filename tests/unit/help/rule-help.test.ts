// The help pages' data (utils/help/rule-help.json) is built from the rules and their fixtures; it must
// match them, so a changed rule text or fixture means `npm run rule-help`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildRuleWhy, HELP_FILE, WHY_FILE } from '../../../scripts/rule-help';
import { allRules } from '../../../utils/rules';
import { linkCheckRules } from '../../../utils/linkcheck/rules';
import { helpAsText, type RuleHelp } from '../../../utils/help/build';

describe('rule help', () => {
  const stored = JSON.parse(readFileSync(HELP_FILE, 'utf8'));

  it('is up to date with the rules (run `npm run rule-help` if not)', () => {
    // The rule texts are compared in full; the examples (audits of the fixtures, which the rule
    // fixture tests run already) only for being there, to keep the suite fast.
    const texts = ({ id, title, category, severity, checks, why, fix, sources }: Pick<RuleHelp, 'id' | 'title' | 'category' | 'severity' | 'checks' | 'why' | 'fix' | 'sources'>) => ({ id, title, category, severity, checks, why, fix, sources });
    const rules = [...allRules, ...linkCheckRules].map((r) => texts({ ...r, checks: r.description, sources: r.sources ?? [] }));
    expect(stored.map(texts)).toEqual(rules);
    expect(JSON.parse(readFileSync(WHY_FILE, 'utf8'))).toEqual(buildRuleWhy(stored));
  });

  it('covers every rule, each with why, fix and sources, and an example of each engine rule failing and passing', () => {
    const ids = [...allRules, ...linkCheckRules].map((r) => r.id).sort();
    expect(stored.map((h: { id: string }) => h.id).sort()).toEqual(ids);
    for (const h of stored) {
      expect(h.why && h.fix && h.sources.length, h.id).toBeTruthy();
      if (!h.network) {
        expect(h.failing?.finding?.message, `${h.id} failing example`).toBeTruthy();
        expect(h.passing?.text, `${h.id} passing example`).toBeTruthy();
      }
    }
  });

  it('reads as text for `cliniclint explain`', () => {
    const text = helpAsText(stored.find((h: { id: string }) => h.id === 'phone/unlinked-number'));
    expect(text).toContain('Why it matters:');
    expect(text).toContain('How to fix:');
    expect(text).toMatch(/Fails: ".+"\n  Clinic Lint says: .+/);
    expect(text).toContain('Sources:');
  });
});
