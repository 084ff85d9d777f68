// Audit history, pure: keys, sizes, bounded updates, and "what changed since last time".
import type { Report } from '../types';
import { diffReports, type ReportDiff } from '../report/diff';
import type { HistoryEntry } from './store';

export * from './key';
export * from './size';
export * from './store';

/** New and fixed findings of `report` against the page's previous saved audit (null on a first audit). */
export function changesSince(previous: HistoryEntry | null, report: Report): ReportDiff | null {
  return previous ? diffReports(previous.report, report) : null;
}
