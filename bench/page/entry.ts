// The in-page half of the benchmark: bundled by esbuild (bench/lib/bundle.mjs) into one IIFE that
// is evaluated in each corpus page, where it exposes `globalThis.__clinicLintBench`.
//
// It measures with performance.now() in the page, so nothing of the CDP round trip is counted:
//   floor        a bare TreeWalker over every text node (the least any DOM reader pays)
//   detect       what a page pays for detection, as the content script runs it on auto-audit sites:
//                the cheap pre-filter (utils/detect/quick.ts), then gather + detect only when it passes
//   audit        auditDocument() exactly as the content script calls it (layout hook, default config)
//   auditForced  the same with force: true ("audit anyway": every rule runs)
//   quickDetect  the content script's cheap detection pre-filter (utils/detect/quick.ts)
// and, for the profile, an instrumented copy of the engine's pipeline (stages, per-rule times).
// It imports the engine from utils/ and never changes it.
import { factsLanguages, locales } from '../../utils/locale';
import { auditDocument, MAX_FINDINGS_PER_RULE } from '../../utils/engine';
import { gather } from '../../utils/gather';
import { findContentRoot } from '../../utils/gather/content-root';
import { readMeta } from '../../utils/gather/meta';
import { readJsonLd } from '../../utils/gather/jsonld';
import { detect } from '../../utils/detect';
import { extractPageDates } from '../../utils/dates/page-dates';
import { decideRegion } from '../../utils/region';
import { defaultConfig, resolveConfig } from '../../utils/config/defaults';
import { allRules } from '../../utils/rules';
import { buildReport, dedupe, toFindings } from '../../utils/report/build';
import { claimsFor } from '../../utils/claims';
import { isoDay } from '../../utils/dates/iso';
import { createLayoutHook } from '../../utils/layout';
import type { Config, Finding, Report, Rule, RuleContext } from '../../utils/types';
import { quickDetect } from '../../utils/detect/quick';

export type MeasureName = 'floor' | 'detect' | 'quickDetect' | 'audit' | 'auditForced';

export interface MeasureOptions {
  /** timed runs per measure after the warm-up */
  runs: number;
  /** ISO date the audit is "as of" */
  now: string;
  measures: MeasureName[];
  /** override of config.budgetMs (the scaling run lifts it to see the real growth) */
  budgetMs?: number;
  /** one untimed-for-the-median call of each measure first (default true) */
  warmup?: boolean;
}

export interface PageInfo {
  elements: number;
  textNodes: number;
  textChars: number;
  blocks: number;
  links: number;
  kind: string;
  confidence: number;
  isArticle: boolean;
  findings: number;
  findingsForced: number;
  /** the (unforced) audit reported an internal/limitation (time budget, size cap, skipped frames, findings cap) */
  limited: boolean;
  limitations: string[];
  ruleErrors: string[];
  timerResolutionMs: number;
  crossOriginIsolated: boolean;
  /** the proposed pre-filter's answer on this page */
  quick: { maybeClinic: boolean; score: number; chars: number; liteKind: string } | null;
}

export interface MeasureResult {
  /** the warm-up call of each measure, in ms */
  first: Partial<Record<MeasureName, number>>;
  /** timed runs, in ms */
  samples: Partial<Record<MeasureName, number[]>>;
  info: PageInfo;
}

const now = () => performance.now();

function configFor(budgetMs?: number): Config {
  const config = defaultConfig();
  if (budgetMs) config.budgetMs = budgetMs;
  return config;
}

/** The floor: visit every text node once and touch its data, nothing else. */
export function walkText(doc: Document): { nodes: number; chars: number } {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return { nodes, chars };
}

/** Detection only, as the engine does it today: the full gather (with the layout hook) then detect. */
/** Detection as the content script runs it: the pre-filter, and the full detection only when it passes. */
export function contentScriptDetect(doc: Document, budgetMs?: number) {
  const quick = quickDetect(doc, location.href);
  return quick.maybeClinic ? detectOnly(doc, budgetMs) : quick.lite;
}

export function detectOnly(doc: Document, budgetMs?: number) {
  const config = configFor(budgetMs);
  const started = now();
  const facts = gather(doc, { url: location.href, layout: createLayoutHook(window), deadline: started + config.budgetMs * 0.6 });
  return detect(facts);
}

export function audit(doc: Document, nowIso: string, force: boolean, budgetMs?: number): Report {
  return auditDocument(doc, {
    url: location.href,
    now: new Date(`${nowIso}T12:00:00Z`),
    config: configFor(budgetMs),
    layout: createLayoutHook(window),
    force,
  });
}

function timerResolution(): number {
  // smallest positive step of performance.now(): 0.005 ms when cross-origin isolated, 0.1 ms otherwise
  let best = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = now();
    let b = now();
    while (b === a) b = now();
    best = Math.min(best, b - a);
  }
  return Math.round(best * 1e4) / 1e4;
}

