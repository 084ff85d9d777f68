// The content script: audits the page with the stored settings, answers the popup, draws the
// overlay, and, on auto-audit sites, keeps the toolbar badge up to date. It is kept small: the
// audit engine is a second script loaded only when an audit is needed (utils/page-engine.ts), and
// on auto-audit sites a cheap pre-filter (utils/detect/quick.ts) decides whether a page needs one.
// Until then its start-up only registers listeners.
//
// Two ways in, one file:
//  - on demand: the popup injects it (activeTab + scripting):
//      browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] })
//  - auto-audit: the background registers it at runtime (scripting.registerContentScripts) for the
//    sites the user turned on and granted; then it audits every page of the site by itself.
// `registration: 'runtime'` with no matches keeps it out of the manifest: no host permissions, and
// it never runs on a page the user did not ask about.
//
// Double injection: every injection re-runs this file and WXT creates a new ContentScriptContext,
// whose constructor synchronously invalidates the previous one (a same-named script-started event).
// The previous copy's handlers, watchers, timers and overlay go in ctx.onInvalidated, so exactly one
// copy answers at any time.
import { onMessage, sendMessage, type AuditResponse, type BadgeRequest } from '@/utils/messaging';
import { autoAuditSitesItem, dismissalsItem, readAutoAuditSites, readDismissals, readSettings, settingsItem } from '@/utils/settings/items';
import { siteOf } from '@/utils/settings/sites';
import { applyDismissals, summarize } from '@/utils/dismiss';
import { registerLinkTargets } from '@/utils/linkcheck/content';
import { quickDetect } from '@/utils/detect/quick';
import { pageEngine, type PageEngine } from '@/utils/page-engine';
import { createOverlay } from './overlay';
import { hiddenFindingIds } from './visibility';

/**
 * Time budgets (the engine's default is 150 ms). An audit the user asked for in the popup may take
 * longer on a cold first run or a busy machine: a complete answer after a second is better than a
 * partial one. Auto-audit runs unasked on every page load, so it gets a tighter budget.
 */
const POPUP_BUDGET_MS = 2000;
const AUTO_BUDGET_MS = 1000;

/** After an SPA navigation, audit once the DOM has been quiet this long… */
const SETTLE_MS = 300;
/** …but no later than this after the navigation. */
const SETTLE_MAX_MS = 3000;

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Only the document-level custom event, no window.postMessage that page scripts would see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const overlay = createOverlay(ctx);
    /** "Audit anyway" was asked for this page: keep auditing it that way until it navigates. */
    let forced = false;

    // The engine: already here when the popup injected it with this script, else asked for once.
    const version = browser.runtime.getManifest().version;
    let loading: Promise<PageEngine> | null = null;
    function loadEngine(): Promise<PageEngine> {
      const ready = pageEngine(version);
      if (ready) return Promise.resolve(ready);
      loading ??= sendMessage('loadEngine', undefined)
        .then(() => pageEngine(version) ?? Promise.reject(new Error('The audit engine could not be loaded into this page')))
        .finally(() => (loading = null));
      return loading;
    }

    async function audit(force: boolean, budgetMs: number): Promise<AuditResponse> {
      const [settings, engine] = await Promise.all([readSettings(), loadEngine()]);
      return engine.audit({ settings, force, budgetMs });
    }

    const removers = [
      onMessage('audit', async ({ data }) => {
        forced = data?.force === true;
        const response = await audit(forced, POPUP_BUDGET_MS);
        return { ...response, hidden: hiddenFindingIds(response.report.findings) };
      }),
      onMessage('highlight', ({ data }) => overlay.highlight(data)),
      onMessage('showAll', ({ data }) => overlay.showAll(data.items)),
      onMessage('clear', () => overlay.clear()),
    ];
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
    });
    // the opt-in link checker asks for the page's links (utils/linkcheck/content.ts)
    ctx.onInvalidated(registerLinkTargets(loadEngine));

    // ── auto-audit ────────────────────────────────────────────────────────────
    const site = siteOf(location.href);
    let auto = false;

    function badge(summary: BadgeRequest['summary']): Promise<void> {
      return sendMessage('badge', { summary }).catch(() => {
        // the extension was reloaded or updated: this copy is orphaned
      });
    }

    async function autoAudit(): Promise<void> {
      if (!ctx.isValid || !auto) return;
      if (!site || !(await readAutoAuditSites()).includes(site)) {
        auto = false;
        await badge(null);
        return;
      }
      // Most pages are not clinic pages: a cheap look first, and no engine for those.
      if (!forced && !quickDetect(document, location.href).maybeClinic) {
        await badge(null);
        return;
      }
      const [{ report }, dismissals] = await Promise.all([audit(forced, AUTO_BUDGET_MS), readDismissals()]);
      if (!ctx.isValid) return;
      // Silent on pages that are not clinic pages (unless the user asked to audit this one anyway).
      if (report.page.detection.kind === 'other' && !forced) {
        await badge(null);
        return;
      }
      await badge(summarize(applyDismissals(report.findings, dismissals, location.href).active));
    }

    // Single-page apps: re-audit after the URL changes, once the new view has rendered.
    let timer: number | undefined;
    let deadline = 0;
    let observer: MutationObserver | null = null;
    const settled = () => {
      observer?.disconnect();
      observer = null;
      deadline = 0;
      void autoAudit();
    };
    const bump = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(settled, Math.max(0, Math.min(SETTLE_MS, deadline - Date.now())));
    };
    const afterNavigation = () => {
      forced = false;
      deadline ||= Date.now() + SETTLE_MAX_MS;
      if (!observer && document.body) {
        observer = new MutationObserver(bump);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }
      bump();
    };
    ctx.onInvalidated(() => observer?.disconnect());

    async function startAutoAudit(): Promise<void> {
      if (!site || !(await readAutoAuditSites()).includes(site) || !ctx.isValid) return;
      auto = true;
      ctx.addEventListener(window, 'wxt:locationchange', afterNavigation);
      // Settings or dismissals changed (options page, popup): the count changes with them.
      const unwatch = [settingsItem.watch(() => void autoAudit()), dismissalsItem.watch(() => void autoAudit()), autoAuditSitesItem.watch(() => void autoAudit())];
      ctx.onInvalidated(() => unwatch.forEach((u) => u()));
      await autoAudit();
    }
    void startAutoAudit();
  },
});
