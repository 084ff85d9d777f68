// One broken rule never breaks the audit: whatever a rule throws (or returns instead of findings)
// becomes one internal finding naming the rule, and every other rule still reports.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../utils/rules';
import { MAX_FINDINGS_PER_RULE } from '../../../utils/engine';
import type { FindingDraft, Rule } from '../../../utils/types';
import { auditHtml, expectValidReport, internal } from './helpers';

// A clinic article that several categories report on (stale, cta, phone, claims…).
const PAGE = `<!doctype html><html lang="en"><head><title>Ketamine for depression (2019 guide) | Example Clinic</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","datePublished":"2019-01-10"}</script></head>
<body><header><a href="/">Example Clinic</a></header><main><article>
<h1>Ketamine for depression</h1><p>Published January 10, 2019</p>
<p>Ketamine is 100% safe and cures depression. Our clinic is the only FDA approved ketamine provider.</p>
<p>Call us at 949-945-0927 to book, or <a href="tel:949 945 0927">call now</a>. <a href="#">Book now</a></p>
</article></main><footer>© 2019 Example Clinic</footer></body></html>`;

function throwing(what: () => unknown, id = 'test/throws'): Rule {
  return {
    id,
    category: 'stale',
    severity: 'error',
    title: 'always throws',
    description: '',
    why: '',
    fix: '',
    runsOn: 'any',
    check() {
      return what() as FindingDraft[];
    },
  };
}

const baseline = auditHtml(PAGE, { rules: allRules });
const ruleIds = (r: typeof baseline) => [...new Set(r.findings.map((f) => f.ruleId))].sort();