export function measure(opts: MeasureOptions): MeasureResult {
  const doc = document;
  const runs: Record<MeasureName, () => unknown> = {
    floor: () => walkText(doc),
    detect: () => contentScriptDetect(doc, opts.budgetMs),
    quickDetect: () => quickDetect(doc, location.href),
    audit: () => audit(doc, opts.now, false, opts.budgetMs),
    auditForced: () => audit(doc, opts.now, true, opts.budgetMs),
  };
  const first: MeasureResult['first'] = {};
  const samples: MeasureResult['samples'] = {};
  const last: Partial<Record<MeasureName, unknown>> = {};
  // Warm-up: one call of each measure (bench/run.mjs times the very first, cold, audit on its own).
  for (const m of opts.measures) {
    samples[m] = [];
    if (opts.warmup === false) continue;
    const t0 = now();
    last[m] = runs[m]();
    first[m] = now() - t0;
  }
  // Rounds interleave the measures, so a slow phase of the machine hits all of them alike.
  for (let r = 0; r < opts.runs; r++) {
    for (const m of opts.measures) {
      const t0 = now();
      last[m] = runs[m]();
      samples[m]!.push(now() - t0);
    }
  }

  const walk = walkText(doc);
  const report = (last.audit as Report | undefined) ?? audit(doc, opts.now, false, opts.budgetMs);
  const forced = (last.auditForced as Report | undefined) ?? null;
  const facts = gather(doc, { url: location.href, layout: createLayoutHook(window) });
  const internal = (r: Report | null, id: string) => (r?.findings ?? []).filter((f: Finding) => f.ruleId === id).map((f: Finding) => f.message);
  return {
    first,
    samples,
    info: {
      elements: doc.getElementsByTagName('*').length,
      textNodes: walk.nodes,
      textChars: walk.chars,
      blocks: facts.blocks.length,
      links: facts.links.length,
      kind: report.page.detection.kind,
      confidence: report.page.detection.confidence,
      isArticle: detect(facts).isArticle,
      findings: report.findings.length,
      findingsForced: forced ? forced.findings.length : -1,
      limited: internal(report, 'internal/limitation').length > 0,
      limitations: [...internal(report, 'internal/limitation'), ...internal(forced, 'internal/limitation')],
      ruleErrors: [...new Set([...internal(report, 'internal/rule-error'), ...internal(forced, 'internal/rule-error')])],
      timerResolutionMs: timerResolution(),
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      quick: opts.measures.includes('quickDetect')
        ? (({ maybeClinic, score, chars, lite }) => ({ maybeClinic, score, chars, liteKind: lite.kind }))(quickDetect(doc, location.href))
        : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Instrumented pipeline: the same steps as utils/engine.ts auditDocument(), each timed. It has no
// time budget (so every rule's cost shows) and runs every rule the page would run (or all, forced).
// If engine.ts changes its steps, update this copy; `stagesCheck` compares the two (findings count).

export interface StageResult {
  /** ms per stage: gather, gather.noLayout, gather.contentRoot, gather.meta, gather.jsonLd, detect, dates, region, claims, rules, report, build, total */
  stages: Record<string, number>;
  /** per rule: ms in check(), ms turning its drafts into findings (selectors, context), drafts returned */
  rules: Record<string, { check: number; report: number; drafts: number }>;
  findings: number;
  /** findings of auditDocument() with the same options and no budget (only with `check`), to catch drift from engine.ts */
  engineFindings: number | null;
}

function runsHere(rule: Rule, ctx: RuleContext, force: boolean): boolean {
  const runsOn = rule.runsOn ?? 'clinic';
  if (runsOn === 'any') return true;
  const clinic = force || ctx.detection.kind !== 'other';
  if (runsOn === 'clinic') return clinic;
  return clinic && ctx.detection.isArticle;
}

function instrumentedOnce(doc: Document, nowIso: string, force: boolean): { stages: Record<string, number>; rules: StageResult['rules']; findings: number } {
  const stages: Record<string, number> = {};
  const rules: StageResult['rules'] = {};
  const nowDate = new Date(`${nowIso}T12:00:00Z`);
  const lap = <T>(name: string, fn: () => T): T => {
    const t0 = now();
    const v = fn();
    stages[name] = (stages[name] ?? 0) + (now() - t0);
    return v;
  };
  const t0 = now();
  const config = lap('config', () => resolveConfig(defaultConfig()));
  const layout = createLayoutHook(window);
  const facts = lap('gather', () => gather(doc, { url: location.href, layout }));
  const detection = lap('detect', () => detect(facts));
  const region = lap('region', () => decideRegion(facts, config));
  const dates = lap('dates', () => extractPageDates(facts, nowDate, region.dayFirst));
  const claims = lap('claims', () => claimsFor(config));
  const ctx: RuleContext = { now: nowDate, today: isoDay(nowDate), config, detection, dates, region: region.country, dayFirst: region.dayFirst, locales: locales(factsLanguages(facts)), claims };
  const findings: Finding[] = [];
  for (const rule of allRules) {
    if (!runsHere(rule, ctx, force)) continue;
    let drafts: ReturnType<Rule['check']> = [];
    const c0 = now();
    try {
      drafts = rule.check(facts, ctx);
    } catch {
      drafts = [];
    }
    const c1 = now();
    findings.push(...toFindings(rule, Array.isArray(drafts) ? drafts.slice(0, MAX_FINDINGS_PER_RULE) : [], facts));
    const c2 = now();
    rules[rule.id] = { check: c1 - c0, report: c2 - c1, drafts: drafts.length };
    stages.rules = (stages.rules ?? 0) + (c1 - c0);
    stages.report = (stages.report ?? 0) + (c2 - c1);
  }
  const report = lap('build', () => buildReport({ facts, detection, dates, now: nowDate, findings: dedupe(findings) }));
  stages.total = now() - t0;
  // Parts of gather that can be called on their own, and gather without the layout hook (the CLI's path).
  lap('gather.noLayout', () => gather(doc, { url: location.href, layout: null }));
  lap('gather.contentRoot', () => findContentRoot(doc));
  lap('gather.meta', () => readMeta(doc));
  lap('gather.jsonLd', () => readJsonLd(doc));
  return { stages, rules, findings: report.findings.length };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function stagesOf(opts: { runs: number; now: string; force: boolean; warmup?: boolean; check?: boolean }): StageResult {
  const doc = document;
  if (opts.warmup !== false) instrumentedOnce(doc, opts.now, opts.force);
  const all = Array.from({ length: Math.max(1, opts.runs) }, () => instrumentedOnce(doc, opts.now, opts.force));
  const stages: Record<string, number> = {};
  for (const key of Object.keys(all[0]!.stages)) stages[key] = median(all.map((a) => a.stages[key] ?? 0));
  const rules: StageResult['rules'] = {};
  for (const id of Object.keys(all[0]!.rules)) {
    rules[id] = {
      check: median(all.map((a) => a.rules[id]?.check ?? 0)),
      report: median(all.map((a) => a.rules[id]?.report ?? 0)),
      drafts: all[0]!.rules[id]!.drafts,
    };
  }
  const engineFindings = opts.check ? audit(doc, opts.now, opts.force, 1e9).findings.length : null;
  return { stages, rules, findings: all[0]!.findings, engineFindings };
}

/** Runs `fn` `times` times (for the CPU profiler: enough samples in the hot functions). */
export function repeat(what: MeasureName, times: number, nowIso: string, budgetMs?: number): number {
  const t0 = now();
  for (let i = 0; i < times; i++) {
    if (what === 'floor') walkText(document);
    else if (what === 'detect') contentScriptDetect(document, budgetMs);
    else if (what === 'quickDetect') quickDetect(document, location.href);
    else audit(document, nowIso, what === 'auditForced', budgetMs);
  }
  return now() - t0;
}

// ---------------------------------------------------------------------------------------------
// Scaling: the content root's children (the article body) repeated `times` times in place.

export function replicateArticle(times: number): { root: string; textChars: number; elements: number } {
  const { root } = findContentRoot(document);
  const host = root ?? document.body;
  const originals = Array.from(host.childNodes);
  for (let i = 1; i < times; i++) {
    for (const node of originals) {
      const copy = node.cloneNode(true);
      // Ids would repeat; a real long article does not repeat them, and duplicate ids change how
      // selectors are built, so copies drop them.
      if (copy.nodeType === 1) {
        const el = copy as Element;
        el.removeAttribute('id');
        for (const d of Array.from(el.querySelectorAll('[id]'))) d.removeAttribute('id');
      }
      host.appendChild(copy);
    }
  }
  const walk = walkText(document);
  return { root: host.localName + (host.id ? `#${host.id}` : ''), textChars: walk.chars, elements: document.getElementsByTagName('*').length };
}

/** The audit's findings in a comparable form (to check that a proposed patch changes no result). */
export function findingsOf(nowIso: string, force: boolean, budgetMs?: number) {
  const r = audit(document, nowIso, force, budgetMs);
  return {
    kind: r.page.detection.kind,
    findings: r.findings.map((f) => [f.id, f.ruleId, f.selector, f.context, f.message].join('\u0001')),
  };
}

export const ruleIds = () => allRules.map((r) => ({ id: r.id, runsOn: r.runsOn ?? 'clinic' }));

const api = { measure, stagesOf, repeat, replicateArticle, walkText, detectOnly, audit, findingsOf, ruleIds };
export type BenchApi = typeof api;
(globalThis as unknown as { __clinicLintBench: BenchApi }).__clinicLintBench = api;
