// The extension's stored state, as WXT storage items (versioned; migrations are the pure functions
// in schema.ts). Small settings sync across the user's browsers; dismissals and auto-audit sites
// are about this browser's pages and stay local.
//
//   sync:settings        Settings (v2)       rules, clinic profile, custom claims, "as of" date
//   local:dismissals     DismissalStore (v1) dismissed findings per page, silenced rules per site
//   local:autoAuditSites string[] (v1)       origins to audit on every page (with their host permission)
//   local:linkCheck      LinkCheckSettings (v1) the opt-in link checker, off by default (utils/linkcheck/settings.ts)
import { storage } from 'wxt/utils/storage';
import { writeOrExplain } from '../storage-errors';
import { emptyDismissals, normalizeDismissals, type DismissalStore } from '../dismiss';
import { SETTINGS_VERSION, SYNC_ITEM_LIMIT, defaultSettings, migrateSettingsV1toV2, normalizeSettings, syncBytes, type Settings } from './schema';
import { normalizeSites } from './sites';
import { defaultLinkCheckSettings, normalizeLinkCheckSettings, type LinkCheckSettings } from '../linkcheck/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

export const dismissalsItem = storage.defineItem<DismissalStore>('local:dismissals', {
  fallback: emptyDismissals(),
  version: 1,
});

export const autoAuditSitesItem = storage.defineItem<string[]>('local:autoAuditSites', {
  fallback: [],
  version: 1,
});

export const linkCheckItem = storage.defineItem<LinkCheckSettings>('local:linkCheck', {
  fallback: defaultLinkCheckSettings(),
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `These settings take ${(bytes / 1024).toFixed(1)} KB, more than the ${SYNC_ITEM_LIMIT / 1024} KB your browser syncs per item. Remove some custom claims or shorten their text, then save again.`,
    );
    this.name = 'SettingsTooLargeError';
  }
}

/**
 * Saves complete settings (checked by the caller). Throws SettingsTooLargeError before writing
 * anything too big, and a StorageWriteError (with a message for the person) when the browser
 * refuses the write (sync storage full, too many writes); the stored settings stay as they were.
 */
export async function writeSettings(settings: Settings): Promise<void> {
  const bytes = syncBytes(settings);
  if (bytes > SYNC_ITEM_LIMIT) throw new SettingsTooLargeError(bytes);
  await writeOrExplain('the settings', 'sync', () => settingsItem.setValue(settings));
}

/** Saves the dismissals; a refused write (storage full) throws a StorageWriteError that says so. */
export async function writeDismissals(next: DismissalStore, what = 'the dismissal'): Promise<void> {
  await writeOrExplain(what, 'local', () => dismissalsItem.setValue(next));
}

export async function readDismissals(): Promise<DismissalStore> {
  return normalizeDismissals(await dismissalsItem.getValue());
}

export async function readAutoAuditSites(): Promise<string[]> {
  return normalizeSites(await autoAuditSitesItem.getValue());
}

export async function readLinkCheckSettings(): Promise<LinkCheckSettings> {
  return normalizeLinkCheckSettings(await linkCheckItem.getValue());
}
