// The link checker's results as report findings (category links / cta, rule ids from rules.ts),
// and merging them into a report the content script produced. Pure.
//
// One finding per broken URL (a URL linked three times is one finding on its first, strongest
// occurrence, with the count in the message and `data.occurrences`). Finding ids follow the report's
// own formula (hash of rule id + excerpt + selector, utils/report/build.ts), so they are stable across
// runs and dismissals apply to them like to any other finding.
import type { Finding, Report, RuleOverride, Severity } from '../types';
import { stableHash } from '../report/hash';
import { cleanText, clip } from '../text/normalize';
import type { CheckRun, LinkKind, LinkResult, Verdict } from './check-links';
import { BROKEN_CTA_TARGET_RULE, BROKEN_LINK_RULE, LINK_CHECK_RULE_IDS, type NetworkRuleMeta } from './rules';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const statusLabel = (status: number) => (STATUS_TEXT[status] ? `${status} ${STATUS_TEXT[status]}` : `HTTP ${status}`);

/** Severity by kind of link and verdict. CTA targets follow CTA-004 (error), other links LNK-001 (warning). */
const SEVERITY: Record<'cta' | 'other', Partial<Record<Verdict, Severity>>> = {
  cta: { broken: 'error', 'dead-host': 'error', 'server-error': 'warning', timeout: 'warning', 'redirect-home': 'warning', blocked: 'info' },
  other: { broken: 'warning', 'dead-host': 'warning', 'server-error': 'warning', timeout: 'info', 'redirect-home': 'warning', blocked: 'info' },
};

const ERROR_TEXT: Record<string, string> = {
  dns: 'its address does not resolve (the domain may have expired or been mistyped)',
  refused: 'the server refused the connection',
  reset: 'the connection was dropped',
  tls: 'the secure connection failed (a certificate problem)',
  network: 'the site could not be reached',
};

export function ruleFor(kind: LinkKind): NetworkRuleMeta {
  return kind === 'cta' ? BROKEN_CTA_TARGET_RULE : BROKEN_LINK_RULE;
}

function what(r: LinkResult, name: string): string {
  const label = name ? `"${clip(name, 60)}"` : '';
  if (r.kind === 'cta') {
    const cta = r.targets[0]?.cta;
    const kind = cta === 'book' ? 'booking' : cta === 'contact' ? 'contact' : 'call-to-action';
    return `The ${kind} link${label ? ` ${label}` : ''}`;
  }
  if (r.kind === 'citation') return `The source link${label ? ` ${label}` : ''}`;
  return `The link${label ? ` ${label}` : ''}`;
}

function describe(r: LinkResult, timeoutMs: number | null): { message: string; fix?: string } | null {
  const name = cleanText(r.targets[0]?.excerpt ?? '');
  const subject = what(r, name);
  const seconds = timeoutMs ? `${Math.round(timeoutMs / 100) / 10} s` : 'the time limit';
  const where = r.redirectedTo ? ` (after redirecting to ${r.redirectedTo})` : '';
  const status = r.status ?? 0;
  switch (r.verdict) {
    case 'broken':
      if (r.error === 'redirect-loop') return { message: `${subject} goes to ${r.url}, which redirects in a loop, so it never loads.` };
      if (status === 404 || status === 410) {
        return {
          message: `${subject} goes to ${r.url}, which ${status === 410 ? 'was removed' : 'does not exist'} (${statusLabel(status)})${where}.${r.kind === 'cta' ? ' A patient who clicks it meets an error page.' : ''}`,
        };
      }
      return { message: `${subject} goes to ${r.url}, which answers ${statusLabel(status)}${where}.` };
    case 'server-error':
      return {
        message: `${subject} goes to ${r.url}, which answered with a server error (${statusLabel(status)})${where}. It may be temporary.`,
        fix: 'Open the link yourself; if it keeps failing, tell the site owner or point the link elsewhere.',
      };
    case 'dead-host':
      return { message: `${subject} goes to ${r.url}, but ${ERROR_TEXT[r.error ?? 'network'] ?? ERROR_TEXT.network}.` };
    case 'timeout':
      return {
        message: `${subject} goes to ${r.url}, which did not answer within ${seconds}.`,
        fix: 'Open the link yourself: a slow or overloaded site loses visitors too. If it never loads, update or remove the link.',
      };
    case 'redirect-home':
      return {
        message: `${subject} goes to ${r.url}, which now redirects to the site's home page (${r.redirectedTo}), so the page it pointed to has probably moved or been removed.`,
        fix: 'Find where the page moved (search the site for its title) and link to it directly.',
      };
    case 'blocked':
      return {
        message: `${subject} goes to ${r.url}, which refused the automated check (${statusLabel(status)}), so it could not be verified.`,
        fix: 'Open the link in your browser to confirm it works.',
      };
    default:
      return null;
  }
}

