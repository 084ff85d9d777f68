// Settings export and import as JSON. Pure: the options page reads the file and writes storage only
// when `parseSettingsFile` says ok, so a bad file changes nothing.
import { SETTINGS_VERSION, checkSettings, type Settings } from './schema';

export const SETTINGS_SCHEMA = 'cliniclint.settings';

export interface SettingsFile {
  schema: typeof SETTINGS_SCHEMA;
  version: number;
  exportedAt: string;
  settings: Settings;
}

/** The export file's text (pretty-printed, so people can read and diff it). */
export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { schema: SETTINGS_SCHEMA, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name such as cliniclint-settings-2026-11-26.json */
export function exportFileName(now: Date = new Date()): string {
  return `cliniclint-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings; from: 'export' | 'cli-config' } | { ok: false; errors: string[] };

const MAX_BYTES = 256 * 1024;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** budgetMs and auditAnyPage are CLI options the extension does not keep (see schema.ts, v1 → v2). */
function withoutCliOnlyKeys(data: Record<string, unknown>): Record<string, unknown> {
  const { budgetMs: _budget, auditAnyPage: _any, ...rest } = data;
  return rest;
}

/**
 * Reads an imported file: a Clinic Lint settings export (any version up to this one), or a CLI
 * config file (the v1 shape). Returns every problem found, in words a person can act on.
 */
export function parseSettingsFile(text: string, knownRuleIds?: ReadonlySet<string>): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, errors: [`The file is too large (${Math.round(text.length / 1024)} KB); a settings file is a few KB.`] };
  if (!text.trim()) return { ok: false, errors: ['The file is empty.'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [`The file is not valid JSON (${detail}).`] };
  }
  if (!isObj(data)) return { ok: false, errors: ['The file must hold a JSON object, not a list or a single value.'] };

  let body: unknown;
  let from: 'export' | 'cli-config';
  if ('schema' in data || 'settings' in data) {
    if (data.schema !== SETTINGS_SCHEMA) {
      return { ok: false, errors: [`This is not a Clinic Lint settings file (schema is ${JSON.stringify(data.schema)}, expected "${SETTINGS_SCHEMA}").`] };
    }
    const version = data.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, errors: ['The file has no valid "version" number.'] };
    }
    if (version > SETTINGS_VERSION) {
      return {
        ok: false,
        errors: [`The file was made by a newer Clinic Lint (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update the extension, then import it again.`],
      };
    }
    if (!isObj(data.settings)) return { ok: false, errors: ['The file has no "settings" object.'] };
    // v1 settings were the CLI config shape: drop what v2 does not keep, as the storage migration does.
    body = version === 1 ? withoutCliOnlyKeys({ ...data.settings, asOf: null }) : data.settings;
    from = 'export';
  } else {
    // A CLI config file: { rules, profile, claims, budgetMs, auditAnyPage }, all optional.
    const known = new Set(['rules', 'profile', 'claims', 'budgetMs', 'auditAnyPage', 'asOf']);
    const unknown = Object.keys(data).filter((k) => !known.has(k));
    if (unknown.length === Object.keys(data).length && unknown.length > 0) {
      return { ok: false, errors: [`This does not look like Clinic Lint settings: none of its keys (${unknown.slice(0, 5).join(', ')}) is a setting.`] };
    }
    body = withoutCliOnlyKeys(data);
    from = 'cli-config';
  }
  const checked = checkSettings(body, knownRuleIds);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, settings: checked.settings, from };
}
