// The audit history as plain data, with pure updates: each audit saved per origin+path, bounded by
// a count per page, a total count and a total size, the oldest dropped first. Binding it to
// chrome.storage is the caller's job: every update says which page keys it changed.
import type { Report } from '../types';
import { historyKey } from './key';
import { byteSize } from './size';

export interface HistoryEntry {
  /** origin + path (historyKey) */
  key: string;
  /** when the audit was saved, ISO 8601 (the clock time, not the audit's "as of" date) */
  savedAt: string;
  report: Report;
}

export interface HistoryState {
  version: 1;
  /** per page key, newest entry first */
  pages: Record<string, HistoryEntry[]>;
}

export interface HistoryLimits {
  /** audits kept per page */
  perPage: number;
  /** audits kept in all */
  maxEntries: number;
  /** size of the whole state as JSON, UTF-8 bytes */
  maxBytes: number;
}

// chrome.storage.local holds 10 MB without unlimitedStorage; history takes at most 4 of them.
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { perPage: 10, maxEntries: 500, maxBytes: 4 * 1024 * 1024 };

export interface AddResult {
  state: HistoryState;
  /** the entry saved, or null when the audit was not saved (see `reason`) */
  entry: HistoryEntry | null;
  /** the page's previous audit, to diff against (null on a first audit) */
  previous: HistoryEntry | null;
  /** entries dropped to stay within the limits, oldest first */
  dropped: HistoryEntry[];
  /** page keys whose entry lists changed (removed from `state.pages` when now empty) */
  changedKeys: string[];
  reason?: 'no-key' | 'too-large';
}

export function emptyHistory(): HistoryState {
  return { version: 1, pages: {} };
}

/** A page's audits, newest first. Takes a page URL or a key. */
export function entriesFor(state: HistoryState, urlOrKey: string): HistoryEntry[] {
  return state.pages[historyKey(urlOrKey) ?? urlOrKey] ?? [];
}

/** The latest saved audit of a page, or null. */
export function latestFor(state: HistoryState, url: string): HistoryEntry | null {
  return entriesFor(state, url)[0] ?? null;
}

export interface HistoryUsage {
  pages: number;
  entries: number;
  bytes: number;
}

/** What the options page shows: pages, audits and bytes used. */
export function historyUsage(state: HistoryState): HistoryUsage {
  let entries = 0;
  for (const list of Object.values(state.pages)) entries += list.length;
  return { pages: Object.keys(state.pages).length, entries, bytes: byteSize(state) };
}

/** Saves `report` as the newest audit of its page and applies the limits. Never mutates `state`. */
export function addAudit(state: HistoryState, report: Report, opts: { savedAt: Date | string; limits?: Partial<HistoryLimits> }): AddResult {
  const limits = { ...DEFAULT_HISTORY_LIMITS, ...opts.limits };
  const key = historyKey(report.page.url);
  const previous = key ? (state.pages[key]?.[0] ?? null) : null;
  const unchanged = (reason: AddResult['reason']): AddResult => ({ state, entry: null, previous, dropped: [], changedKeys: [], reason });
  if (!key) return unchanged('no-key');
  const savedAt = typeof opts.savedAt === 'string' ? opts.savedAt : opts.savedAt.toISOString();
  const entry: HistoryEntry = { key, savedAt, report };
  // The entry alone, in an otherwise empty state, must fit.
  if (byteSize({ version: 1, pages: { [key]: [entry] } }) > limits.maxBytes) return unchanged('too-large');

  const pages: Record<string, HistoryEntry[]> = { ...state.pages, [key]: [entry, ...(state.pages[key] ?? [])] };
  const dropped: HistoryEntry[] = [];
  const changed = new Set<string>([key]);
  const drop = (k: string, e: HistoryEntry) => {
    pages[k] = pages[k]!.filter((x) => x !== e);
    if (!pages[k]!.length) delete pages[k];
    dropped.push(e);
    changed.add(k);
  };

  // Per page: keep the newest `perPage`.
  for (const old of pages[key]!.slice(Math.max(1, limits.perPage))) drop(key, old);

  // In all: drop the globally oldest (never the entry just saved) until both limits hold.
  const others = Object.entries(pages)
    .flatMap(([k, list]) => list.filter((e) => e !== entry).map((e) => ({ k, e })))
    .sort((x, y) => (x.e.savedAt < y.e.savedAt ? -1 : x.e.savedAt > y.e.savedAt ? 1 : 0));
  let count = others.length + 1;
  // Dropping an entry shrinks the JSON by at least its own size, so `bytes` stays an upper bound.
  let bytes = byteSize({ version: 1, pages });
  for (const { k, e } of others) {
    if (count <= Math.max(1, limits.maxEntries) && bytes <= limits.maxBytes) break;
    bytes -= byteSize(e);
    count--;
    drop(k, e);
  }
  return { state: { version: 1, pages }, entry, previous, dropped, changedKeys: [...changed] };
}

/** Removes one page's audits. */
export function removePage(state: HistoryState, urlOrKey: string): HistoryState {
  const key = historyKey(urlOrKey) ?? urlOrKey;
  if (!(key in state.pages)) return state;
  const pages = { ...state.pages };
  delete pages[key];
  return { version: 1, pages };
}

/** Clears everything. */
export function clearHistory(): HistoryState {
  return emptyHistory();
}
