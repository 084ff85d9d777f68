// The report page's state: which report it shows (a page's saved audit, or the combined report of
// a site's open tabs), the same filters and dismissals as the popup, and its actions (export,
// print, show a finding in its page, run the many-tab audit).
import { batch, computed, signal } from '@preact/signals';
import type { Finding, Report, Severity } from '@/utils/types';
import type { DismissalStore, DismissedHow } from '@/utils/dismiss';
import { applyDismissals, dismissFinding, emptyDismissals, normalizeDismissals, restoreFinding, silenceRule, unsilenceRule } from '@/utils/dismiss';
import { dismissalsItem, readDismissals, writeDismissals } from '@/utils/settings/items';
import { siteLabel, siteOf } from '@/utils/settings/sites';
import { patternFor as patternOf } from '@/utils/settings/auto-audit';
import { allRules } from '@/utils/rules';
import { changesSince, historyKey, type HistoryEntry } from '@/utils/history';
import { readLastSiteReport, readPageHistory, watchHistory, type SavedSiteReport } from '@/utils/history/persist';
import { NO_FILTERS, filterFindings, groupFindings, isFiltered, type Filters } from '@/components/filter';
import { exportFile, openReport, openSiteReport } from '@/components/export';
import type { ExportFormat } from '@/components/export-formats';
import { ruleInfoMap } from '@/components/rule-info';
import { sanitizeHtml, saveFile } from '../popup/download';
import { highlightIn } from '../popup/tab';
import { parseReportTarget, reportSearch, type ReportTarget } from './url';
import { NeedsPermissionError, runSiteAudit, type RunItem } from './site-run';
import { createCopyFix } from '@/components/copy-fix';
import { saveOrRollback } from '@/components/save-or-rollback';

export const RULES = ruleInfoMap(allRules);

export type View =
  | { status: 'loading' }
  | { status: 'empty'; title: string; text: string }
  | { status: 'page'; key: string; entries: HistoryEntry[]; index: number; tab: number | null }
  | { status: 'permission'; site: string; keep: boolean; error: string | null }
  | { status: 'running'; site: string; items: RunItem[] }
  | { status: 'site'; saved: SavedSiteReport; selected: number };

export const view = signal<View>({ status: 'loading' });
export const dismissals = signal<DismissalStore>(emptyDismissals());
export const filters = signal<Filters>(NO_FILTERS);
export const expandedId = signal<string | null>(null);
export const notes = signal<Record<string, string | undefined>>({});
export const copiedId = signal<string | null>(null);
export const dismissedOpen = signal(false);
export const changesOpen = signal(true);
export const announcement = signal('');
export const problem = signal<string | null>(null);

const announce = (text: string) => {
  announcement.value = announcement.value === text ? `${text}\u00a0` : text;
};

/** The page report on screen (a saved audit, or the selected page of a site report). */
export const report = computed<Report | null>(() => {
  const v = view.value;
  if (v.status === 'page') return v.entries[v.index]?.report ?? null;
  if (v.status === 'site') return v.saved.report.pages[v.selected] ?? null;
  return null;
});

/** The tab the report on screen was audited in, when known. */
export const sourceTab = computed<number | null>(() => {
  const v = view.value;
  if (v.status === 'page') return v.index === 0 ? v.tab : null;
  if (v.status === 'site') return v.saved.pages[v.selected]?.tabId ?? null;
  return null;
});

export const applied = computed(() => {
  const r = report.value;
  if (!r) return { active: [] as Finding[], dismissed: [], silenced: [] };
  return applyDismissals(r.findings, dismissals.value, r.page.url);
});

export const visibleGroups = computed(() => groupFindings(filterFindings(applied.value.active, filters.value, RULES)));
export const shownCount = computed(() => visibleGroups.value.reduce((n, g) => n + g.count, 0));
export const site = computed(() => {
  const s = siteOf(report.value?.page.url);
  return s ? siteLabel(s) : undefined;
});

/** Changes between the audit on screen and the one saved before it (page view only). */
export const changes = computed(() => {
  const v = view.value;
  if (v.status !== 'page') return null;
  const current = v.entries[v.index];
  if (!current) return null;
  const previous = v.entries[v.index + 1] ?? null;
  const diff = changesSince(previous, current.report);
  const open = (list: Finding[]) => applyDismissals(list, dismissals.value, current.report.page.url).active;
  return { since: previous?.savedAt ?? null, added: open(diff?.added ?? []), fixed: open(diff?.fixed ?? []) };
});

/** Severity counts of the open findings of every page of the site report. */
export function openCounts(r: Report): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of applyDismissals(r.findings, dismissals.value, r.page.url).active) counts[f.severity]++;
  return counts;
}

