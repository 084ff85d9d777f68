// The one engine every surface calls: gather → detect → rules → report.
//
// It never throws because of a page: a rule that throws (or returns something that is not a list of
// findings) becomes one `internal/rule-error` finding and the other rules still run; a stage that
// fails (detection, dates…) becomes one `internal/engine-error` finding and the audit goes on with a
// neutral value. The time budget (config.budgetMs, on the injectable `clock`) stops gather at 60 %
// and stops starting rules at 100 %; whatever was cut short is one `internal/limitation` finding.
// Internal findings carry the failing rule's id (or what was cut) as their excerpt: finding ids hash
// rule id + excerpt + selector, so without it two broken rules would collapse into one finding.
import { factsLanguages, locales } from './locale';
import type { Config, Detection, Finding, FindingDraft, LayoutHook, PageDates, PageFacts, Report, Rule, RuleContext, Severity } from './types';
import { gather } from './gather';
import { detect } from './detect';
import { extractPageDates } from './dates/page-dates';
import { decideRegion, type RegionDecision } from './region';
import { resolveConfig } from './config/defaults';
import { allRules } from './rules';
import { buildReport, dedupe, toFindings } from './report/build';
import { claimsFor } from './claims';
import { isoDay } from './dates/iso';
import { emptyFacts } from './gather/empty-facts';

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
  /** clock for the time budget, in milliseconds; defaults to performance.now */
  clock?: () => number;
}

/** Findings one rule may add to a report; the rest are counted in a limitation finding. */
export const MAX_FINDINGS_PER_RULE = 200;
/** Share of the budget gather may use before it stops reading the page. */
export const GATHER_BUDGET_SHARE = 0.6;

function runsHere(rule: Rule, ctx: RuleContext, force: boolean): boolean {
  const runsOn = rule.runsOn ?? 'clinic';
  if (runsOn === 'any') return true;
  const clinic = force || ctx.detection.kind !== 'other';
  if (runsOn === 'clinic') return clinic;
  return clinic && ctx.detection.isArticle;
}

const INTERNAL_RULE = { id: 'internal/rule-error', category: 'internal' as const, severity: 'warning' as const, fix: 'Report this to the Clinic Lint developers with the page URL.', helpUrl: '' };
const ENGINE_ERROR = { id: 'internal/engine-error', category: 'internal' as const, severity: 'warning' as const, fix: 'Report this to the Clinic Lint developers with the page URL.', helpUrl: '' };
const LIMIT_RULE = { id: 'internal/limitation', category: 'internal' as const, severity: 'info' as const, fix: 'Audit a smaller part of the page, or raise the time budget in the options.', helpUrl: '' };

const SEVERITIES = new Set<unknown>(['error', 'warning', 'info']);
const FRAME_REASONS: Record<string, string> = {
  'cross-origin': 'cross-origin',
  sandboxed: 'sandboxed',
  'not-loaded': 'not loaded',
  'too-deep': 'nested too deep',
};

