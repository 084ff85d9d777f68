// The options page's state: the stored settings (kept in sync with storage, so a change made in
// another window or synced from another browser shows up), save with validation, status messages.
import { signal } from '@preact/signals';
import { allRules } from '@/utils/rules';
import { readSettings, settingsItem, writeSettings } from '@/utils/settings/items';
import { checkSettings, normalizeSettings, type Settings } from '@/utils/settings/schema';

export const RULES = [...allRules].sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title));
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(allRules.map((r) => r.id));

export const settings = signal<Settings | null>(null);
export const toast = signal<{ kind: 'ok' | 'error'; text: string; at: number } | null>(null);

let toastTimer: ReturnType<typeof setTimeout> | undefined;
export function flash(kind: 'ok' | 'error', text: string): void {
  toast.value = { kind, text, at: Date.now() };
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.value = null), kind === 'ok' ? 3000 : 8000);
}

export async function load(): Promise<void> {
  settings.value = await readSettings();
  settingsItem.watch((value) => {
    settings.value = normalizeSettings(value);
  });
}

/** Overrides of rules this version does not know (renamed or removed) would fail the check: drop them. */
function withKnownRules(next: Settings): Settings {
  const rules = Object.fromEntries(Object.entries(next.rules).filter(([id]) => KNOWN_RULE_IDS.has(id)));
  return { ...next, rules };
}

/** Saves run one after another, so each one starts from what the previous one stored. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Checks and saves settings. `change` is the new settings, or a function from the stored settings
 * to the new ones: sections change only their part of what is stored *now*, never of a copy taken
 * when they rendered (two quick changes, or a storage event arriving late, would otherwise undo
 * each other). Returns the problems (nothing saved) or null (saved). `what` names the change in the
 * confirmation ("Profile saved").
 */
export function save(change: Settings | ((current: Settings) => Settings), what: string): Promise<string[] | null> {
  const run = queue.then(async () => {
    const next = typeof change === 'function' ? change(await readSettings()) : change;
    const checked = checkSettings(withKnownRules(next), KNOWN_RULE_IDS);
    if (!checked.ok) return checked.errors;
    try {
      await writeSettings(checked.settings);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      flash('error', message);
      return [message];
    }
    settings.value = checked.settings;
    flash('ok', `${what} saved.`);
    return null;
  });
  queue = run.catch(() => {});
  return run;
}
