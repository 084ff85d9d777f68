// Turning auto-audit on and off for a site, shared by the popup and the options page. Browser glue:
// the permission request, the stored list, and a nudge to the background worker, which owns the
// content-script registration (see entrypoints/background.ts).
import { sendMessage } from '../messaging';
import { autoAuditSitesItem, readAutoAuditSites } from './items';
import { addSite, removeSite, sitePattern } from './sites';

/** Chrome match patterns may carry a port (the exact origin); Firefox's may not. */
const WITH_PORT = !import.meta.env.FIREFOX;

export const patternFor = (site: string) => sitePattern(site, { withPort: WITH_PORT });

/** The site is audited automatically: it is in the list and its permission is granted. */
export async function isAutoAudited(site: string): Promise<boolean> {
  const sites = await readAutoAuditSites();
  if (!sites.includes(site)) return false;
  return browser.permissions.contains({ origins: [patternFor(site)] });
}

/** For the options page: every listed site and whether its permission is (still) granted. */
export async function autoAuditStatus(): Promise<Array<{ site: string; granted: boolean }>> {
  const sites = await readAutoAuditSites();
  return Promise.all(sites.map(async (site) => ({ site, granted: await browser.permissions.contains({ origins: [patternFor(site)] }) })));
}

/**
 * Turns auto-audit on for a site. MUST be called straight from a click handler: the browser shows
 * its permission prompt only during a user gesture, so permissions.request is the first browser
 * call here. The site is written to the list at the same time (not after), because a popup can
 * close while the prompt is open; the background worker registers the content script when the
 * permission arrives (permissions.onAdded), popup or not.
 */
export function enableAutoAudit(site: string): Promise<boolean> {
  const granted = browser.permissions.request({ origins: [patternFor(site)] });
  const listed = readAutoAuditSites().then((sites) => autoAuditSitesItem.setValue(addSite(sites, site)));
  const unlist = async () => autoAuditSitesItem.setValue(removeSite(await readAutoAuditSites(), site));
  return Promise.all([granted, listed]).then(
    async ([ok]) => {
      if (!ok) {
        await unlist();
        return false;
      }
      await sendMessage('syncAutoAudit', undefined);
      return true;
    },
    async (err: unknown) => {
      await listed.catch(() => {});
      await unlist();
      throw err;
    },
  );
}

/** Turns auto-audit off for a site: drops it from the list, gives the permission back, drops the registration. */
export async function disableAutoAudit(site: string): Promise<void> {
  await autoAuditSitesItem.setValue(removeSite(await readAutoAuditSites(), site));
  await browser.permissions.remove({ origins: [patternFor(site)] });
  await sendMessage('syncAutoAudit', undefined);
}
