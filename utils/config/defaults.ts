import type { Config } from '../types';

export const DEFAULT_BUDGET_MS = 150;

export function defaultConfig(): Config {
  return {
    rules: {},
    profile: { phones: [], bookingUrlPatterns: [], region: null, reviewCycleMonths: 12 },
    claims: [],
    auditAnyPage: false,
    budgetMs: DEFAULT_BUDGET_MS,
  };
}

/** Fills the gaps of a partial (user or file) config with defaults. Unknown keys are dropped. */
export function resolveConfig(partial?: Partial<Config> | null): Config {
  const d = defaultConfig();
  if (!partial) return d;
  return {
    rules: { ...d.rules, ...(partial.rules ?? {}) },
    profile: { ...d.profile, ...(partial.profile ?? {}) },
    claims: Array.isArray(partial.claims) ? partial.claims : d.claims,
    auditAnyPage: partial.auditAnyPage ?? d.auditAnyPage,
    budgetMs: typeof partial.budgetMs === 'number' && partial.budgetMs > 0 ? partial.budgetMs : d.budgetMs,
  };
}
