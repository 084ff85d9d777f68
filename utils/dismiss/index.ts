// Dismissals: a person decides a finding is not a problem here ("we checked, the 2019 figure is
// intentional") or that a rule does not suit their site. Pure functions over a plain store that
// lives in `local:dismissals`; the popup and the auto-audit badge apply the same logic.
//
// Keys:
//  - one finding: the page (origin + path; no query or hash, no trailing slash) and the finding's
//    stable id (hash of rule, excerpt and selector, so it survives re-audits of the same page);
//  - a silenced rule: the site (origin) and the rule id.
import type { Finding, Report, Severity } from '../types';

export interface FindingDismissal {
  ruleId: string;
  /** what the finding said, so a dismissal can be recognised in lists even when the page changed */
  message: string;
  excerpt: string;
  /** the person's reason, possibly empty */
  reason: string;
  /** ISO time of the dismissal */
  at: string;
}

export interface RuleSilence {
  reason: string;
  at: string;
}

export interface DismissalStore {
  /** page key → finding id → dismissal */
  findings: Record<string, Record<string, FindingDismissal>>;
  /** site key (origin) → rule id → silence */
  rules: Record<string, Record<string, RuleSilence>>;
}

export type DismissedHow = 'finding' | 'rule';

export interface DismissedFinding {
  finding: Finding;
  how: DismissedHow;
  reason: string;
  at: string;
}

export interface SilencedRule {
  ruleId: string;
  reason: string;
  at: string;
  /** findings of this audit that the silence hides */
  count: number;
}

export interface AppliedDismissals {
  /** findings still to look at, in report order */
  active: Finding[];
  /** findings of this audit that are dismissed (one by one or by a silenced rule) */
  dismissed: DismissedFinding[];
  /** rules silenced on this site, with how many findings of this audit each hides */
  silenced: SilencedRule[];
}

export const MAX_REASON = 500;

export function emptyDismissals(): DismissalStore {
  return { findings: {}, rules: {} };
}

/** "https://clinic.example/blog/post" for any URL of that page; the URL itself when it is not one. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return url;
    let path = u.pathname.replace(/\/{2,}/g, '/');
    if (path.length > 1) path = path.replace(/\/+$/, '');
    return `${u.protocol === 'file:' ? 'file://' : u.origin}${path}`;
  } catch {
    return url;
  }
}

/** "https://clinic.example" for any page of the site. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file://' : u.origin;
  } catch {
    return url;
  }
}

const cleanReason = (reason: string | undefined) => (reason ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_REASON);

export function dismissFinding(store: DismissalStore, url: string, finding: Finding, reason: string | undefined, at: Date): DismissalStore {
  const page = pageKey(url);
  const entry: FindingDismissal = {
    ruleId: finding.ruleId,
    message: finding.message,
    excerpt: finding.excerpt,
    reason: cleanReason(reason),
    at: at.toISOString(),
  };
  return { ...store, findings: { ...store.findings, [page]: { ...store.findings[page], [finding.id]: entry } } };
}

export function restoreFinding(store: DismissalStore, url: string, findingId: string): DismissalStore {
  const page = pageKey(url);
  const current = store.findings[page];
  if (!current || !(findingId in current)) return store;
  const { [findingId]: _gone, ...rest } = current;
  const findings = { ...store.findings };
  if (Object.keys(rest).length) findings[page] = rest;
  else delete findings[page];
  return { ...store, findings };
}

export function silenceRule(store: DismissalStore, url: string, ruleId: string, reason: string | undefined, at: Date): DismissalStore {
  const site = siteKey(url);
  return { ...store, rules: { ...store.rules, [site]: { ...store.rules[site], [ruleId]: { reason: cleanReason(reason), at: at.toISOString() } } } };
}

export function unsilenceRule(store: DismissalStore, url: string, ruleId: string): DismissalStore {
  const site = siteKey(url);
  const current = store.rules[site];
  if (!current || !(ruleId in current)) return store;
  const { [ruleId]: _gone, ...rest } = current;
  const rules = { ...store.rules };
  if (Object.keys(rest).length) rules[site] = rest;
  else delete rules[site];
  return { ...store, rules };
}

/** Splits an audit's findings into active and dismissed for the page at `url`. */
export function applyDismissals(findings: readonly Finding[], store: DismissalStore, url: string): AppliedDismissals {
  const onPage = store.findings[pageKey(url)] ?? {};
  const onSite = store.rules[siteKey(url)] ?? {};
  const active: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const silence = onSite[finding.ruleId];
    if (silence) {
      dismissed.push({ finding, how: 'rule', reason: silence.reason, at: silence.at });
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      continue;
    }
    const one = onPage[finding.id];
    if (one) dismissed.push({ finding, how: 'finding', reason: one.reason, at: one.at });
    else active.push(finding);
  }
  const silenced = Object.entries(onSite)
    .map(([ruleId, s]) => ({ ruleId, reason: s.reason, at: s.at, count: counts.get(ruleId) ?? 0 }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  return { active, dismissed, silenced };
}

/** Severity counts of a list of findings, in the report's summary shape. */
export function summarize(findings: readonly Finding[]): Report['summary'] {
  const summary: Report['summary'] = { error: 0, warning: 0, info: 0, byCategory: {} };
  for (const f of findings) {
    summary[f.severity]++;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
  }
  return summary;
}

/** Toolbar badge: errors + warnings ("99+" above 99), empty when there are none. */
export function badgeText(summary: Pick<Report['summary'], Severity>): string {
  const count = summary.error + summary.warning;
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** The badge colour: red with errors, amber with warnings only. */
export function badgeColor(summary: Pick<Report['summary'], Severity>): string {
  return summary.error > 0 ? '#b3261e' : '#8a5300';
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Reads a stored value into a well-formed store (drops entries that are not). */
export function normalizeDismissals(value: unknown): DismissalStore {
  const out = emptyDismissals();
  if (!isObj(value)) return out;
  if (isObj(value.findings)) {
    for (const [page, entries] of Object.entries(value.findings)) {
      if (!isObj(entries)) continue;
      const kept: Record<string, FindingDismissal> = {};
      for (const [id, e] of Object.entries(entries)) {
        if (!isObj(e) || typeof e.ruleId !== 'string') continue;
        kept[id] = { ruleId: e.ruleId, message: str(e.message), excerpt: str(e.excerpt), reason: str(e.reason), at: str(e.at) };
      }
      if (Object.keys(kept).length) out.findings[page] = kept;
    }
  }
  if (isObj(value.rules)) {
    for (const [site, entries] of Object.entries(value.rules)) {
      if (!isObj(entries)) continue;
      const kept: Record<string, RuleSilence> = {};
      for (const [ruleId, e] of Object.entries(entries)) {
        if (!isObj(e)) continue;
        kept[ruleId] = { reason: str(e.reason), at: str(e.at) };
      }
      if (Object.keys(kept).length) out.rules[site] = kept;
    }
  }
  return out;
}

/** How many findings and rules are dismissed in the whole store (for the options page). */
export function countDismissals(store: DismissalStore): { findings: number; pages: number; rules: number; sites: number } {
  let findings = 0;
  let rules = 0;
  for (const page of Object.values(store.findings)) findings += Object.keys(page).length;
  for (const site of Object.values(store.rules)) rules += Object.keys(site).length;
  return { findings, pages: Object.keys(store.findings).length, rules, sites: Object.keys(store.rules).length };
}