describe('rule isolation', () => {
  it('the page used here makes several rules report (so "the others still report" means something)', () => {
    expect(ruleIds(baseline).length).toBeGreaterThan(4);
    expect(internal(baseline)).toEqual([]);
  });

  it('a rule that throws becomes one internal finding with its rule id and message, and every other rule still reports', () => {
    const boom = throwing(() => {
      throw new Error('boom: cannot read properties of undefined');
    });
    const report = auditHtml(PAGE, { rules: [...allRules, boom] });
    expectValidReport(report, 'one throwing rule');
    const errs = internal(report);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ category: 'internal', scope: 'page', selector: null, data: { ruleId: 'test/throws' } });
    expect(errs[0]!.message).toBe('Rule test/throws failed on this page: boom: cannot read properties of undefined');
    // every finding of the healthy rules is still there, unchanged
    expect(report.findings.filter((f) => f.ruleId !== 'internal/rule-error')).toEqual(baseline.findings);
  });

  it('a throwing rule placed first does not stop the rules after it', () => {
    const report = auditHtml(PAGE, { rules: [throwing(() => { throw new TypeError('first'); }), ...allRules] });
    expect(internal(report)).toHaveLength(1);
    expect(report.findings.filter((f) => f.ruleId !== 'internal/rule-error')).toEqual(baseline.findings);
  });

  it('every rule in the registry, made to throw, yields exactly one internal finding naming it', () => {
    const broken = allRules.map((r) => ({ ...r, check: () => { throw new Error(`broken ${r.id}`); } }));
    const report = auditHtml(PAGE, { rules: broken });
    expectValidReport(report, 'all rules broken');
    const named = internal(report).map((f) => f.data.ruleId as string).sort();
    expect(named).toEqual(allRules.map((r) => r.id).sort());
  });

  it('odd things thrown (a string, null, undefined, a Symbol, an object whose toString throws, a cross-realm DOMException) are described without a second crash', () => {
    const nasty = Object.create(null);
    const getterBomb = { get message(): string { throw new Error('getter'); } };
    const things: unknown[] = ['plain string', null, undefined, Symbol('sym'), nasty, getterBomb, 42, new (window.DOMException)('frame blocked', 'SecurityError')];
    const rules = things.map((t, i) => throwing(() => { throw t; }, `test/throws-${i}`));
    const report = auditHtml(PAGE, { rules: [...rules, ...allRules] });
    expectValidReport(report, 'odd throws');
    const errs = internal(report);
    expect(errs).toHaveLength(things.length);
    const msg = (i: number) => errs.find((f) => f.data.ruleId === `test/throws-${i}`)!.message;
    expect(msg(0)).toMatch(/failed on this page: plain string$/);
    expect(msg(1)).toMatch(/: null$/);
    expect(msg(3)).toMatch(/Symbol\(sym\)$/);
    expect(msg(4)).toMatch(/could not be described$/);
    expect(msg(5)).toMatch(/could not be described$/);
    expect(msg(7)).toMatch(/frame blocked$/);
    expect(report.findings.filter((f) => !f.ruleId.startsWith('internal/'))).toEqual(baseline.findings);
  });

  it('a rule that returns something other than a list of findings is reported like a throw', () => {
    const outs: unknown[] = [undefined, null, 'oops', { message: 'not in an array' }, 7];
    const rules = outs.map((o, i) => throwing(() => o, `test/returns-${i}`));
    const report = auditHtml(PAGE, { rules: [...rules, ...allRules] });
    expectValidReport(report, 'bad return values');
    const errs = internal(report);
    expect(errs).toHaveLength(outs.length);
    expect(errs.map((f) => f.message)).toContain('Rule test/returns-0 failed on this page: check() returned undefined instead of a list of findings');
    expect(report.findings.filter((f) => !f.ruleId.startsWith('internal/'))).toEqual(baseline.findings);
  });

  it('malformed findings (no message, circular data, bad severity/scope/element) are dropped or cleaned, counted once, and the report stays valid', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const rule = throwing(() => [
      { message: 'kept: valid finding', excerpt: 'ok' },
      { message: '' },
      null,
      'a string',
      { message: 'circular', data: circular },
      { message: 'BigInt data', data: { n: BigInt(1) } },
      { message: 'kept: bad severity and scope are replaced by defaults', severity: 'catastrophic', scope: 'everywhere', excerpt: 42, element: 'not an element' },
    ], 'test/malformed');
    const report = auditHtml(PAGE, { rules: [rule] });
    expectValidReport(report, 'malformed drafts');
    const kept = report.findings.filter((f) => f.ruleId === 'test/malformed');
    expect(kept.map((f) => f.message)).toEqual(['kept: valid finding', 'kept: bad severity and scope are replaced by defaults']);
    expect(kept[1]).toMatchObject({ severity: 'error', scope: 'page', excerpt: '', selector: null });
    const errs = internal(report);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toMatch(/^Rule test\/malformed returned 5 malformed finding\(s\) on this page \(a finding had no message\); they were left out\.$/);
  });

  it(`a rule that reports thousands of problems lists the first ${MAX_FINDINGS_PER_RULE} and says so in a limitation finding`, () => {
    const flood = throwing(() => Array.from({ length: 5000 }, (_, i) => ({ message: `problem ${i}`, excerpt: `problem ${i}` })), 'test/flood');
    const report = auditHtml(PAGE, { rules: [flood] });
    expectValidReport(report, 'flood');
    expect(report.findings.filter((f) => f.ruleId === 'test/flood')).toHaveLength(MAX_FINDINGS_PER_RULE);
    const lim = internal(report, 'internal/limitation');
    expect(lim).toHaveLength(1);
    expect(lim[0]!.message).toBe(`Rule test/flood found 5000 problems; only the first ${MAX_FINDINGS_PER_RULE} are listed.`);
  });

  it('a rule disabled in the config is not run at all (so a broken disabled rule costs nothing)', () => {
    const boom = throwing(() => { throw new Error('should not run'); });
    const report = auditHtml(PAGE, { rules: [boom, ...allRules], config: { rules: { 'test/throws': { enabled: false } } } });
    expect(internal(report)).toEqual([]);
  });
});
