// The extension's settings: what the options page edits, what the content script turns into the
// engine's `config` and `now`. Pure (no browser APIs), so the migrations and the import checks are
// unit-tested in Node.
//
// Versions (stored as `settings$ = { v }` next to the value by WXT storage):
//   v1  the engine's Config as the CLI reads it from `--config FILE`: { rules, profile, claims,
//       auditAnyPage, budgetMs }, every key optional. A settings import also accepts this shape, so a
//       team's CLI config file can be loaded into the extension as it is.
//   v2  the extension's own settings: { rules, profile, claims, asOf }. Adds the "as of" date; drops
//       budgetMs and auditAnyPage, which the extension does not offer (the popup has "Audit anyway").
import type { ClaimEntry, ClinicProfile, Config, RuleOverride, Severity } from '../types';
import { validateConfig } from '../config/validate';
import { defaultConfig } from '../config/defaults';

export const SETTINGS_VERSION = 2;

export interface Settings {
  /** rule id → enabled / severity override */
  rules: Record<string, RuleOverride>;
  profile: ClinicProfile;
  /** the user's own claims entries, added to the shipped knowledge base */
  claims: ClaimEntry[];
  /** YYYY-MM-DD the audit is "as of" (what the rules take as today); null = the real today */
  asOf: string | null;
}

/** v1: the CLI config-file shape. */
export interface SettingsV1 {
  rules?: Record<string, RuleOverride>;
  profile?: Partial<ClinicProfile>;
  claims?: ClaimEntry[];
  auditAnyPage?: boolean;
  budgetMs?: number;
}