async function loadPage(target: Extract<ReportTarget, { kind: 'page' }>): Promise<void> {
  const entries = await readPageHistory(target.key);
  if (!entries.length) {
    view.value = { status: 'empty', title: 'No saved audit of this page', text: 'Audit the page from the Clinic Lint toolbar button; each audit is saved here.' };
    return;
  }
  const found = target.at ? entries.findIndex((e) => e.savedAt === target.at) : 0;
  view.value = { status: 'page', key: historyKey(target.key) ?? target.key, entries, index: Math.max(0, found), tab: target.tab };
  if (target.at && found < 0) problem.value = 'That audit is no longer in the history (older audits are dropped); showing the latest one.';
}

async function loadLastSite(): Promise<void> {
  const saved = await readLastSiteReport();
  view.value = saved
    ? { status: 'site', saved, selected: 0 }
    : { status: 'empty', title: 'No site report yet', text: 'In the popup, choose “Audit all open tabs of this site”.' };
}

export async function start(): Promise<void> {
  const target = parseReportTarget(location.search);
  const [store] = await Promise.all([readDismissals()]);
  dismissals.value = store;
  dismissalsItem.watch((v) => (dismissals.value = normalizeDismissals(v)));
  if (target.kind === 'page') {
    await loadPage(target);
    // a new audit of this page in another window: keep the list fresh (the selection stays)
    watchHistory(() => {
      const v = view.value;
      if (v.status !== 'page') return;
      void readPageHistory(v.key).then((entries) => {
        const current = view.value;
        if (current.status !== 'page' || !entries.length) return;
        const at = current.entries[current.index]?.savedAt;
        const index = Math.max(0, entries.findIndex((e) => e.savedAt === at));
        view.value = { ...current, entries, index };
      });
    });
  } else if (target.kind === 'site-last') {
    await loadLastSite();
  } else if (target.kind === 'site-run') {
    await runSite(target.site, target.keep);
  } else {
    view.value = { status: 'empty', title: 'Nothing to show', text: 'Open the full report from the Clinic Lint popup.' };
  }
}

/** Runs the many-tab audit; without the site permission, asks for it first (a button: a user gesture). */
export async function runSite(siteOrigin: string, keep: boolean): Promise<void> {
  view.value = { status: 'running', site: siteOrigin, items: [] };
  announce(`Auditing the open tabs of ${siteLabel(siteOrigin)}…`);
  try {
    const saved = await runSiteAudit(siteOrigin, {
      keep,
      onProgress: (items) => {
        view.value = { status: 'running', site: siteOrigin, items };
        const done = items.filter((i) => i.state === 'done' || i.state === 'failed').length;
        const running = items.find((i) => i.state === 'running');
        if (running) announce(`Auditing ${done + 1} of ${items.length}: ${running.title || running.url}`);
      },
    });
    // a reload shows this report again instead of running the audit again
    history.replaceState(null, '', reportSearch({ kind: 'site-last' }));
    batch(() => {
      view.value = { status: 'site', saved, selected: 0 };
      filters.value = NO_FILTERS;
      expandedId.value = null;
    });
    const n = saved.report.pages.length;
    announce(`Done: ${n} page${n === 1 ? '' : 's'} audited${saved.failures.length ? `, ${saved.failures.length} could not be` : ''}.`);
  } catch (err) {
    if (err instanceof NeedsPermissionError) {
      view.value = { status: 'permission', site: siteOrigin, keep, error: null };
      return;
    }
    view.value = { status: 'empty', title: 'The audit of the open tabs failed', text: err instanceof Error ? err.message : String(err) };
  }
}

/** The permission step, from a click on the report page. */
export function grantAndRun(siteOrigin: string, keep: boolean): void {
  const origins = [patternOf(siteOrigin)];
  browser.permissions.request({ origins }).then(
    (ok) => {
      if (ok) void runSite(siteOrigin, keep);
      else view.value = { status: 'permission', site: siteOrigin, keep, error: 'Permission not granted, so the tabs were not audited.' };
    },
    (err: unknown) => (view.value = { status: 'permission', site: siteOrigin, keep, error: err instanceof Error ? err.message : String(err) }),
  );
}

export function selectSitePage(index: number): void {
  const v = view.value;
  if (v.status !== 'site') return;
  batch(() => {
    view.value = { ...v, selected: index };
    expandedId.value = null;
    notes.value = {};
  });
}

export function setFilters(next: Filters): void {
  filters.value = next;
  if (expandedId.value && !visibleGroups.value.some((g) => g.severities.some((s) => s.findings.some((f) => f.id === expandedId.value)))) expandedId.value = null;
}

export function toggleSeverity(severity: Severity): void {
  const current = filters.value.severities;
  setFilters({ ...filters.value, severities: current.includes(severity) ? current.filter((s) => s !== severity) : [...current, severity] });
}

export function clearFilters(): void {
  setFilters(NO_FILTERS);
}

export { isFiltered };

// ── showing a finding in its page ────────────────────────────────────────────────────────────────

