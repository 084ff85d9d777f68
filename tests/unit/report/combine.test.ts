// The combined (site) report: page reports unchanged, in order, with a site summary.
import { describe, expect, test } from 'vitest';
import { SITE_REPORT_SCHEMA, combineReports, isSiteReport, pagesOf } from '../../../utils/report/combine';
import { payloadReport, siteReports } from './samples';

describe('combineReports', () => {
  test('keeps the page reports in order and sums them', () => {
    const pages = [...siteReports(), payloadReport()];
    const site = combineReports(pages, { generatedAt: new Date('2026-11-26T12:00:00Z') });
    expect(site.schema).toBe(SITE_REPORT_SCHEMA);
    expect(site.generatedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(site.pages).toEqual(pages);
    const s = site.summary;
    expect(s.pages).toBe(pages.length);
    for (const sev of ['error', 'warning', 'info'] as const) expect(s[sev]).toBe(pages.reduce((n, p) => n + p.summary[sev], 0));
    expect(s.pagesWithFindings).toBe(pages.filter((p) => p.findings.length).length);
    expect(s.pagesWithErrors).toBe(pages.filter((p) => p.summary.error > 0).length);
    expect(Object.values(s.byKind).reduce((a, b) => a + b, 0)).toBe(pages.length);
    expect(Object.values(s.byCategory).reduce((a, b) => a + b, 0)).toBe(pages.reduce((n, p) => n + p.findings.length, 0));
    expect(s.byRule.reduce((n, r) => n + r.findings, 0)).toBe(pages.reduce((n, p) => n + p.findings.length, 0));
  });

  test('rule tallies: findings, pages, the worst severity; sorted most severe then most frequent', () => {
    const a = payloadReport();
    const b = payloadReport();
    b.findings[0]!.severity = 'info';
    const site = combineReports([a, b], { generatedAt: '2026-11-26T12:00:00.000Z' });
    const rule0 = site.summary.byRule.find((r) => r.ruleId === a.findings[0]!.ruleId)!;
    expect(rule0).toMatchObject({ findings: 2, pages: 2, severity: 'error' });
    const unlinked = site.summary.byRule.find((r) => r.ruleId === 'phone/unlinked-number')!;
    expect(unlinked.pages).toBe(2);
    const ranks = site.summary.byRule.map((r) => ['error', 'warning', 'info'].indexOf(r.severity));
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });

  test('an empty site, and telling single from combined reports apart', () => {
    const site = combineReports([], { generatedAt: '2026-11-26T12:00:00.000Z' });
    expect(site.summary).toMatchObject({ pages: 0, error: 0, byRule: [] });
    const one = payloadReport();
    expect(isSiteReport(site)).toBe(true);
    expect(isSiteReport(one)).toBe(false);
    expect(pagesOf(one)).toEqual([one]);
    expect(pagesOf(combineReports([one], { generatedAt: site.generatedAt }))).toEqual([one]);
  });
});
