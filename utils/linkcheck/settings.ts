// The link checker's setting: off by default. Pure (the storage item is in utils/settings/items.ts).
//
// Stored in `local:` storage, not in the synced settings: the checker only works with the
// "access to all sites" host permission, and permissions are granted per browser. A synced "on"
// would arrive on another computer without its permission.
export interface LinkCheckSettings {
  /** the user turned the link checker on (and granted the permission when they did) */
  enabled: boolean;
}

/** The host permission the checker needs: an MV3 worker can only fetch origins it has host access to.
 * It is the manifest's optional_host_permissions entry, requested when the user turns the checker on. */
export const LINK_CHECK_ORIGINS: readonly string[] = ['*://*/*'];

export function defaultLinkCheckSettings(): LinkCheckSettings {
  return { enabled: false };
}

/** Whatever is stored, as settings (anything but `enabled: true` is off). Never throws. */
export function normalizeLinkCheckSettings(value: unknown): LinkCheckSettings {
  const v = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { enabled: v.enabled === true };
}
