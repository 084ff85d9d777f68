// New and fixed findings between two audits of one page: by stable id, then by rule + excerpt when
// an edit moved the elements (selectors shift).
import { describe, expect, test } from 'vitest';
import { diffFindings, diffReports } from '../../../utils/report/diff';
import { audit } from '../../helpers/audit';

const URL = 'https://clinic.example/blog/ketamine';
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Ketamine for back pain</title></head><body><main><article><h1>Ketamine for back pain</h1>${body}</article></main></body></html>`;
const run = (body: string) => audit(page(body), { url: URL, config: { budgetMs: 60_000 } });
const phones = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.ruleId === 'phone/unlinked-number').map((f) => f.excerpt).sort();

describe('diffReports', () => {
  test('the same page twice: nothing new, nothing fixed', () => {
    const a = run('<p>Call 949-945-0927 to book.</p>');
    const d = diffReports(a, run('<p>Call 949-945-0927 to book.</p>'));
    expect(d.added).toEqual([]);
    expect(d.fixed).toEqual([]);
    expect(d.unchanged.length).toBe(a.findings.length);
    expect(d.unchanged.every((p) => !p.moved)).toBe(true);
  });

  test('a number linked, another added: one fixed, one new', () => {
    const before = run('<p>Call 949-945-0927 to book.</p><p>Questions? Text us.</p>');
    const after = run('<p>Call <a href="tel:+19499450927">949-945-0927</a> to book.</p><p>Questions? Call 949-945-0999.</p>');
    const d = diffReports(before, after);
    expect(d.fixed.filter((f) => f.ruleId === 'phone/unlinked-number').map((f) => f.excerpt)).toEqual(['949-945-0927']);
    expect(d.added.filter((f) => f.ruleId === 'phone/unlinked-number').map((f) => f.excerpt)).toEqual(['949-945-0999']);
  });

  test('a paragraph inserted above shifts selectors: the finding is matched by rule + excerpt, not new', () => {
    const before = run('<p>Call 949-945-0927 to book.</p>');
    const after = run('<p>We moved to a new building.</p><p>Call 949-945-0927 to book.</p>');
    const b = before.findings.find((f) => f.ruleId === 'phone/unlinked-number')!;
    const a = after.findings.find((f) => f.ruleId === 'phone/unlinked-number')!;
    expect(a.selector).not.toBe(b.selector);
    expect(a.id).not.toBe(b.id);
    const d = diffReports(before, after);
    expect(d.added.map((f) => f.ruleId)).not.toContain('phone/unlinked-number');
    expect(d.fixed.map((f) => f.ruleId)).not.toContain('phone/unlinked-number');
    expect(d.unchanged.find((p) => p.after.id === a.id)).toMatchObject({ before: { id: b.id }, moved: true });
  });

  test('duplicates pair one to one: two identical numbers become one, one is fixed', () => {
    const before = run('<p>Call 949-945-0927.</p><p>Or call 949-945-0927.</p>');
    const after = run('<p>Intro.</p><p>Or call 949-945-0927.</p>');
    expect(phones(before)).toEqual(['949-945-0927', '949-945-0927']);
    expect(phones(after)).toEqual(['949-945-0927']);
    const d = diffReports(before, after);
    expect(d.fixed.filter((f) => f.ruleId === 'phone/unlinked-number')).toHaveLength(1);
    expect(d.added.filter((f) => f.ruleId === 'phone/unlinked-number')).toHaveLength(0);
  });

  test('no fallback for element findings without an excerpt, and a different rule never matches', () => {
    const base = { category: 'cta', severity: 'warning', scope: 'element', message: 'm', context: '', fix: '', helpUrl: '', data: {} } as const;
    const d = diffFindings(
      [{ ...base, id: 'f-1', ruleId: 'cta/a', excerpt: '', selector: 'p:nth-of-type(1)' }, { ...base, id: 'f-2', ruleId: 'cta/a', excerpt: 'Book', selector: 'a' }],
      [{ ...base, id: 'f-3', ruleId: 'cta/a', excerpt: '', selector: 'p:nth-of-type(2)' }, { ...base, id: 'f-4', ruleId: 'cta/b', excerpt: 'Book', selector: 'a' }],
    );
    expect(d.fixed.map((f) => f.id)).toEqual(['f-1', 'f-2']);
    expect(d.added.map((f) => f.id)).toEqual(['f-3', 'f-4']);
    const page = diffFindings([{ ...base, id: 'f-5', ruleId: 'cta/none', excerpt: '', selector: null, scope: 'page' }], [{ ...base, id: 'f-6', ruleId: 'cta/none', excerpt: '', selector: null, scope: 'page' }]);
    expect(page.unchanged).toHaveLength(1);
  });
});
