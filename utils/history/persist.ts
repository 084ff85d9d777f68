// The audit history in the browser: the pure history (store.ts) bound to `local:` storage through
// WXT storage. One storage key per page, so saving an audit rewrites only the pages it changed:
//
//   local:history:<origin+path>   HistoryEntry[]  newest first (see store.ts)
//   local:lastSiteReport          SavedSiteReport the last "audit all open tabs of this site" run
//
// Browser-only (WXT storage): not exported from utils/history/index.ts, which the CLI and the
// tests import without a browser.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Finding, Report } from '../types';
import type { SiteReport } from '../report/combine';
import { isSiteReport } from '../report/combine';
import { writeOrExplain } from '../storage-errors';
import { historyKey } from './key';
import { byteSize } from './size';
import { DEFAULT_HISTORY_LIMITS, addAudit, emptyHistory, historyUsage, type AddResult, type HistoryEntry, type HistoryLimits, type HistoryState, type HistoryUsage } from './store';

/** Prefix of the per-page keys in local storage. */
export const HISTORY_PREFIX = 'history:';
const SITE_REPORT_KEY = 'local:lastSiteReport' as const;

const storageKey = (pageKey: string) => `local:${HISTORY_PREFIX}${pageKey}` as const;

/** A stored value that looks like a report v1 (enough for the views and the diff). */
export function isReport(value: unknown): value is Report {
  const r = value as Report | null;
  return (
    !!r &&
    typeof r === 'object' &&
    r.schema === 'cliniclint.report/v1' &&
    !!r.page &&
    typeof r.page.url === 'string' &&
    typeof r.page.auditedAt === 'string' &&
    !!r.page.detection &&
    !!r.summary &&
    Array.isArray(r.findings) &&
    r.findings.every((f: Finding) => !!f && typeof f.id === 'string' && typeof f.ruleId === 'string' && typeof f.message === 'string')
  );
}

