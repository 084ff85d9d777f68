// Turning the link checker on and off, for the options page and the popup. Browser glue: the
// setting (local:linkCheck) and the all-sites host permission it needs.
import { linkCheckItem, readAutoAuditSites, readLinkCheckSettings } from '../settings/items';
import { LINK_CHECK_ORIGINS } from './settings';

export interface LinkCheckStatus {
  /** the setting is on */
  enabled: boolean;
  /** the all-sites permission is granted */
  granted: boolean;
}

const origins = () => ({ origins: [...LINK_CHECK_ORIGINS] });

export function hasLinkCheckPermission(): Promise<boolean> {
  return browser.permissions.contains(origins());
}

export async function linkCheckStatus(): Promise<LinkCheckStatus> {
  const [settings, granted] = await Promise.all([readLinkCheckSettings(), hasLinkCheckPermission().catch(() => false)]);
  return { enabled: settings.enabled, granted };
}

/** The checker runs: on, and permitted. */
export const isActive = (s: LinkCheckStatus) => s.enabled && s.granted;

/**
 * Turns the checker on. MUST be called straight from a click (or other user gesture): the browser
 * shows its permission prompt only then, so permissions.request is the first browser call here.
 * Resolves false (and leaves the checker off) when the permission is refused.
 */
export function enableLinkCheck(): Promise<boolean> {
  return browser.permissions.request(origins()).then(async (granted) => {
    await linkCheckItem.setValue({ enabled: granted });
    return granted;
  });
}

/**
 * Turns the checker off and gives the all-sites permission back, unless auto-audit sites are
 * listed: Chrome revokes every narrower site grant together with the broad one, which would stop
 * auto-audit too. Resolves whether the permission was given back.
 */
export async function disableLinkCheck(): Promise<{ released: boolean }> {
  await linkCheckItem.setValue({ enabled: false });
  if ((await readAutoAuditSites()).length) return { released: false };
  await browser.permissions.remove(origins()).catch(() => false);
  return { released: true };
}

/** Calls `cb` whenever the setting or the extension's permissions change; returns the unsubscriber. */
export function watchLinkCheck(cb: () => void): () => void {
  const unwatch = linkCheckItem.watch(() => cb());
  browser.permissions.onAdded.addListener(cb);
  browser.permissions.onRemoved.addListener(cb);
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(cb);
    browser.permissions.onRemoved.removeListener(cb);
  };
}