export function defaultSettings(): Settings {
  const d = defaultConfig();
  return { rules: {}, profile: { ...d.profile, phones: [], bookingUrlPatterns: [] }, claims: [], asOf: null };
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Reads whatever is stored (a value written by this or another version, on this or another
 * device, possibly edited by hand) into complete settings. Never throws: a part that does not make
 * sense is replaced by its default, the rest is kept.
 */
export function normalizeSettings(value: unknown): Settings {
  const d = defaultSettings();
  if (!isObj(value)) return d;
  const rules: Record<string, RuleOverride> = {};
  if (isObj(value.rules)) {
    for (const [id, o] of Object.entries(value.rules)) {
      if (!isObj(o)) continue;
      const entry: RuleOverride = {};
      if (typeof o.enabled === 'boolean') entry.enabled = o.enabled;
      if (typeof o.severity === 'string' && SEVERITIES.has(o.severity)) entry.severity = o.severity as Severity;
      if (entry.enabled !== undefined || entry.severity !== undefined) rules[id] = entry;
    }
  }
  const p = isObj(value.profile) ? value.profile : {};
  const cycle = p.reviewCycleMonths;
  const profile: ClinicProfile = {
    phones: strings(p.phones),
    bookingUrlPatterns: strings(p.bookingUrlPatterns),
    region: typeof p.region === 'string' && /^[A-Za-z]{2}$/.test(p.region) ? p.region.toUpperCase() : null,
    reviewCycleMonths: typeof cycle === 'number' && cycle >= 1 && cycle <= 60 ? cycle : d.profile.reviewCycleMonths,
  };
  const claims: ClaimEntry[] = [];
  if (Array.isArray(value.claims)) {
    // keep only entries the engine can use; validateConfig fills in their optional fields
    for (const c of value.claims) {
      const one = validateConfig({ claims: [c] });
      if (one.ok) claims.push(...one.config.claims);
    }
  }
  return { rules, profile, claims, asOf: isIsoDay(value.asOf) ? value.asOf : null };
}

/** v1 → v2 (a WXT storage migration: pure, must not throw). */
export function migrateSettingsV1toV2(v1: unknown): Settings {
  // v1 had no asOf; normalizeSettings drops budgetMs/auditAnyPage and fills the gaps.
  const { asOf: _ignored, ...rest } = isObj(v1) ? v1 : {};
  return normalizeSettings({ ...rest, asOf: null });
}

const SETTINGS_KEYS = ['rules', 'profile', 'claims', 'asOf'] as const satisfies ReadonlyArray<keyof Settings>;
const PROFILE_KEYS = ['phones', 'bookingUrlPatterns', 'region', 'reviewCycleMonths'] as const satisfies ReadonlyArray<keyof ClinicProfile>;

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Strict check of settings a person supplies (an imported file, the options form): every problem,
 * in words, or the complete settings. Reuses the engine's validateConfig for rules, profile and
 * claims; adds the "as of" date.
 */
export function checkSettings(input: unknown, knownRuleIds?: ReadonlySet<string>): SettingsCheck {
  if (!isObj(input)) return { ok: false, errors: ['The settings must be a JSON object.'] };
  const errors: string[] = [];
  // Only the keys these settings have: a key such as "__proto__" or "constructor" (or a typo) is
  // named, not silently dropped, so a hand-edited or hostile file is refused as a whole.
  const unknownKeys = (obj: Record<string, unknown>, known: readonly string[], at: string) => {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) errors.push(`${at}${JSON.stringify(key).slice(0, 60)} is not a setting (expected ${known.join(', ')})`);
    }
  };
  unknownKeys(input, SETTINGS_KEYS, '');
  if (isObj(input.profile)) unknownKeys(input.profile, PROFILE_KEYS, 'profile: ');
  // Claim fields the engine's check leaves to the caller: each must be text (or a list of text).
  if (Array.isArray(input.claims)) {
    input.claims.forEach((c, i) => {
      if (!isObj(c)) return;
      for (const key of ['message', 'fix'] as const) if (c[key] != null && typeof c[key] !== 'string') errors.push(`claims[${i}].${key} must be text`);
      for (const key of ['sources', 'exceptIfNear'] as const) {
        if (c[key] != null && !(Array.isArray(c[key]) && (c[key] as unknown[]).every((x) => typeof x === 'string'))) errors.push(`claims[${i}].${key} must be a list of strings`);
      }
    });
  }
  const result = validateConfig(input, knownRuleIds as Set<string> | undefined);
  if (!result.ok) errors.push(...result.errors);
  if (input.asOf != null && !isIsoDay(input.asOf)) errors.push('asOf must be a date written YYYY-MM-DD, or null for today');
  if (input.claims != null && Array.isArray(input.claims)) {
    const ids = new Set<string>();
    input.claims.forEach((c, i) => {
      const id = isObj(c) ? c.id : undefined;
      if (typeof id === 'string' && id) {
        if (ids.has(id)) errors.push(`claims[${i}].id "${id}" is used twice`);
        ids.add(id);
      }
    });
  }
  if (errors.length || !result.ok) return { ok: false, errors };
  const config = result.config;
  return {
    ok: true,
    settings: {
      rules: config.rules,
      profile: { ...config.profile, phones: [...config.profile.phones], bookingUrlPatterns: [...config.profile.bookingUrlPatterns] },
      claims: config.claims,
      asOf: isIsoDay(input.asOf) ? input.asOf : null,
    },
  };
}

/** The engine config for these settings (the engine fills in the rest). */
export function settingsToConfig(settings: Settings): Partial<Config> {
  return { rules: settings.rules, profile: settings.profile, claims: settings.claims };
}

/**
 * The `now` an audit runs with: noon UTC of the "as of" day, so the rules' `today` (a UTC day) is
 * exactly that day; the real clock otherwise.
 */
export function auditNow(settings: Pick<Settings, 'asOf'>, clock: () => Date = () => new Date()): Date {
  return settings.asOf && isIsoDay(settings.asOf) ? new Date(`${settings.asOf}T12:00:00Z`) : clock();
}

/** chrome.storage.sync allows 8,192 bytes per item (key + JSON value). */
export const SYNC_ITEM_LIMIT = 8192;

/** Bytes the settings take in sync storage under `key`. */
export function syncBytes(settings: Settings, key = 'settings'): number {
  return new TextEncoder().encode(key + JSON.stringify(settings)).length;
}

/** A user's claims entry id: "user-" + a slug of the pattern, unique in `taken`. */
export function newClaimId(pattern: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    pattern
      .toLowerCase()
      .replace(/\\[a-z]/g, ' ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || 'claim';
  let id = `user-${slug}`;
  for (let n = 2; used.has(id); n++) id = `user-${slug}-${n}`;
  return id;
}
