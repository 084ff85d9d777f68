// CSV export: one row per finding, UTF-8 with BOM, Papa Parse, and no cell a spreadsheet evaluates.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CSV_BOM, CSV_HEADERS, formatCsv, parseCsv } from '../../../utils/report/format-csv';
import { combineReports } from '../../../utils/report/combine';
import { FORMULA_START, unguardCell } from '../../../utils/report/escape';
import type { Report } from '../../../utils/types';
import { whyOf } from '../../../utils/help/why';
import { FORMULAS, hostileReport, payloadReport, siteReports } from './samples';

/** The row we expect for each finding: the columns the issue asks for, plus context, scope, help, id, title, date. */
function expectedRows(reports: Report[]): Array<Record<string, string>> {
  return reports.flatMap((r) =>
    r.findings.map((f) => ({
      Severity: f.severity,
      Category: f.category,
      Message: f.message,
      Excerpt: f.excerpt,
      'How to fix': f.fix,
      'Why it matters': whyOf(f.ruleId),
      'Page URL': r.page.url,
      Selector: f.selector ?? '',
      Rule: f.ruleId,
      Context: f.context,
      Scope: f.scope,
      'Help URL': f.helpUrl,
      'Finding ID': f.id,
      'Page title': r.page.title,
      'Audited as of': r.page.auditedAt,
    })),
  );
}

/** The raw cells as a spreadsheet reads them (no guard undone). */
function rawCells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

// What makes Excel, LibreOffice Calc or Google Sheets treat a cell as a formula or DDE command.
const EVALUATED = /^[\s\u0000-\u001f]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

describe('CSV export', () => {
  test('starts with a UTF-8 BOM and has the issue\'s columns first', () => {
    const csv = formatCsv(siteReports()[0]!);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(CSV_HEADERS.slice(0, 8)).toEqual(['Severity', 'Category', 'Message', 'Excerpt', 'How to fix', 'Why it matters', 'Page URL', 'Selector']);
    expect(rawCells(csv)[0]).toEqual([...CSV_HEADERS]);
  });

  test('one row per finding, and it parses back to the same findings (one page, and a combined report)', () => {
    for (const input of [hostileReport(), payloadReport()]) {
      const rows = parseCsv(formatCsv(input));
      expect(rows).toHaveLength(input.findings.length);
      expect(rows).toEqual(expectedRows([input]));
    }
    const pages = [...siteReports(), hostileReport(), payloadReport()];
    const site = combineReports(pages, { generatedAt: '2026-11-26T12:00:00.000Z' });
    const rows = parseCsv(formatCsv(site));
    expect(rows).toHaveLength(pages.reduce((n, p) => n + p.findings.length, 0));
    expect(rows).toEqual(expectedRows(pages));
  });

  test('non-ASCII text, quotes, commas and newlines survive', () => {
    const r = payloadReport();
    r.findings[0]!.message = 'Dr. Müller’s “clinic”, 2 × a week; 电话 "quoted"\r\nnext line';
    expect(parseCsv(formatCsv(r))[0]!.Message).toBe(r.findings[0]!.message);
  });

  test('a page with =HYPERLINK, +cmd, @SUM and -2+3 in its text yields no cell a spreadsheet evaluates', () => {
    const report = hostileReport();
    const cells = rawCells(formatCsv(report)).flat();
    for (const payload of FORMULAS) {
      // the payload is in the export (context, title or excerpt), guarded
      const holding = cells.filter((c) => c.includes(payload));
      expect(holding.length, payload).toBeGreaterThan(0);
      expect(cells.some((c) => c.startsWith(`'${payload}`)), payload).toBe(true);
    }
    for (const cell of cells) expect(EVALUATED.test(cell), JSON.stringify(cell)).toBe(false);
  });

  test('every cell is quoted, so a ";" or tab locale cannot split a guarded cell into a formula', () => {
    const r = payloadReport();
    r.findings[0]!.message = 'a;=1+1\t=2+2,=3+3';
    const csv = formatCsv(r).replace(/^\ufeff/, '');
    // the whole file is quoted fields separated by commas and CRLF, nothing bare
    expect(/^(?:"(?:[^"]|"")*"(?:,|\r\n))+$/.test(csv)).toBe(true);
    for (const [delimiter] of [[';'], ['\t']]) {
      const cells = Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true }).data.flat();
      for (const cell of cells) expect(EVALUATED.test(cell.replace(/^"/, '')), `${JSON.stringify(delimiter)} ${JSON.stringify(cell)}`).toBe(false);
    }
  });

  test('the guard is stricter than Papa Parse\'s default and covers tab, CR, LF, leading spaces and full-width signs', () => {
    const r = payloadReport();
    const nasty = ['=1+1\n=2', '\t=1', '\r=1', '\n=1', ' =1', '＝1+1', '＋1', "'=1", "''@x", '-', '@'];
    r.findings.forEach((f, i) => (f.excerpt = nasty[i % nasty.length]!));
    const csv = formatCsv(r);
    for (const cell of rawCells(csv).flat()) expect(EVALUATED.test(cell), JSON.stringify(cell)).toBe(false);
    expect(parseCsv(csv).map((row) => row.Excerpt)).toEqual(r.findings.map((f) => f.excerpt));
    // Papa's own default pattern misses a formula whose value spans lines: ours does not
    expect(/^[=+\-@\t\r].*$/.test('=1+1\n=2')).toBe(false);
    expect(FORMULA_START.test('=1+1\n=2')).toBe(true);
  });

  test('the guard is reversible and leaves ordinary text alone', () => {
    for (const v of ['plain', "'quoted", "'=x", "''=x", '=x', 'a=b', 'x-1', '']) {
      const guarded = FORMULA_START.test(v) ? `'${v}` : v;
      expect(unguardCell(guarded)).toBe(v);
    }
    expect(FORMULA_START.test('Call 949-945-0927')).toBe(false);
    expect(FORMULA_START.test('-2+3')).toBe(true);
  });

  test('a report without findings is the header row alone', () => {
    const r = payloadReport();
    r.findings = [];
    expect(parseCsv(formatCsv(r))).toEqual([]);
    expect(rawCells(formatCsv(r))).toHaveLength(1);
  });
});
