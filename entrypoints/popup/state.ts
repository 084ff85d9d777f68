// The popup's state (signals) and actions. State lives for one opening of the popup; what must
// outlive it (dismissals, settings, auto-audit sites) is in storage.
//
// For the export menu (issue 5): `currentReport` is the report of the audit on screen (null while
// loading or on error) and `activeFindings` the findings left after dismissals.
import { batch, computed, signal } from '@preact/signals';
import type { Finding, Report, Severity } from '@/utils/types';
import type { AuditResponse, MarkItem } from '@/utils/messaging';
import {
  applyDismissals,
  dismissFinding,
  emptyDismissals,
  restoreFinding,
  silenceRule,
  summarize,
  unsilenceRule,
  type DismissalStore,
  type DismissedFinding,
  type DismissedHow,
} from '@/utils/dismiss';
import { readDismissals, writeDismissals } from '@/utils/settings/items';
import { siteLabel, siteOf } from '@/utils/settings/sites';
import { NO_FILTERS, displayOrder, filterFindings, groupFindings, isLocatable, numberFindings, type Filters } from '@/components/filter';
import { describeProblem, type Problem } from './problems';
import { changesSince, historyKey } from '@/utils/history';
import { readPageHistory, saveAudit } from '@/utils/history/persist';
import { patternFor } from '@/utils/settings/auto-audit';
import type { ExportFormat } from '@/components/export-formats';
import { reportPageUrl } from '../report/url';
import {
  activeTab,
  auditTab,
  clearIn,
  disableAutoAudit,
  enableAutoAudit,
  highlightIn,
  injectContentScript,
  isAutoAudited,
  setBadge,
  showAllIn,
  type TargetTab,
} from './tab';
import { createCopyFix } from '@/components/copy-fix';
import { saveOrRollback } from '@/components/save-or-rollback';

type View =
  | { status: 'loading'; force: boolean }
  | { status: 'error'; problem: Problem }
  | { status: 'done'; response: AuditResponse; forced: boolean };

export const view = signal<View>({ status: 'loading', force: false });
export const target = signal<TargetTab | null>(null);
export const dismissals = signal<DismissalStore>(emptyDismissals());
export const filters = signal<Filters>(NO_FILTERS);
/** the open (expanded) finding */
export const expandedId = signal<string | null>(null);
/** the finding outlined in the page */
export const outlinedId = signal<string | null>(null);
export const notes = signal<Record<string, string | undefined>>({});
/** "mark all in page" is on */
export const marking = signal(false);
export const copiedId = signal<string | null>(null);
export const dismissedOpen = signal(false);
/** announced to screen readers (aria-live) */
export const announcement = signal('');
export const auto = signal<{ site: string | null; on: boolean; busy: boolean; error: string | null }>({ site: null, on: false, busy: false, error: null });
/** What changed since the page's previous saved audit (issue 5): null until the audit is saved, or when it is not saved. */
export const history = signal<{ since: string | null; added: Finding[]; fixed: Finding[] } | null>(null);
export const changesOpen = signal(false);
/** "Audit all open tabs of this site": waiting for the permission, or why it did not start. */
export const siteTabs = signal<{ busy: boolean; error: string | null }>({ busy: false, error: null });
/** a finding head to focus once the list has re-rendered (null id: the search field) */
export const pendingFocus = signal<{ id: string | null } | null>(null);
/** a failed export, shown under the header */
export const exportError = signal<string | null>(null);
/** a save the browser refused (its storage for the extension is full), shown under the header */
export const storageError = signal<string | null>(null);
/** The save of the audit on screen to the history (null when it is not saved). */
let saving: Promise<boolean> | null = null;
/** why the audit on screen is not in the history (stays up after other saves succeed) */
let historyError: string | null = null;

