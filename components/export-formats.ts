// The export formats the menus offer (kept apart from the formatters, which the popup loads only
// when an export is asked for).

export type ExportFormat = 'json' | 'csv' | 'md' | 'html';

export interface ExportFormatInfo {
  format: ExportFormat;
  /** menu label */
  label: string;
  /** what it is for, one short line */
  hint: string;
  ext: string;
  mime: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'csv', label: 'CSV', hint: 'Spreadsheet, one row per finding', ext: 'csv', mime: 'text/csv;charset=utf-8' },
  { format: 'md', label: 'Markdown', hint: 'Paste into a ticket', ext: 'md', mime: 'text/markdown;charset=utf-8' },
  { format: 'html', label: 'HTML', hint: 'Printable report, one file', ext: 'html', mime: 'text/html;charset=utf-8' },
  { format: 'json', label: 'JSON', hint: 'Report format v1, for tools', ext: 'json', mime: 'application/json' },
];