/** A text fragment (#:~:text=) that makes the browser scroll to and mark the words. */
export function textFragmentUrl(url: string, excerpt: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
  const words = excerpt.replace(/…$/, '').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  u.hash = '';
  if (!words.length) return u.href;
  const directive = words.length <= 8 ? enc(words.join(' ')) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${u.href}#:~:text=${directive}`;
}

function note(id: string, text: string | undefined): void {
  notes.value = { ...notes.value, [id]: text };
}

/** The tab still shows the audited page (its URL is readable with the grant the audit had). */
async function liveTab(tabId: number, url: string): Promise<{ id: number; windowId: number } | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab.id == null) return null;
    if (tab.url && historyKey(tab.url) !== historyKey(url)) return null;
    return { id: tab.id, windowId: tab.windowId };
  } catch {
    return null; // closed
  }
}

/**
 * Opens a finding's card; for a finding with an element, also shows it in its page: in the tab it
 * was audited in when that tab is still on the page (outlined by the content script), else in a
 * new tab at the words (a text fragment).
 */
export async function select(finding: Finding): Promise<void> {
  if (expandedId.value === finding.id) {
    expandedId.value = null;
    return;
  }
  expandedId.value = finding.id;
  const r = report.value;
  if (!r || finding.scope !== 'element' || !finding.selector) return;
  const tabId = sourceTab.value;
  const live = tabId != null ? await liveTab(tabId, r.page.url) : null;
  if (live) {
    try {
      const range = (finding.data as { range?: { block: number; start: number; end: number } }).range ?? null;
      const result = await highlightIn(live.id, {
        selector: finding.selector,
        excerpt: finding.excerpt,
        context: finding.context,
        range,
        label: RULES[finding.ruleId]?.title ?? finding.message,
        severity: finding.severity,
      });
      if (result.found && result.visible) {
        await browser.tabs.update(live.id, { active: true });
        await browser.windows.update(live.windowId, { focused: true }).catch(() => undefined);
        note(finding.id, 'Outlined in its tab.');
        return;
      }
      note(finding.id, result.found ? 'It’s in the page but hidden right now, so it can’t be outlined.' : 'Not in the page any more: it may have changed since this audit.');
      return;
    } catch {
      // no content script there any more: open it the other way
    }
  }
  const url = textFragmentUrl(r.page.url, finding.excerpt);
  if (!url) {
    note(finding.id, 'This page can’t be opened from here.');
    return;
  }
  await browser.tabs.create({ url });
  note(finding.id, 'Opened in a new tab, at these words when the page still has them.');
}

// ── dismissals ───────────────────────────────────────────────────────────────────────────────────

async function saveDismissals(next: DismissalStore, what?: string): Promise<boolean> {
  // storage full: the list as it was, and the message at the top of the page
  const refused = await saveOrRollback(dismissals, next, (v) => writeDismissals(v, what));
  if (refused) {
    problem.value = refused;
    announce(refused);
  }
  return !refused;
}

export async function dismiss(finding: Finding, how: DismissedHow, reason: string): Promise<void> {
  const r = report.value;
  if (!r) return;
  const now = new Date();
  const next = how === 'rule' ? silenceRule(dismissals.value, r.page.url, finding.ruleId, reason, now) : dismissFinding(dismissals.value, r.page.url, finding, reason, now);
  expandedId.value = null;
  if (await saveDismissals(next)) announce(how === 'rule' ? 'Rule silenced on this site.' : 'Dismissed.');
}

export async function restore(findingId: string): Promise<void> {
  const r = report.value;
  if (!r) return;
  if (await saveDismissals(restoreFinding(dismissals.value, r.page.url, findingId), 'the restored finding')) announce('Restored to the list.');
}

export async function unsilence(ruleId: string): Promise<void> {
  const r = report.value;
  if (!r) return;
  if (await saveDismissals(unsilenceRule(dismissals.value, r.page.url, ruleId), 'the restored rule')) announce('Rule restored on this site.');
}

export const copyFix = createCopyFix(copiedId, announce);

// ── export and print ─────────────────────────────────────────────────────────────────────────────

export async function exportAs(format: ExportFormat): Promise<void> {
  const v = view.value;
  problem.value = null;
  try {
    let file;
    if (v.status === 'site') {
      file = exportFile(
        openSiteReport(v.saved.report, (p) => applyDismissals(p.findings, dismissals.value, p.page.url).active),
        format,
        { sanitize: sanitizeHtml },
      );
    } else {
      const r = report.value;
      if (!r) return;
      file = exportFile(openReport(r, applied.value.active), format, { sanitize: sanitizeHtml });
    }
    await saveFile(file);
    announce(`Downloading ${file.filename}.`);
  } catch (err) {
    problem.value = `Couldn’t export: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Printing shows every page of a site report (on screen only the selected one). */
export const printing = signal(false);

export function print(): void {
  printing.value = true;
  // render the print view before the dialog takes its snapshot
  requestAnimationFrame(() => {
    window.print();
  });
}

export function watchPrint(): () => void {
  const before = () => (printing.value = true);
  const after = () => (printing.value = false);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
