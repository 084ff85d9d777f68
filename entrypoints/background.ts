// The background worker: the toolbar badge and the auto-audit registration.
//
// Badge: the popup sets a tab's badge itself right after an audit; on auto-audit sites the content
// script asks for it here ('badge' message: content scripts have no action API). When a tab starts
// loading a new page its count is cleared, because it belonged to the old page. (`status` in
// tabs.onUpdated is available without the "tabs" permission.)
//
// Auto-audit: the content script is registered at runtime (scripting.registerContentScripts) for
// exactly the sites that are both in `local:autoAuditSites` and granted as optional host
// permissions. Everything that can change either side re-applies that rule: permission added or
// removed (also from the browser's own extension settings), the list changed, browser start,
// install/update. The popup may close while the browser shows its permission prompt, so nothing
// depends on the popup staying open.
import { onMessage, type AutoAuditState } from '@/utils/messaging';
import { autoAuditSitesItem, readAutoAuditSites } from '@/utils/settings/items';
import { AUTO_AUDIT_SCRIPT_ID, sitePattern } from '@/utils/settings/sites';
import { badgeColor, badgeText } from '@/utils/dismiss';
import { registerLinkChecker } from '@/utils/linkcheck/background';
import { ENGINE_SCRIPT } from '@/utils/page-engine';

const CONTENT_SCRIPT = 'content-scripts/content.js';

export default defineBackground(() => {
  const withPort = !import.meta.env.FIREFOX;

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => {
        // the tab closed meanwhile
      });
    }
  });

  onMessage('badge', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null || tabId < 0) return;
    const summary = data.summary;
    if (summary) await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(summary) });
    await browser.action.setBadgeText({ tabId, text: summary ? badgeText(summary) : '' });
  });

  // The content script needs the audit engine (utils/page-engine.ts). Allowed where the content
  // script itself was: an auto-audit site (host permission) or the tab of a popup (activeTab).
  onMessage('loadEngine', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null || tabId < 0) throw new Error('Not sent from a tab');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_SCRIPT] });
  });

  /** Makes the registration match sites ∩ granted permissions. */
  async function apply(): Promise<AutoAuditState> {
    const sites = await readAutoAuditSites();
    const active: string[] = [];
    for (const site of sites) {
      if (await browser.permissions.contains({ origins: [sitePattern(site, { withPort })] })) active.push(site);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_AUDIT_SCRIPT_ID] });
    if (!active.length) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_AUDIT_SCRIPT_ID] });
      return { active };
    }
    const script = {
      id: AUTO_AUDIT_SCRIPT_ID,
      matches: active.map((site) => sitePattern(site, { withPort })),
      js: [CONTENT_SCRIPT],
      runAt: 'document_idle' as const,
      allFrames: false,
      persistAcrossSessions: true,
    };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
    return { active };
  }

  // One at a time: events can arrive together (permission added + list changed).
  let queue: Promise<unknown> = Promise.resolve();
  function sync(): Promise<AutoAuditState> {
    const run = queue.then(apply, apply);
    queue = run.catch((err) => console.error('Clinic Lint: could not update auto-audit', err));
    return run;
  }

  onMessage('syncAutoAudit', () => sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  autoAuditSitesItem.watch(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());

  // The opt-in link checker (off by default): answers the popup's checkLinks message.
  registerLinkChecker();
});
