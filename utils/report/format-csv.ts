// CSV export: one row per finding, for spreadsheets. Written by Papa Parse (quoting, embedded
// newlines) with every cell quoted and a formula-injection guard; UTF-8 with a BOM so Excel reads
// the text as UTF-8.
import Papa from 'papaparse';
import type { Finding, Report } from '../types';
import { pagesOf, type SiteReport } from './combine';
import { FORMULA_START, unguardCell } from './escape';
import { whyOf } from '../help/why';

export const CSV_BOM = '\ufeff';

/** Column header → how to read it from a finding of a page, in reading order: what is wrong, where,
 * how to fix it and why it matters first; then what a tool needs to find it again. */
const COLUMNS: ReadonlyArray<[string, (f: Finding, page: Report) => string]> = [
  ['Severity', (f) => f.severity],
  ['Category', (f) => f.category],
  ['Message', (f) => f.message],
  ['Excerpt', (f) => f.excerpt],
  ['How to fix', (f) => f.fix],
  ['Why it matters', (f) => whyOf(f.ruleId)],
  ['Page URL', (_f, p) => p.page.url],
  ['Selector', (f) => f.selector ?? ''],
  ['Rule', (f) => f.ruleId],
  ['Context', (f) => f.context],
  ['Scope', (f) => f.scope],
  ['Help URL', (f) => f.helpUrl],
  ['Finding ID', (f) => f.id],
  ['Page title', (_f, p) => p.page.title],
  ['Audited as of', (_f, p) => p.page.auditedAt],
];

export const CSV_HEADERS: readonly string[] = COLUMNS.map(([h]) => h);

export function formatCsv(input: Report | SiteReport): string {
  const rows: string[][] = [];
  for (const page of pagesOf(input)) for (const f of page.findings) rows.push(COLUMNS.map(([, get]) => String(get(f, page) ?? '')));
  const csv = Papa.unparse(
    { fields: [...CSV_HEADERS], data: rows },
    // quotes: every cell quoted, so a spreadsheet that splits on ";" or tabs (locale settings) still
    // sees one cell; escapeFormulae: our stricter pattern (see escape.ts), applied to every cell.
    { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n', header: true },
  );
  return `${CSV_BOM}${csv}\r\n`;
}

/** Reads our CSV back: one object per row keyed by header, with the formula guard undone. */
export function parseCsv(csv: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguardCell(v ?? '')])));
}
