// "Audit all open tabs of this site", least privilege: no "tabs" permission and no standing host
// permission. The popup asks for the site's optional host permission (the same one auto-audit
// uses) on the user's click; with it, tabs.query({ url: <site pattern> }) lists the site's tabs
// with their URLs and the content script can be injected into each (scripting). Each page is
// audited by the content script with the user's settings, saved to the history, and the pages are
// combined into one site report (utils/report/combine.ts). Afterwards the permission is given back
// unless it was there before (auto-audit, or granted earlier).
import type { Report } from '@/utils/types';
import { combineReports } from '@/utils/report/combine';
import { writeOrExplain } from '@/utils/storage-errors';
import { lastSiteReportItem, saveAudit, type SavedSiteReport, type SiteRunFailure, type SiteRunPage } from '@/utils/history/persist';
import { patternFor } from '@/utils/settings/auto-audit';
import { readAutoAuditSites } from '@/utils/settings/items';
import { siteOf } from '@/utils/settings/sites';
import { auditTab } from '../popup/tab';

export interface RunItem {
  tabId: number;
  url: string;
  title: string;
  state: 'waiting' | 'running' | 'done' | 'failed';
  error?: string;
  /** errors + warnings + notes found, when done */
  found?: number;
}

export class NeedsPermissionError extends Error {
  constructor(readonly site: string) {
    super(`Clinic Lint needs access to ${site} to read its tabs.`);
    this.name = 'NeedsPermissionError';
  }
}

/** Tabs audited at the same time. */
const CONCURRENCY = 3;

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/receiving end|no response|could not establish/i.test(text)) return 'The page didn’t answer (it may still be loading).';
  if (/cannot access|permission/i.test(text)) return 'Clinic Lint has no access to this tab.';
  if (/discarded|no tab with id/i.test(text)) return 'The tab was closed or put to sleep.';
  return text;
}

export async function runSiteAudit(site: string, opts: { keep: boolean; onProgress?: (items: RunItem[]) => void; now?: () => Date }): Promise<SavedSiteReport> {
  const origins = [patternFor(site)];
  if (!(await browser.permissions.contains({ origins }))) throw new NeedsPermissionError(site);
  const now = opts.now ?? (() => new Date());
  try {
    // Firefox patterns have no port: keep exactly this origin's tabs.
    const tabs = (await browser.tabs.query({ url: origins[0] }))
      .filter((t) => t.id != null && t.id >= 0 && siteOf(t.url) === site)
      .sort((a, b) => a.windowId - b.windowId || a.index - b.index);
    const items: RunItem[] = tabs.map((t) => ({ tabId: t.id!, url: t.url ?? '', title: t.title ?? '', state: 'waiting' }));
    const progress = () => opts.onProgress?.(items.map((i) => ({ ...i })));
    progress();
    if (!items.length) throw new Error(`No open tab of ${site} was found.`);

    const reports: Array<Report | null> = items.map(() => null);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const i = next++;
        const item = items[i]!;
        item.state = 'running';
        progress();
        try {
          const { report } = await auditTab(item.tabId, false);
          reports[i] = report;
          item.title = report.page.title || item.title;
          item.url = report.page.url || item.url;
          item.state = 'done';
          item.found = report.findings.length;
          await saveAudit(report).catch(() => undefined);
        } catch (err) {
          item.state = 'failed';
          item.error = describe(err);
        }
        progress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));

    const pages: SiteRunPage[] = [];
    const done: Report[] = [];
    const failures: SiteRunFailure[] = [];
    items.forEach((item, i) => {
      const r = reports[i];
      if (r) {
        done.push(r);
        pages.push({ url: r.page.url, title: r.page.title, tabId: item.tabId });
      } else {
        failures.push({ url: item.url, title: item.title, error: item.error ?? 'Not audited.' });
      }
    });
    if (!done.length) throw new Error(`None of the ${items.length} open tab${items.length === 1 ? '' : 's'} of ${site} could be audited: ${failures[0]?.error ?? ''}`);
    const saved: SavedSiteReport = { site, report: combineReports(done, { generatedAt: now() }), pages, failures };
    // storage full: say so in words (the run's error), instead of the browser's quota message
    await writeOrExplain('the combined report', 'local', () => lastSiteReportItem.setValue(saved));
    return saved;
  } finally {
    if (!opts.keep && !(await readAutoAuditSites()).includes(site)) {
      await browser.permissions.remove({ origins }).catch(() => false);
    }
  }
}