/** The entries of one stored page list that are well formed, newest first. */
export function normalizeEntries(key: string, value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  const out: HistoryEntry[] = [];
  for (const e of value as unknown[]) {
    const entry = e as HistoryEntry | null;
    if (!entry || typeof entry !== 'object' || typeof entry.savedAt !== 'string' || !isReport(entry.report)) continue;
    out.push({ key, savedAt: entry.savedAt, report: entry.report });
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The history state from a local-storage snapshot (other keys and WXT metadata keys ignored). */
export function historyFromSnapshot(snapshot: Record<string, unknown>): HistoryState {
  const state = emptyHistory();
  for (const [k, value] of Object.entries(snapshot)) {
    if (!k.startsWith(HISTORY_PREFIX) || k.endsWith('$')) continue;
    const key = k.slice(HISTORY_PREFIX.length);
    const entries = normalizeEntries(key, value);
    if (entries.length) state.pages[key] = entries;
  }
  return state;
}

/** Two audits found the same things (same finding ids, as many times). */
export function sameFindings(a: Report, b: Report): boolean {
  if (a.findings.length !== b.findings.length) return false;
  const ids = (r: Report) => r.findings.map((f) => f.id).sort();
  const x = ids(a);
  const y = ids(b);
  return x.every((id, i) => id === y[i]);
}

export async function readHistory(): Promise<HistoryState> {
  return historyFromSnapshot(await storage.snapshot('local'));
}

/** One page's audits, newest first. Takes a page URL or a history key. */
export async function readPageHistory(urlOrKey: string): Promise<HistoryEntry[]> {
  const key = historyKey(urlOrKey) ?? urlOrKey;
  return normalizeEntries(key, await storage.getItem<unknown>(storageKey(key)));
}

/** Writes the page lists `keys` of `state` (removing the ones that are gone). */
async function writePages(state: HistoryState, keys: Iterable<string>): Promise<void> {
  const set: Array<{ key: `local:${string}`; value: HistoryEntry[] }> = [];
  const remove: Array<`local:${string}`> = [];
  for (const key of new Set(keys)) {
    const list = state.pages[key];
    if (list?.length) set.push({ key: storageKey(key), value: list });
    else remove.push(storageKey(key));
  }
  if (set.length) await storage.setItems(set);
  if (remove.length) await storage.removeItems(remove);
}

export interface SaveResult extends AddResult {
  /** the audit found the same as the page's latest one, which it replaced (no new history entry) */
  refreshed: boolean;
}

// Saves run one at a time in this page (the popup, or the report page saving a site's tabs).
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Saves an audit as the newest of its page and applies the limits (oldest audits dropped first).
 * An audit that found exactly what the page's latest audit found replaces it instead of adding a
 * copy, so the history keeps one entry per state of the page; `previous` is then that latest
 * audit, and the diff against it is empty. A write the browser refuses (storage full) rejects with
 * a StorageWriteError whose message is for the person.
 */
export function saveAudit(report: Report, opts: { savedAt?: Date | string; limits?: Partial<HistoryLimits> } = {}): Promise<SaveResult> {
  return serial(async () => {
    const savedAt = opts.savedAt ?? new Date();
    let state = await readHistory();
    const key = historyKey(report.page.url);
    const latest = key ? (state.pages[key]?.[0] ?? null) : null;
    const refreshed = !!latest && sameFindings(latest.report, report);
    if (refreshed && key) {
      const rest = state.pages[key]!.slice(1);
      const pages = { ...state.pages };
      if (rest.length) pages[key] = rest;
      else delete pages[key];
      state = { version: 1, pages };
    }
    const result = addAudit(state, report, { savedAt, limits: opts.limits });
    // Storage full (or any refused write): a StorageWriteError that says so; the history stays as it was.
    if (result.entry) await writeOrExplain('this audit to the history', 'local', () => writePages(result.state, result.changedKeys));
    return { ...result, previous: refreshed ? latest : result.previous, refreshed };
  });
}

/** Removes every saved audit (the last site report too). */
export function clearAllHistory(): Promise<void> {
  return serial(async () => {
    const state = await readHistory();
    await storage.removeItems([...Object.keys(state.pages).map(storageKey), SITE_REPORT_KEY]);
  });
}

/** Removes one page's audits. */
export function removePageHistory(urlOrKey: string): Promise<void> {
  return serial(async () => {
    const key = historyKey(urlOrKey) ?? urlOrKey;
    await storage.removeItem(storageKey(key));
  });
}

export interface StoredUsage extends HistoryUsage {
  /** bytes of the last site report, also kept in local storage */
  siteReportBytes: number;
}

/** What the options page shows: pages, audits and bytes used by the history. */
export async function readHistoryUsage(): Promise<StoredUsage> {
  const snapshot = await storage.snapshot('local');
  const usage = historyUsage(historyFromSnapshot(snapshot));
  const site = snapshot[SITE_REPORT_KEY.slice('local:'.length)];
  const siteReportBytes = site ? byteSize(site) : 0;
  return { ...usage, bytes: usage.bytes + siteReportBytes, siteReportBytes };
}

/** Calls `cb` whenever the saved history changes (in any extension page). Returns the unwatch function. */
export function watchHistory(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k.startsWith(HISTORY_PREFIX) || k === SITE_REPORT_KEY.slice('local:'.length))) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ── the last combined site report ──────────────────────────────────────────────────────────────

export interface SiteRunPage {
  url: string;
  title: string;
  /** the tab it was audited in (to show a finding in it later), when known */
  tabId?: number;
}

export interface SiteRunFailure {
  url: string;
  title: string;
  error: string;
}

export interface SavedSiteReport {
  /** the site (origin) whose open tabs were audited */
  site: string;
  report: SiteReport;
  /** per page of `report.pages`, in the same order */
  pages: SiteRunPage[];
  /** tabs that could not be audited */
  failures: SiteRunFailure[];
}

export const lastSiteReportItem = storage.defineItem<SavedSiteReport | null>(SITE_REPORT_KEY, { fallback: null });

export function normalizeSavedSiteReport(value: unknown): SavedSiteReport | null {
  const v = value as SavedSiteReport | null;
  if (!v || typeof v !== 'object' || typeof v.site !== 'string' || !isSiteReport(v.report)) return null;
  const pages = v.report.pages.filter(isReport);
  if (pages.length !== v.report.pages.length) return null;
  return {
    site: v.site,
    report: v.report,
    pages: Array.isArray(v.pages) ? v.pages : pages.map((p) => ({ url: p.page.url, title: p.page.title })),
    failures: Array.isArray(v.failures) ? v.failures : [],
  };
}

export async function readLastSiteReport(): Promise<SavedSiteReport | null> {
  return normalizeSavedSiteReport(await lastSiteReportItem.getValue());
}

export { DEFAULT_HISTORY_LIMITS };