export interface FindingsOptions {
  /** the user's rule overrides (settings.rules): enabled=false drops a rule, severity replaces it */
  overrides?: Record<string, RuleOverride>;
  /** the per-request timeout the run used, for the timeout message */
  timeoutMs?: number | null;
}

/**
 * True when no checked link answered at all and at least three were tried: the machine is probably
 * offline (or a proxy blocks everything), so the results say nothing about the links.
 */
export function looksOffline(run: Pick<CheckRun, 'results'>): boolean {
  const tried = run.results.filter((r) => r.verdict !== 'aborted');
  return tried.length >= 3 && tried.every((r) => r.status == null && (r.error === 'network' || r.error === 'dns' || r.error === 'timeout'));
}

/** The findings of a run (none for an offline or cancelled run). */
export function linkCheckFindings(run: CheckRun, options: FindingsOptions = {}): Finding[] {
  if (run.aborted || looksOffline(run)) return [];
  const out: Finding[] = [];
  for (const r of run.results) {
    if (r.ok || r.verdict === 'aborted') continue;
    const rule = ruleFor(r.kind);
    const override = options.overrides?.[rule.id];
    if (override?.enabled === false) continue;
    const d = describe(r, options.timeoutMs ?? null);
    if (!d) continue;
    const base = SEVERITY[r.kind === 'cta' ? 'cta' : 'other'][r.verdict] ?? rule.severity;
    // A user's severity override applies to real failures; "could not verify" stays a note.
    const severity = override?.severity && r.verdict !== 'blocked' ? override.severity : base;
    const first = r.targets[0];
    const selector = first?.selector ?? null;
    const excerpt = clip(cleanText(first?.excerpt || r.url), 200);
    const context = clip(cleanText(first?.context ?? ''), 400);
    const more = r.targets.length - 1;
    const message = more > 0 ? `${d.message} It is linked ${r.targets.length} times on this page.` : d.message;
    out.push({
      id: `f-${stableHash(`${rule.id}\u0000${excerpt.toLowerCase()}\u0000${selector ?? ''}`)}`,
      ruleId: rule.id,
      category: rule.category,
      severity,
      scope: selector ? 'element' : 'page',
      message,
      excerpt,
      context,
      selector,
      fix: d.fix ?? rule.fix,
      helpUrl: rule.helpUrl ?? '',
      data: {
        url: r.url,
        kind: r.kind,
        verdict: r.verdict,
        status: r.status,
        error: r.error,
        redirectedTo: r.redirectedTo,
        methods: r.methods,
        occurrences: r.targets.length,
        network: true,
      },
    });
  }
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The report with the link checker's findings added (earlier link-check findings replaced), sorted
 * and counted the way the report builder does it (stable sort by severity; summary recomputed).
 */
export function mergeLinkFindings(report: Report, extra: readonly Finding[]): Report {
  const seen = new Set<string>();
  const findings = [...report.findings.filter((f) => !LINK_CHECK_RULE_IDS.has(f.ruleId)), ...extra]
    .filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const summary = { error: 0, warning: 0, info: 0, byCategory: {} as Record<string, number> };
  for (const f of findings) {
    summary[f.severity]++;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
  }
  return { ...report, summary, findings };
}

/** A one-line summary of a run for the popup ("12 links checked: 2 broken."). */
export function runSummary(run: CheckRun, findings: readonly Finding[]): string {
  const n = run.results.length;
  if (n === 0) return 'No links to check on this page.';
  if (looksOffline(run)) return `None of the ${n} links could be reached: you may be offline, so no link was reported.`;
  const bad = findings.filter((f) => f.severity !== 'info').length;
  const unsure = findings.length - bad;
  const parts = [`${n} ${n === 1 ? 'link' : 'links'} checked: ${bad ? `${bad} broken or failing` : 'none broken'}`];
  if (unsure) parts.push(`${unsure} could not be verified`);
  return `${parts.join('; ')}.`;
}
