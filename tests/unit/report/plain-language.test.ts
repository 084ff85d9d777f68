// Issue 13: what users read about a rule is plain language. No catalog ids, source markers or other
// tools' rule names in any title, description, why or fix; the sources live in the rule's help as
// titled links. (Messages produced on the labelled pages are checked in tests/corpus/*labeled*.)
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../utils/rules';
import { linkCheckRules } from '../../../utils/linkcheck/rules';
import { wordingProblems } from '../../helpers/wording';

const rules = [...allRules, ...linkCheckRules];

describe('rule metadata reads as plain language', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const texts = [rule.title, rule.description, rule.why, rule.fix];
    expect(texts.flatMap((t) => wordingProblems(t))).toEqual([]);
    expect(rule.sources?.length ?? 0).toBeGreaterThan(0);
    for (const s of rule.sources ?? []) {
      expect(s.title.trim().length).toBeGreaterThan(3);
      expect(wordingProblems(s.title)).toEqual([]);
      expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('the checker itself catches what issue 13 found', () => {
    expect(wordingProblems('Why: (catalog PHN-002, [S32][S37e])').length).toBeGreaterThanOrEqual(2);
    expect(wordingProblems('squirrelscan\'s eeat/author-byline rule checks the same signal')).not.toEqual([]);
    expect(wordingProblems('Add a e-mail link')).not.toEqual([]);
    expect(wordingProblems('The article has no call to action', { pageKind: 'other' })).not.toEqual([]);
    expect(wordingProblems('The article has no call to action', { pageKind: 'clinic-article' })).toEqual([]);
  });
});