export const response = computed(() => (view.value.status === 'done' ? view.value.response : null));
/** The report on screen, for the export menu (issue 5). */
export const currentReport = computed<Report | null>(() => response.value?.report ?? null);
export const pageUrl = computed(() => currentReport.value?.page.url ?? target.value?.url ?? '');
export const site = computed(() => {
  const s = siteOf(pageUrl.value);
  return s ? siteLabel(s) : undefined;
});
export const applied = computed(() => {
  const report = currentReport.value;
  if (!report) return { active: [] as Finding[], dismissed: [] as DismissedFinding[], silenced: [] };
  return applyDismissals(report.findings, dismissals.value, report.page.url);
});
/** Findings left after dismissals (issue 5: what an export of "open issues" holds). */
export const activeFindings = computed(() => applied.value.active);
/** New and fixed findings since the last audit, without the dismissed ones. */
export const changes = computed(() => {
  const h = history.value;
  const report = currentReport.value;
  if (!h || !report) return null;
  const open = (list: Finding[]) => applyDismissals(list, dismissals.value, report.page.url).active;
  return { since: h.since, added: open(h.added), fixed: open(h.fixed) };
});
export const summary = computed(() => summarize(applied.value.active));
export const visibleGroups = computed(() => groupFindings(filterFindings(applied.value.active, filters.value, response.value?.rules)));
export const ordered = computed(() => {
  const list = displayOrder(visibleGroups.value);
  return list;
});
/** findings whose element is on the page but hidden (from the content script) */
export const hiddenIds = computed(() => new Set(response.value?.hidden ?? []));
export const numbers = computed(() => numberFindings(ordered.value.filter((f) => !hiddenIds.value.has(f.id))));
/** The marks' numbers in the page (reading order), as the content script reports them: popup number → mark. */
const markOrder = signal<Map<number, number> | null>(null);
/** The numbers the cards show while the page is marked: the same as the marks, in reading order. */
export const markNumbers = computed(() => {
  const order = markOrder.value;
  if (!order) return numbers.value;
  const out = new Map<string, number>();
  for (const [id, n] of numbers.value) {
    const mark = order.get(n);
    if (mark != null) out.set(id, mark);
  }
  return out;
});

