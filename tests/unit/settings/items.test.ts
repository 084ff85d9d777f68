// Storage items under WXT's fake browser: the v1 → v2 migration really runs, and writes are guarded.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { SETTINGS_VERSION, defaultSettings, migrateSettingsV1toV2, type Settings } from '@/utils/settings/schema';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sync:settings storage item', () => {
  it('migrates a stored v1 value when the item is defined', async () => {
    // An unversioned value counts as v1.
    await fakeBrowser.storage.sync.set({ settings: { rules: { 'cta/dead-href': { enabled: false } }, budgetMs: 300 } });
    const item = storage.defineItem<Settings>('sync:settings', {
      fallback: defaultSettings(),
      version: SETTINGS_VERSION,
      migrations: { 2: migrateSettingsV1toV2 },
    });
    expect(await item.getValue()).toEqual({ ...defaultSettings(), rules: { 'cta/dead-href': { enabled: false } } });
    const raw = await fakeBrowser.storage.sync.get(null);
    expect(raw.settings$).toEqual({ v: 2 });
    expect(raw.settings).not.toHaveProperty('budgetMs');
  });

  it('the real items module reads defaults when nothing is stored', async () => {
    const { readSettings, readDismissals, readAutoAuditSites } = await import('@/utils/settings/items');
    expect(await readSettings()).toEqual(defaultSettings());
    expect(await readDismissals()).toEqual({ findings: {}, rules: {} });
    expect(await readAutoAuditSites()).toEqual([]);
  });

  it('writeSettings refuses settings that would not fit in sync storage, writing nothing', async () => {
    const { writeSettings, readSettings, SettingsTooLargeError } = await import('@/utils/settings/items');
    const ok: Settings = { ...defaultSettings(), asOf: '2025-01-01' };
    await writeSettings(ok);
    const claim = { id: 'x', pattern: 'x', fact: 'y'.repeat(400), severity: 'warning' as const, message: '', fix: '', sources: [], trueFrom: null, falseFrom: null, recheckBy: null };
    const huge: Settings = { ...ok, claims: Array.from({ length: 30 }, (_, i) => ({ ...claim, id: `c${i}` })) };
    await expect(writeSettings(huge)).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(await readSettings()).toEqual(ok);
  });
});
