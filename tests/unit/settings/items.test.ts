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

  // The same with the shipped item (utils/settings/items.ts), its migration re-run on data the
  // previous version stored: what an update from v1 to v2 does to a user's browser.
  it('the shipped item migrates what the previous version stored: rules, profile and claims kept, CLI-only keys dropped, other keys untouched', async () => {
    const { settingsItem, readSettings } = await import('@/utils/settings/items');
    const claim = { id: 'user-dr-smith', pattern: 'Dr\\.? Smith', fact: 'Dr. Smith left the clinic in 2025.' };
    const v1 = {
      rules: { 'phone/unlinked-number': { enabled: false }, 'cta/dead-href': { severity: 'warning' } },
      profile: { phones: ['+1 949 945 0927'], bookingUrlPatterns: ['/book'], region: 'us', reviewCycleMonths: 6 },
      claims: [claim],
      auditAnyPage: true,
      budgetMs: 400,
    };
    await fakeBrowser.storage.sync.set({ settings: v1, unrelated: { keep: true } });
    await fakeBrowser.storage.local.set({ dismissals: { findings: {}, rules: {} } });
    await settingsItem.migrate();
    const raw = await fakeBrowser.storage.sync.get(null);
    expect(raw.settings$).toEqual({ v: 2 });
    expect(raw.unrelated).toEqual({ keep: true });
    const expected: Settings = {
      rules: v1.rules as Settings['rules'],
      profile: { phones: ['+1 949 945 0927'], bookingUrlPatterns: ['/book'], region: 'US', reviewCycleMonths: 6 },
      claims: [expect.objectContaining({ ...claim, severity: 'warning', trueFrom: null, falseFrom: null, recheckBy: null })],
      asOf: null,
    };
    expect(raw.settings).toEqual(expected);
    expect(await readSettings()).toEqual(expected);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ dismissals: { findings: {}, rules: {} } });
  });

  it('a v2 value is not migrated again (its "as of" date survives a second run)', async () => {
    const { settingsItem, readSettings } = await import('@/utils/settings/items');
    const v2: Settings = { ...defaultSettings(), asOf: '2025-06-01' };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: v2, settings$: { v: 2 } });
    expect(await readSettings()).toEqual(v2);
  });

  it('a hand-edited v1 value of the wrong shape migrates to working settings instead of failing', async () => {
    const { settingsItem, readSettings } = await import('@/utils/settings/items');
    await fakeBrowser.storage.sync.set({ settings: { rules: 'all off', profile: [], claims: { x: 1 }, budgetMs: 'fast' } });
    await expect(settingsItem.migrate()).resolves.toBeUndefined();
    expect(await readSettings()).toEqual(defaultSettings());
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('settings written by a newer version (v3) are not overwritten or thrown away by this one', async () => {
    const { settingsItem, readSettings } = await import('@/utils/settings/items');
    const v3 = { rules: { 'cta/dead-href': { enabled: false } }, profile: { region: 'GB' }, claims: [], asOf: '2027-01-01', somethingNew: { x: 1 } };
    await fakeBrowser.storage.sync.set({ settings: v3, settings$: { v: 3 } });
    await expect(settingsItem.migrate()).rejects.toThrow(/downgrade/i);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: v3, settings$: { v: 3 } });
    const read = await readSettings();
    expect(read.rules).toEqual({ 'cta/dead-href': { enabled: false } });
    expect(read.profile.region).toBe('GB');
    expect(read.asOf).toBe('2027-01-01');
  });
});
