// The one engine every surface calls: gather → detect → rules → report.
import type { Config, Finding, LayoutHook, Report, Rule, RuleContext } from './types';
import { gather } from './gather';
import { detect } from './detect';
import { extractPageDates } from './dates/page-dates';
import { pageRegion } from './phone/region';
import { resolveConfig } from './config/defaults';
import { allRules } from './rules';
import { buildReport, dedupe, toFindings } from './report/build';
import { claimsFor } from './claims';
import { isoDay } from './dates/iso';

export interface AuditOptions {
  url?: string;
  /** the date the audit is "as of"; rules never read the clock */
  now: Date;
  config?: Partial<Config> | null;
  layout?: LayoutHook | null;
  /** run every rule even on pages detected as `other` ("audit anyway") */
  force?: boolean;
  /** rules to run instead of the registry (tests) */
  rules?: Rule[];
  /** clock for the time budget; defaults to performance.now */
  clock?: () => number;
}

function runsHere(rule: Rule, ctx: RuleContext, force: boolean): boolean {
  const runsOn = rule.runsOn ?? 'clinic';
  if (runsOn === 'any') return true;
  const clinic = force || ctx.detection.kind !== 'other';
  if (runsOn === 'clinic') return clinic;
  return clinic && ctx.detection.isArticle;
}

const INTERNAL_RULE = { id: 'internal/rule-error', category: 'internal' as const, severity: 'warning' as const, fix: 'Report this to the Clinic Lint developers with the page URL.', helpUrl: '' };
const LIMIT_RULE = { id: 'internal/limitation', category: 'internal' as const, severity: 'info' as const, fix: 'Audit a smaller part of the page, or raise the time budget in the options.', helpUrl: '' };

export function auditDocument(doc: Document, opts: AuditOptions): Report {
  const clock = opts.clock ?? (() => performance.now());
  const config = resolveConfig(opts.config);
  const started = clock();
  const deadline = started + config.budgetMs;
  const facts = gather(doc, { url: opts.url, layout: opts.layout ?? null, deadline: started + config.budgetMs * 0.6 });
  const detection = detect(facts);
  const dates = extractPageDates(facts);
  const force = !!opts.force || config.auditAnyPage;
  const ctx: RuleContext = {
    now: opts.now,
    today: isoDay(opts.now),
    config,
    detection,
    dates,
    region: pageRegion(facts, config),
    claims: claimsFor(config),
  };

  const findings: Finding[] = [];
  const limitations: string[] = [];
  if (facts.truncated) limitations.push('The page is too large to read in full within the time budget; only its first part was audited.');
  for (const s of facts.skipped) limitations.push(s);
  const rules = opts.rules ?? allRules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const override = config.rules[rule.id];
    if (override?.enabled === false || !runsHere(rule, ctx, force)) continue;
    if (clock() > deadline) {
      const left = rules.slice(i).map((r) => r.id);
      limitations.push(`The time budget (${config.budgetMs} ms) ran out; ${left.length} rule(s) did not run: ${left.join(', ')}.`);
      break;
    }
    try {
      findings.push(...toFindings(rule, rule.check(facts, ctx), facts, override?.severity));
    } catch (err) {
      // One broken rule becomes one finding; the others still report.
      const message = err instanceof Error ? err.message : String(err);
      findings.push(
        ...toFindings(INTERNAL_RULE, [{ message: `Rule ${rule.id} failed on this page: ${message}`, scope: 'page', data: { ruleId: rule.id } }], facts),
      );
    }
  }
  for (const message of limitations) findings.push(...toFindings(LIMIT_RULE, [{ message, scope: 'page' }], facts));
  return buildReport({ facts, detection, dates, now: opts.now, findings: dedupe(findings) });
}
