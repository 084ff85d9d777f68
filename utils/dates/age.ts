// Page age: how old the page's best date is on the audit day (ctx.now, never the clock).
import type { PageDates } from '../types';
import { monthsBetween } from './iso';
import { signalInfo } from './page-dates';

export interface PageAge {
  /** the date the age is counted from (YYYY-MM-DD) */
  date: string;
  /** what that date is: reviewed, modified or published */
  kind: 'reviewed' | 'modified' | 'published';
  /** where it came from, e.g. "jsonld:dateModified", "visible:reviewed" */
  source: string;
  /** whole months from `date` to today */
  months: number;
}

/** The page's age from its best date (the most recent of reviewed, modified, published), or null. */
export function pageAge(dates: PageDates, today: string): PageAge | null {
  if (!dates.best) return null;
  const kind = dates.best === dates.reviewed ? 'reviewed' : dates.best === dates.modified ? 'modified' : 'published';
  const signal = dates.signals.find((s) => s.date === dates.best && signalInfo(s).kind === kind) ?? dates.signals.find((s) => s.date === dates.best);
  const months = monthsBetween(dates.best, today);
  return { date: dates.best, kind, source: signal?.source ?? 'unknown', months };
}
