import { describe, expect, it } from 'vitest';
import { exportFileName, exportSettings, parseSettingsFile, SETTINGS_SCHEMA } from '@/utils/settings/transfer';
import { SETTINGS_VERSION, defaultSettings, type Settings } from '@/utils/settings/schema';

const known = new Set(['phone/unlinked-number', 'cta/dead-href']);
const settings: Settings = {
  ...defaultSettings(),
  rules: { 'phone/unlinked-number': { enabled: false }, 'cta/dead-href': { severity: 'warning' } },
  profile: { phones: ['+1 949 945 0927'], bookingUrlPatterns: ['/book'], region: 'US', reviewCycleMonths: 6 },
  asOf: '2025-06-01',
};

describe('settings export', () => {
  it('round-trips through import unchanged', () => {
    const text = exportSettings(settings, new Date('2026-11-26T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ schema: SETTINGS_SCHEMA, version: SETTINGS_VERSION, exportedAt: '2026-11-26T10:00:00.000Z' });
    const back = parseSettingsFile(text, known);
    expect(back).toEqual({ ok: true, settings, from: 'export' });
  });

  it('names the file with the day', () => {
    expect(exportFileName(new Date('2026-11-26T23:00:00Z'))).toBe('cliniclint-settings-2026-11-26.json');
  });
});

describe('settings import: a bad file is explained and changes nothing', () => {
  const errorsOf = (text: string) => {
    const r = parseSettingsFile(text, known);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('not JSON', () => {
    expect(errorsOf('{ "schema": "cliniclint.settings", ')[0]).toMatch(/not valid JSON/);
    expect(errorsOf('   ')[0]).toMatch(/empty/);
  });

  it('JSON but not an object', () => {
    expect(errorsOf('[1,2]')[0]).toMatch(/JSON object/);
  });

  it('another tool’s file', () => {
    expect(errorsOf('{"schema":"eslint"}')[0]).toMatch(/not a Clinic Lint settings file/);
    expect(errorsOf('{"extends":"x","plugins":[]}')[0]).toMatch(/does not look like Clinic Lint settings/);
  });

  it('a newer version', () => {
    const text = JSON.stringify({ schema: SETTINGS_SCHEMA, version: SETTINGS_VERSION + 1, settings: {} });
    expect(errorsOf(text)[0]).toMatch(/newer Clinic Lint/);
  });

  it('bad values, all listed', () => {
    const text = JSON.stringify({
      schema: SETTINGS_SCHEMA,
      version: SETTINGS_VERSION,
      settings: { rules: { 'made/up': { enabled: false } }, profile: { reviewCycleMonths: 'yearly' }, asOf: '26/11/2026' },
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(3);
  });

  it('no settings object', () => {
    expect(errorsOf(JSON.stringify({ schema: SETTINGS_SCHEMA, version: 2 }))[0]).toMatch(/no "settings" object/);
  });
});

describe('settings import: other accepted shapes', () => {
  it('a CLI config file (v1 shape) is migrated', () => {
    const r = parseSettingsFile(JSON.stringify({ rules: { 'cta/dead-href': { enabled: false } }, budgetMs: 500, auditAnyPage: true }), known);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.from).toBe('cli-config');
      expect(r.settings).toEqual({ ...defaultSettings(), rules: { 'cta/dead-href': { enabled: false } } });
    }
  });

  it('a version-1 export', () => {
    const r = parseSettingsFile(JSON.stringify({ schema: SETTINGS_SCHEMA, version: 1, settings: { profile: { region: 'gb' }, budgetMs: 9 } }), known);
    expect(r.ok && r.settings.profile.region).toBe('GB');
  });

  it('ignores a byte-order mark', () => {
    expect(parseSettingsFile(`\uFEFF${exportSettings(settings)}`, known).ok).toBe(true);
  });
});
