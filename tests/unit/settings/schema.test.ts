import { describe, expect, it } from 'vitest';
import {
  SYNC_ITEM_LIMIT,
  auditNow,
  checkSettings,
  defaultSettings,
  isIsoDay,
  migrateSettingsV1toV2,
  newClaimId,
  normalizeSettings,
  settingsToConfig,
  syncBytes,
} from '@/utils/settings/schema';
import { auditDocument } from '@/utils/engine';
import { isoDay } from '@/utils/dates/iso';
import type { Config } from '@/utils/types';

const claim = { id: 'user-dr-smith', pattern: 'Dr\\.? Smith', fact: 'Dr. Smith left the clinic in 2025.' };

describe('migrateSettingsV1toV2 (pure)', () => {
  it('turns a v1 value (the CLI config shape) into complete v2 settings', () => {
    const v1 = {
      rules: { 'phone/unlinked-number': { enabled: false }, 'cta/dead-href': { severity: 'warning' } },
      profile: { phones: ['949-945-0927'], region: 'us' },
      claims: [claim],
      auditAnyPage: true,
      budgetMs: 400,
    };
    const v2 = migrateSettingsV1toV2(v1);
    expect(v2).toEqual({
      rules: { 'phone/unlinked-number': { enabled: false }, 'cta/dead-href': { severity: 'warning' } },
      profile: { phones: ['949-945-0927'], bookingUrlPatterns: [], region: 'US', reviewCycleMonths: 12 },
      claims: [expect.objectContaining({ ...claim, severity: 'warning', trueFrom: null, falseFrom: null, recheckBy: null })],
      asOf: null,
    });
    expect(v2).not.toHaveProperty('budgetMs');
    expect(v2).not.toHaveProperty('auditAnyPage');
  });

  it('does not mutate its input and never throws on junk', () => {
    const v1 = Object.freeze({ rules: Object.freeze({ x: Object.freeze({ enabled: false }) }) });
    expect(() => migrateSettingsV1toV2(v1)).not.toThrow();
    for (const junk of [null, undefined, 42, 'text', [], { rules: 'no', profile: [], claims: {} }]) {
      expect(migrateSettingsV1toV2(junk)).toEqual(defaultSettings());
    }
  });
});

describe('normalizeSettings (tolerant read of stored values)', () => {
  it('keeps the good parts and replaces the rest with defaults', () => {
    const s = normalizeSettings({
      rules: { a: { enabled: false, severity: 'loud' }, b: 'off', c: {} },
      profile: { phones: ['1', 2, '3'], region: 'United States', reviewCycleMonths: 0 },
      claims: [claim, { id: 'broken', pattern: '(' , fact: 'x' }, 'nope'],
      asOf: '2025-02-30',
    });
    expect(s.rules).toEqual({ a: { enabled: false } });
    expect(s.profile).toEqual({ phones: ['1', '3'], bookingUrlPatterns: [], region: null, reviewCycleMonths: 12 });
    expect(s.claims.map((c) => c.id)).toEqual(['user-dr-smith']);
    expect(s.asOf).toBeNull();
  });
});

describe('checkSettings (strict, for imports and the options form)', () => {
  const known = new Set(['phone/unlinked-number', 'cta/dead-href']);

  it('accepts good settings and completes them', () => {
    const r = checkSettings({ rules: { 'cta/dead-href': { severity: 'info' } }, asOf: '2025-06-01', claims: [claim] }, known);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.asOf).toBe('2025-06-01');
      expect(r.settings.rules).toEqual({ 'cta/dead-href': { severity: 'info' } });
      expect(r.settings.profile.reviewCycleMonths).toBe(12);
    }
  });

  it('lists every problem at once', () => {
    const r = checkSettings(
      {
        rules: { 'no/such-rule': { enabled: 'yes' } },
        profile: { region: 'USA', reviewCycleMonths: 99, phones: 'one' },
        claims: [claim, { ...claim }, { id: 'x', pattern: '[', fact: 'y', trueFrom: '2024-13-01' }],
        asOf: 'yesterday',
      },
      known,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.errors.join('\n');
      expect(text).toMatch(/unknown rule "no\/such-rule"/);
      expect(text).toMatch(/enabled must be true or false/);
      expect(text).toMatch(/region/);
      expect(text).toMatch(/reviewCycleMonths/);
      expect(text).toMatch(/phones must be a list of strings/);
      expect(text).toMatch(/claims\[2\]\.pattern is not a valid regular expression/);
      expect(text).toMatch(/claims\[1\]\.id "user-dr-smith" is used twice/);
      expect(text).toMatch(/asOf must be a date/);
    }
  });

  it('rejects non-objects', () => {
    expect(checkSettings([]).ok).toBe(false);
    expect(checkSettings('x').ok).toBe(false);
  });
});

describe('settings → engine', () => {
  it('auditNow is noon UTC of the "as of" day, so the rules see exactly that day', () => {
    const now = auditNow({ asOf: '2025-01-31' });
    expect(now.toISOString()).toBe('2025-01-31T12:00:00.000Z');
    expect(isoDay(now)).toBe('2025-01-31');
    const fixed = new Date('2026-11-26T08:00:00Z');
    expect(auditNow({ asOf: null }, () => fixed)).toBe(fixed);
  });

  it('a disabled rule and a severity override reach the engine', () => {
    const html = `<main><article><h1>Ketamine clinic</h1><p>Call us at 949-945-0927 today.</p></article></main>`;
    document.documentElement.innerHTML = html;
    // a generous time budget: a cold first run in jsdom can exceed the default one
    const run = (config: Partial<Config>) =>
      auditDocument(document, { url: 'https://clinic.example/x', now: new Date('2026-11-26T12:00:00Z'), force: true, config: { ...config, budgetMs: 60_000 } });
    const base = run({});
    const first = base.findings.find((f) => !f.ruleId.startsWith('internal/'));
    expect(first).toBeDefined();
    const settings = { ...defaultSettings(), rules: { [first!.ruleId]: { enabled: false } } };
    const off = run(settingsToConfig(settings));
    expect(off.findings.some((f) => f.ruleId === first!.ruleId)).toBe(false);
    const other = first!.severity === 'info' ? 'error' : 'info';
    const over = run(settingsToConfig({ ...defaultSettings(), rules: { [first!.ruleId]: { severity: other } } }));
    expect(over.findings.filter((f) => f.ruleId === first!.ruleId).every((f) => f.severity === other)).toBe(true);
  });
});

describe('small helpers', () => {
  it('isIsoDay accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-1-01')).toBe(false);
    expect(isIsoDay(20250101)).toBe(false);
  });

  it('syncBytes measures UTF-8 bytes against the sync item limit', () => {
    const s = defaultSettings();
    expect(syncBytes(s)).toBeLessThan(300);
    const big = { ...s, claims: Array.from({ length: 40 }, (_, i) => ({ ...claim, id: `c${i}`, fact: 'é'.repeat(120), severity: 'warning' as const, message: '', fix: '', sources: [], trueFrom: null, falseFrom: null, recheckBy: null })) };
    expect(syncBytes(big)).toBeGreaterThan(SYNC_ITEM_LIMIT);
  });

  it('newClaimId makes readable unique ids', () => {
    expect(newClaimId('Dr\\.? Smith', [])).toBe('user-dr-smith');
    expect(newClaimId('Dr\\.? Smith', ['user-dr-smith'])).toBe('user-dr-smith-2');
    expect(newClaimId('$$$', [])).toBe('user-claim');
  });
});
