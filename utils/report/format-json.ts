// JSON export: a report v1, a combined site report, or (CLI, several inputs) an array of reports v1.
import type { Report } from '../types';
import type { SiteReport } from './combine';

export function formatJson(input: Report | SiteReport | readonly Report[], opts: { indent?: number } = {}): string {
  return `${JSON.stringify(input, null, opts.indent ?? 2)}\n`;
}
