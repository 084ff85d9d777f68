// The JSON export carries "why it matters" with each finding (in its free-form data), as the other
// formats do, without changing the report object the surfaces keep.
import { describe, expect, test } from 'vitest';
import { formatJson } from '../../../utils/report/format-json';
import { combineReports } from '../../../utils/report/combine';
import { whyOf } from '../../../utils/help/why';
import { siteReports } from './samples';

describe('JSON export: why it matters', () => {
  test('every finding of a page report, an array and a site report has data.why from its rule', () => {
    const reports = siteReports();
    const one = JSON.parse(formatJson(reports[1]!));
    expect(one.findings.length).toBeGreaterThan(0);
    for (const f of one.findings) if (whyOf(f.ruleId)) expect(f.data.why).toBe(whyOf(f.ruleId));
    const many = JSON.parse(formatJson(reports));
    const all = many.flatMap((r: { findings: Array<{ ruleId: string; data: { why?: string } }> }) => r.findings);
    expect(all.filter((f: { ruleId: string }) => whyOf(f.ruleId)).every((f: { data: { why?: string } }) => typeof f.data.why === 'string')).toBe(true);
    const site = JSON.parse(formatJson(combineReports(reports, { generatedAt: new Date('2026-12-08T00:00:00Z') })));
    expect(site.pages[1].findings[0].data.why).toBeTruthy();
    // the report object itself is left as it was
    expect(reports[1]!.findings.some((f) => 'why' in f.data)).toBe(false);
  });
});