/** A one-line description of anything thrown, never throwing itself (a thrown object's getters may). */
export function describeError(err: unknown): string {
  try {
    let text: string;
    if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string') {
      const { name, message } = err as { name?: unknown; message: string };
      text = message || (typeof name === 'string' ? name : 'Error');
    } else {
      text = String(err);
    }
    text = text.replace(/\s+/g, ' ').trim() || 'an error without a message';
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
  } catch {
    return 'an error that could not be described';
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/**
 * The usable drafts of one rule's output. Throws when the output is not an array; drops (and counts)
 * drafts that would make the report invalid: no message, a non-object, data that is not JSON.
 */
function usableDrafts(out: unknown): { drafts: FindingDraft[]; bad: number; why: string } {
  if (!Array.isArray(out)) throw new Error(`check() returned ${describeValue(out)} instead of a list of findings`);
  const drafts: FindingDraft[] = [];
  let bad = 0;
  let why = '';
  for (const raw of out as unknown[]) {
    const d = raw as FindingDraft | null;
    let problem = '';
    if (!d || typeof d !== 'object') problem = `a finding was ${describeValue(d)}`;
    else if (typeof d.message !== 'string' || !d.message.trim()) problem = 'a finding had no message';
    else if (d.data != null && (typeof d.data !== 'object' || Array.isArray(d.data))) problem = 'a finding had data that is not an object';
    else if (d.data != null) {
      try {
        JSON.stringify(d.data);
      } catch {
        problem = 'a finding had data that cannot be written as JSON';
      }
    }
    if (problem) {
      bad++;
      why ||= problem;
      continue;
    }
    const clean: FindingDraft = { ...d! };
    if (clean.severity != null && !SEVERITIES.has(clean.severity)) delete clean.severity;
    if (clean.scope != null && clean.scope !== 'element' && clean.scope !== 'page') delete clean.scope;
    for (const k of ['excerpt', 'context', 'fix'] as const) if (clean[k] != null && typeof clean[k] !== 'string') delete clean[k];
    if (clean.element != null && (typeof clean.element !== 'object' || (clean.element as { nodeType?: unknown }).nodeType !== 1)) clean.element = null;
    drafts.push(clean);
  }
  return { drafts, bad, why };
}


const NO_DETECTION: Detection = { kind: 'other', confidence: 0, signals: [], isArticle: false };
const NO_DATES: PageDates = { published: null, modified: null, reviewed: null, best: null, hasVisibleDate: false, signals: [] };

function frameList(frames: Array<{ url: string; reason: string }>): string {
  const shown = frames.slice(0, 10).map((f) => `${f.url.length > 200 ? `${f.url.slice(0, 199)}…` : f.url} (${FRAME_REASONS[f.reason] ?? f.reason})`);
  return `${shown.join(', ')}${frames.length > shown.length ? ` and ${frames.length - shown.length} more` : ''}`;
}

export function auditDocument(doc: Document, opts: AuditOptions): Report {
  const now = opts.now;
  if (Object.prototype.toString.call(now) !== '[object Date]' || Number.isNaN(now.getTime())) {
    throw new TypeError('auditDocument: `now` must be a valid Date');
  }
  const userClock = opts.clock ?? (() => performance.now());
  // A clock that throws or returns garbage must not break the audit: it just never runs out.
  const clock = (): number => {
    try {
      const t = userClock();
      return typeof t === 'number' && !Number.isNaN(t) ? t : 0;
    } catch {
      return 0;
    }
  };
  const config = resolveConfig(opts.config);
  const started = clock();
  const deadline = started + config.budgetMs;
  const findings: Finding[] = [];
  const limitations: FindingDraft[] = [];
  const engineErrors: FindingDraft[] = [];

  /** Runs one engine stage; a failure becomes an engine-error finding and the fallback value. */
  const stage = <T>(name: string, what: string, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      engineErrors.push({ message: `Clinic Lint could not ${what} on this page: ${describeError(err)}`, scope: 'page', excerpt: `stage: ${name}`, data: { stage: name } });
      return fallback;
    }
  };

  let gathered = true;
  const facts = stage(
    'gather',
    'read the page',
    () => gather(doc, { url: opts.url, layout: opts.layout ?? null, deadline: started + config.budgetMs * GATHER_BUDGET_SHARE, clock }),
    null,
  );
  const pageFacts = facts ?? ((gathered = false), emptyFacts(doc, opts.url));
  const detection = gathered ? stage('detect', 'classify the page', () => detect(pageFacts), NO_DETECTION) : NO_DETECTION;
  const fallbackRegion: RegionDecision = { country: (config.profile.region || 'US') as RegionDecision['country'], dayFirst: false, evidence: 'fallback' };
  const region = gathered ? stage('region', 'work out where the page is', () => decideRegion(pageFacts, config), fallbackRegion) : fallbackRegion;
  const dates = gathered ? stage('dates', 'read the page dates', () => extractPageDates(pageFacts, now, region.dayFirst), NO_DATES) : NO_DATES;
  const force = !!opts.force || config.auditAnyPage;
  const ctx: RuleContext = {
    now,
    today: isoDay(now),
    config,
    detection,
    dates,
    region: region.country,
    dayFirst: region.dayFirst,
    locales: locales(factsLanguages(pageFacts)),
    claims: stage('claims', 'load the claims knowledge base', () => claimsFor(config), []),
  };

  if (pageFacts.truncated) {
    limitations.push({
      message:
        pageFacts.truncatedBy === 'size'
          ? 'The page holds more text than Clinic Lint reads from one page; only its first part was audited.'
          : `The page is too large to read in full within the time budget (${config.budgetMs} ms); only its first part was audited.`,
      scope: 'page',
      excerpt: `${pageFacts.blocks.length} text block(s) read`,
      ...(pageFacts.truncatedBy === 'size' ? { fix: 'Audit the page in parts: paste each section into the draft checker, or split the page.' } : {}),
      data: { reason: pageFacts.truncatedBy ?? 'time', blocks: pageFacts.blocks.length },
    });
  }
  for (const s of pageFacts.skipped) limitations.push({ message: s, scope: 'page', excerpt: s });
  const frames = pageFacts.skippedFrames ?? [];
  if (frames.length) {
    limitations.push({
      message: `${frames.length} frame${frames.length === 1 ? '' : 's'} on the page could not be audited: ${frameList(frames)}.`,
      scope: 'page',
      excerpt: frames.map((f) => f.url).join(', '),
      fix: 'Open each listed frame address as a page of its own and audit it there.',
      data: { frames: frames.map((f) => ({ url: f.url, reason: f.reason })) },
    });
  }

  const rules = gathered ? (opts.rules ?? allRules) : [];
  const toRun = rules.filter((rule) => {
    try {
      return config.rules[rule.id]?.enabled !== false && runsHere(rule, ctx, force);
    } catch {
      return true; // a malformed rule object: let the run below report it
    }
  });
  for (let i = 0; i < toRun.length; i++) {
    const rule = toRun[i]!;
    if (clock() > deadline) {
      const left = toRun.slice(i).map((r) => String(r.id));
      limitations.push({
        message: `The time budget (${config.budgetMs} ms) ran out; ${left.length} rule(s) did not run: ${left.join(', ')}.`,
        scope: 'page',
        excerpt: left.join(', '),
        data: { reason: 'time', rules: left },
      });
      break;
    }
    const override = config.rules[rule.id];
    try {
      const { drafts, bad, why } = usableDrafts(rule.check(pageFacts, ctx));
      if (bad) {
        findings.push(
          ...toFindings(INTERNAL_RULE, [{ message: `Rule ${rule.id} returned ${bad} malformed finding(s) on this page (${why}); they were left out.`, scope: 'page', excerpt: String(rule.id), data: { ruleId: rule.id, malformed: bad } }], pageFacts),
        );
      }
      if (drafts.length > MAX_FINDINGS_PER_RULE) {
        limitations.push({
          message: `Rule ${rule.id} found ${drafts.length} problems; only the first ${MAX_FINDINGS_PER_RULE} are listed.`,
          scope: 'page',
          excerpt: String(rule.id),
          fix: 'Fix the listed problems and audit again to see the rest.',
          data: { ruleId: rule.id, found: drafts.length, listed: MAX_FINDINGS_PER_RULE },
        });
      }
      const severity: Severity | undefined = override?.severity && SEVERITIES.has(override.severity) ? override.severity : undefined;
      findings.push(...toFindings(rule, drafts.slice(0, MAX_FINDINGS_PER_RULE), pageFacts, severity));
    } catch (err) {
      // One broken rule becomes one finding; the others still report.
      findings.push(
        ...toFindings(INTERNAL_RULE, [{ message: `Rule ${String(rule.id)} failed on this page: ${describeError(err)}`, scope: 'page', excerpt: String(rule.id), data: { ruleId: String(rule.id) } }], pageFacts),
      );
    }
  }
  for (const d of engineErrors) findings.push(...toFindings(ENGINE_ERROR, [d], pageFacts));
  for (const d of limitations) findings.push(...toFindings(LIMIT_RULE, [d], pageFacts));
  return buildReport({ facts: pageFacts, detection, dates, now, findings: dedupe(findings), language: factsLanguages(pageFacts).at(-1) });
}