const announce = (text: string) => {
  // the same text twice in a row is not re-read by screen readers: nudge it
  announcement.value = announcement.value === text ? `${text}\u00a0` : text;
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The badge for what is on screen: silent on pages that are not clinic pages (unless audited anyway). */
function badgeSummary(): Pick<Report['summary'], Severity> | null {
  const v = view.value;
  if (v.status !== 'done') return null;
  if (v.response.report.page.detection.kind === 'other' && !v.forced) return null;
  return summary.value;
}

async function updateBadge(): Promise<void> {
  const tab = target.value;
  if (tab) await setBadge(tab.id, badgeSummary()).catch(() => {});
}

export async function run(force: boolean): Promise<void> {
  batch(() => {
    view.value = { status: 'loading', force };
    history.value = null;
    exportError.value = null;
    storageError.value = historyError = null;
    saving = null;
    expandedId.value = null;
    outlinedId.value = null;
    marking.value = false;
    notes.value = {};
  });
  announce(force ? 'Auditing this page anyway…' : 'Auditing this page…');
  let tab = target.value;
  try {
    tab ??= target.value = await activeTab();
    const [result, store] = await Promise.all([auditTab(tab.id, force), readDismissals()]);
    // Pages that are not clinic pages are saved only when audited anyway: the clinic checks did not run.
    const keep = result.report.page.detection.kind !== 'other' || force;
    // The page's previous audit is read before the results show, so "what changed" appears with
    // them (a line added later would move the list under the pointer).
    const previous = keep ? await previousAudit(result.report) : null;
    batch(() => {
      dismissals.value = store;
      view.value = { status: 'done', response: result, forced: force };
      if (previous) history.value = previous;
    });
    const { error, warning, info } = summary.value;
    const hidden = applied.value.dismissed.length;
    announce(`Audit finished: ${count(error, 'error', 'errors')}, ${count(warning, 'warning', 'warnings')}, ${count(info, 'note', 'notes')}${hidden ? `; ${hidden} dismissed` : ''}.`);
    if (keep) saving = record(result.report);
    await updateBadge();
  } catch (err) {
    const problem = describeProblem(err, tab?.url);
    view.value = { status: 'error', problem };
    announce(problem.title);
  }
}

/** What changed since the page's latest saved audit (null when the page has no history key). */
async function previousAudit(report: Report): Promise<{ since: string | null; added: Finding[]; fixed: Finding[] } | null> {
  if (!historyKey(report.page.url)) return null;
  try {
    const latest = (await readPageHistory(report.page.url))[0] ?? null;
    const diff = changesSince(latest, report);
    return { since: latest?.savedAt ?? null, added: diff?.added ?? [], fixed: diff?.fixed ?? [] };
  } catch {
    return null;
  }
}

/** Saves the audit to the page's history (the diff on screen was made against the same latest audit). */
async function record(report: Report): Promise<boolean> {
  try {
    const saved = await saveAudit(report);
    return !!saved.entry;
  } catch (err) {
    // storage full: the findings stay on screen, the message says the history did not keep them
    storageError.value = historyError = err instanceof Error ? err.message : String(err);
    announce(historyError);
    return false;
  }
}

/** Downloads the audit on screen (its open findings) in `format`. */
export async function exportAs(format: ExportFormat): Promise<void> {
  const report = currentReport.value;
  if (!report) return;
  exportError.value = null;
  try {
    // the formatters and DOMPurify load on the first export, not with the popup
    const [{ exportFile, openReport }, { sanitizeHtml, saveFile }] = await Promise.all([import('@/components/export'), import('./download')]);
    const file = exportFile(openReport(report, activeFindings.value), format, { sanitize: sanitizeHtml });
    await saveFile(file);
    announce(`Downloading ${file.filename}.`);
  } catch (err) {
    exportError.value = `Couldn’t export: ${err instanceof Error ? err.message : String(err)}`;
    announce('Couldn’t export.');
  }
}

/** Opens the report page on this audit (saved to the history first). */
export async function openFullReport(): Promise<void> {
  const report = currentReport.value;
  const key = report ? historyKey(report.page.url) : null;
  if (!report || !key) return;
  if (!(await (saving ?? Promise.resolve(false)))) saving = record(report);
  // not saved because storage is full: stay here, where the message says so
  if (!(await saving) && historyError) return;
  await browser.tabs.create({ url: reportPageUrl({ kind: 'page', key, at: null, tab: target.value?.id ?? null }) });
  window.close();
}

/** Opens the draft checker in a new tab. */
export async function openDraftChecker(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/draft.html') });
  window.close();
}

/**
 * "Audit all open tabs of this site". MUST be called straight from the click: reading the site's
 * tabs needs the site's host permission, which the browser grants only on a user gesture. The run
 * itself happens in the report page (it survives the popup closing), which gives the permission
 * back afterwards unless it was there before.
 */
export function auditSiteTabs(): void {
  const s = siteOf(pageUrl.value);
  if (!s) return;
  const origins = [patternFor(s)];
  siteTabs.value = { busy: true, error: null };
  const before = browser.permissions.contains({ origins });
  const granted = browser.permissions.request({ origins });
  Promise.all([before, granted]).then(
    async ([had, ok]) => {
      if (!ok) {
        siteTabs.value = { busy: false, error: 'Permission not granted, so the other tabs of this site were not audited.' };
        announce('Permission not granted.');
        return;
      }
      await browser.tabs.create({ url: reportPageUrl({ kind: 'site-run', site: s, keep: had }) });
      siteTabs.value = { busy: false, error: null };
      window.close();
    },
    (err: unknown) => {
      siteTabs.value = { busy: false, error: `Couldn’t start: ${err instanceof Error ? err.message : String(err)}` };
    },
  );
}

export async function start(): Promise<void> {
  try {
    target.value = await activeTab();
  } catch {
    // run() reports it
  }
  const s = siteOf(target.value?.url);
  // the switch state is looked up while the audit runs (the switch waits, disabled, meanwhile)
  auto.value = { ...auto.value, site: s, busy: !!s };
  const known = s ? isAutoAudited(s).catch(() => false) : Promise.resolve(false);
  await run(false);
  const pageSite = siteOf(currentReport.value?.page.url) ?? s;
  const on = pageSite === s ? await known : pageSite ? await isAutoAudited(pageSite).catch(() => false) : false;
  auto.value = { ...auto.value, site: pageSite, on, busy: false };
}

function note(id: string, text: string | undefined): void {
  notes.value = { ...notes.value, [id]: text };
}

/** Opens a finding (closes it when open) and, when it has an element, outlines it in the page. */
export async function select(finding: Finding): Promise<void> {
  const tab = target.value;
  if (expandedId.value === finding.id) {
    const wasOutlined = outlinedId.value === finding.id;
    batch(() => {
      expandedId.value = null;
      outlinedId.value = null;
    });
    if (wasOutlined && tab) await clearIn(tab.id).catch(() => {});
    return;
  }
  // (App keeps the opened card and its details in sight, in the same render: see its layout effects)
  batch(() => {
    expandedId.value = finding.id;
    outlinedId.value = null;
    marking.value = false;
  });
  if (!tab || !isLocatable(finding) || hiddenIds.value.has(finding.id)) {
    if (tab) await clearIn(tab.id).catch(() => {});
    return;
  }
  try {
    const range = (finding.data as { range?: { block: number; start: number; end: number } }).range ?? null;
    const result = await highlightIn(tab.id, {
      selector: finding.selector!,
      excerpt: finding.excerpt,
      context: finding.context,
      range,
      // the rule's short title: the full message is in the popup, the label must not cover the page
      label: response.value?.rules[finding.ruleId]?.title ?? finding.message,
      severity: finding.severity,
    });
    if (expandedId.value !== finding.id) return; // the user moved on meanwhile
    if (!result.found) {
      note(finding.id, 'Not on the page any more. The page may have changed since the audit; run it again.');
    } else if (!result.visible) {
      note(finding.id, 'It’s on the page but hidden right now (for example in a closed menu or tab), so it can’t be outlined.');
    } else {
      outlinedId.value = finding.id;
      note(finding.id, undefined);
      announce(result.text ? 'Outlined in the page: the exact words.' : 'Outlined in the page.');
    }
  } catch {
    note(finding.id, 'Couldn’t reach the page. It may have navigated away; run the audit again.');
  }
}

function markItems(): MarkItem[] {
  const n = numbers.value;
  return ordered.value
    .filter((f) => n.has(f.id))
    .map((f) => ({
      n: n.get(f.id)!,
      selector: f.selector!,
      excerpt: f.excerpt,
      context: f.context,
      range: (f.data as { range?: MarkItem['range'] }).range ?? null,
      severity: f.severity,
      label: f.message,
    }));
}

async function refreshMarks(): Promise<void> {
  const tab = target.value;
  if (!tab || !marking.value) return;
  const result = await showAllIn(tab.id, markItems()).catch(() => null);
  markOrder.value = result?.order ? new Map(result.order) : null;
  if (!result) {
    marking.value = false;
    announce('Couldn’t reach the page. Run the audit again.');
    return;
  }
  announce(
    `${count(result.shown.length, 'finding', 'findings')} marked in the page${result.missing.length ? `; ${result.missing.length} not visible` : ''}. Press Escape in the page to clear.`,
  );
}

export async function toggleMarks(): Promise<void> {
  const tab = target.value;
  if (!tab) return;
  if (marking.value) {
    marking.value = false;
    await clearIn(tab.id).catch(() => {});
    announce('Marks removed from the page.');
    return;
  }
  batch(() => {
    marking.value = true;
    outlinedId.value = null;
  });
  await refreshMarks();
}

/** Escape: take the outline or the marks away (true when there was something to clear). */
export function clearPage(): boolean {
  const tab = target.value;
  if (!tab || (!outlinedId.value && !marking.value && !expandedId.value)) return false;
  batch(() => {
    outlinedId.value = null;
    marking.value = false;
    expandedId.value = null;
  });
  void clearIn(tab.id).catch(() => {});
  return true;
}

export function setFilters(next: Filters): void {
  filters.value = next;
  if (expandedId.value && !ordered.value.some((f) => f.id === expandedId.value)) {
    expandedId.value = null;
  }
  void refreshMarks();
}

export function toggleSeverity(severity: Severity): void {
  const current = filters.value.severities;
  setFilters({ ...filters.value, severities: current.includes(severity) ? current.filter((s) => s !== severity) : [...current, severity] });
}

export function clearFilters(): void {
  setFilters(NO_FILTERS);
}

export const copyFix = createCopyFix(copiedId, announce);

/** Shows and stores the dismissals; false (the list as it was, and a message) when storage refused them. */
async function saveDismissals(next: DismissalStore, what?: string): Promise<boolean> {
  const refused = await saveOrRollback(dismissals, next, (v) => writeDismissals(v, what));
  if (refused) {
    storageError.value = refused;
    announce(refused);
    return false;
  }
  storageError.value = historyError;
  await updateBadge();
  void refreshMarks();
  return true;
}

export async function dismiss(finding: Finding, how: DismissedHow, reason: string): Promise<void> {
  const report = currentReport.value;
  if (!report) return;
  // where focus goes next: the finding after this one (or before it), skipping what the dismissal hides
  const list = ordered.value;
  const hides = (f: Finding) => (how === 'rule' ? f.ruleId === finding.ruleId : f.id === finding.id);
  const at = list.findIndex((f) => f.id === finding.id);
  const next = list.slice(at + 1).find((f) => !hides(f)) ?? list.slice(0, at).reverse().find((f) => !hides(f)) ?? null;
  const now = new Date();
  const store =
    how === 'rule' ? silenceRule(dismissals.value, report.page.url, finding.ruleId, reason, now) : dismissFinding(dismissals.value, report.page.url, finding, reason, now);
  if (outlinedId.value && list.some((f) => f.id === outlinedId.value && hides(f))) {
    outlinedId.value = null;
    if (target.value) void clearIn(target.value.id).catch(() => {});
  }
  // focus moves to that finding in the same render that takes the dismissed one away (App's layout effect)
  batch(() => {
    expandedId.value = null;
    pendingFocus.value = { id: next?.id ?? null };
  });
  if (!(await saveDismissals(store))) return;
  const hidden = report.findings.filter(hides).length;
  announce(
    how === 'rule'
      ? `Rule silenced on this site: ${count(hidden, 'finding', 'findings')} moved to Dismissed.`
      : `Dismissed. ${count(applied.value.active.length, 'finding', 'findings')} left.`,
  );
}

export async function restore(item: DismissedFinding): Promise<void> {
  const report = currentReport.value;
  if (!report) return;
  if (await saveDismissals(restoreFinding(dismissals.value, report.page.url, item.finding.id), 'the restored finding')) announce('Restored to the list.');
}

export async function unsilence(ruleId: string): Promise<void> {
  const report = currentReport.value;
  if (!report) return;
  if (await saveDismissals(unsilenceRule(dismissals.value, report.page.url, ruleId), 'the restored rule')) announce('Rule restored on this site.');
}

/** The auto-audit switch. Called straight from the click: enabling asks for a permission, which needs the user gesture. */
export function toggleAuto(next: boolean): void {
  const s = auto.value.site;
  if (!s) return;
  auto.value = { ...auto.value, busy: true, error: null };
  const change = next ? enableAutoAudit(s) : disableAutoAudit(s).then(() => false);
  change.then(
    async (on) => {
      auto.value = { site: s, on, busy: false, error: next && !on ? 'Permission not granted, so this site is not audited automatically.' : null };
      announce(on ? 'This site is now audited automatically.' : next ? 'Permission not granted.' : 'This site is no longer audited automatically.');
      const tab = target.value;
      if (on && tab) {
        // Start auto mode in this page too (a new copy of the content script follows SPA navigation).
        batch(() => {
          outlinedId.value = null;
          marking.value = false;
        });
        await injectContentScript(tab.id).catch(() => {});
      }
    },
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      auto.value = { site: s, on: false, busy: false, error: `Couldn’t change auto-audit: ${message}` };
      announce('Couldn’t change auto-audit.');
    },
  );
}
