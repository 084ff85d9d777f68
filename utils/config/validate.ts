// Validates a user-supplied config (CLI --config file, settings import). Returns every problem
// found, so a bad file is explained in one go and changes nothing.
import type { ClaimEntry, Config, RuleOverride } from '../types';
import { resolveConfig } from './defaults';

export type ValidationResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const SEVERITIES = new Set(['error', 'warning', 'info']);
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** null, or a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
const isDay = (v: unknown) => {
  if (v == null) return true;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/**
 * A quantified group that itself contains a quantifier ("(a+)+", "(\w*\s?)*", "(x{2,})+"): the
 * shape behind catastrophic backtracking, where one regex call on a short sentence can take
 * minutes. The engine's time budget is checked between calls, not inside one, so such a pattern
 * in a custom claim could hang every audit; it is refused up front.
 */
export function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push(false);
    else if (ch === ')') {
      const inner = stack.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '+' || next === '*' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
      if (inner && quantified) return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((ch === '+' || ch === '*' || (ch === '{' && /^\{\d*,/.test(source.slice(i)))) && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}

function validateClaim(c: unknown, i: number, errors: string[]): c is ClaimEntry {
  const at = `claims[${i}]`;
  if (!isObj(c)) return errors.push(`${at} must be an object`), false;
  const before = errors.length;
  for (const key of ['id', 'pattern', 'fact'] as const) if (typeof c[key] !== 'string' || !c[key]) errors.push(`${at}.${key} must be a non-empty string`);
  if (typeof c.pattern === 'string') {
    try {
      new RegExp(c.pattern, 'i');
      if (hasNestedQuantifier(c.pattern)) errors.push(`${at}.pattern repeats a group that repeats ("(a+)+"): such a pattern can take minutes on one sentence; write it without the nested repetition`);
    } catch {
      errors.push(`${at}.pattern is not a valid regular expression`);
    }
  }
  for (const key of ['trueFrom', 'falseFrom', 'recheckBy'] as const) if (!isDay(c[key])) errors.push(`${at}.${key} must be YYYY-MM-DD or null`);
  if (c.severity != null && !SEVERITIES.has(c.severity as string)) errors.push(`${at}.severity must be error, warning or info`);
  return errors.length === before;
}

export function validateConfig(input: unknown, knownRuleIds?: Set<string>): ValidationResult {
  const errors: string[] = [];
  if (!isObj(input)) return { ok: false, errors: ['the settings must be a JSON object'] };
  const rules: Record<string, RuleOverride> = {};
  if (input.rules != null) {
    if (!isObj(input.rules)) errors.push('rules must be an object of rule id → { enabled, severity }');
    else
      for (const [id, o] of Object.entries(input.rules)) {
        if (knownRuleIds && !knownRuleIds.has(id)) errors.push(`rules: unknown rule "${id}"`);
        if (!isObj(o)) {
          errors.push(`rules["${id}"] must be an object`);
          continue;
        }
        if (o.enabled != null && typeof o.enabled !== 'boolean') errors.push(`rules["${id}"].enabled must be true or false`);
        if (o.severity != null && !SEVERITIES.has(o.severity as string)) errors.push(`rules["${id}"].severity must be error, warning or info`);
        rules[id] = { ...(o.enabled != null ? { enabled: o.enabled as boolean } : {}), ...(o.severity != null ? { severity: o.severity as RuleOverride['severity'] } : {}) };
      }
  }
  const profile: Record<string, unknown> = {};
  if (input.profile != null) {
    const p = input.profile;
    if (!isObj(p)) errors.push('profile must be an object');
    else {
      for (const key of ['phones', 'bookingUrlPatterns'] as const) {
        if (p[key] == null) continue;
        if (!Array.isArray(p[key]) || !(p[key] as unknown[]).every((x) => typeof x === 'string')) errors.push(`profile.${key} must be a list of strings`);
        else profile[key] = p[key];
      }
      if (p.region != null) {
        if (typeof p.region !== 'string' || !/^[A-Za-z]{2}$/.test(p.region)) errors.push('profile.region must be a two-letter country code such as "US"');
        else profile.region = p.region.toUpperCase();
      }
      if (p.reviewCycleMonths != null) {
        if (typeof p.reviewCycleMonths !== 'number' || p.reviewCycleMonths < 1 || p.reviewCycleMonths > 60) errors.push('profile.reviewCycleMonths must be a number from 1 to 60');
        else profile.reviewCycleMonths = p.reviewCycleMonths;
      }
    }
  }
  const claims: ClaimEntry[] = [];
  if (input.claims != null) {
    if (!Array.isArray(input.claims)) errors.push('claims must be a list');
    else
      input.claims.forEach((c, i) => {
        if (!validateClaim(c, i, errors)) return;
        const e = c as Partial<ClaimEntry> & Pick<ClaimEntry, 'id' | 'pattern' | 'fact'>;
        claims.push({
          id: e.id, pattern: e.pattern, fact: e.fact,
          severity: e.severity ?? 'warning', message: e.message ?? e.fact, fix: e.fix ?? 'Update or remove this statement.',
          sources: e.sources ?? [], trueFrom: e.trueFrom ?? null, falseFrom: e.falseFrom ?? null, recheckBy: e.recheckBy ?? null,
          ...(e.exceptIfNear ? { exceptIfNear: e.exceptIfNear } : {}),
        });
      });
  }
  if (input.auditAnyPage != null && typeof input.auditAnyPage !== 'boolean') errors.push('auditAnyPage must be true or false');
  if (input.budgetMs != null && (typeof input.budgetMs !== 'number' || input.budgetMs <= 0)) errors.push('budgetMs must be a positive number');
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: resolveConfig({
      rules,
      profile: profile as Partial<Config['profile']> as Config['profile'],
      claims,
      auditAnyPage: input.auditAnyPage as boolean | undefined,
      budgetMs: input.budgetMs as number | undefined,
    }),
  };
}
