// Shared by the robustness tests: run the real engine on hostile input with a fake clock, and check
// that what comes out is a valid report v1 (the shipped JSON Schema, plus invariants a schema cannot
// state: summary counts match the findings, ids are unique, findings are ordered by severity).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { JSDOM, VirtualConsole } from 'jsdom';
import { expect } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { auditDocument, type AuditOptions } from '../../../utils/engine';
import type { Config, Report, Rule } from '../../../utils/types';

export const ROOT = join(__dirname, '..', '..', '..');
export const NOW = new Date('2026-11-26T12:00:00Z');
export const URL_ = 'https://clinic.example/blog/fixture-post';

/** A clock that never moves: the budget never runs out, so results do not depend on the machine. */
export const frozenClock = (): (() => number) => () => 0;

/** A clock that moves `step` ms each time it is read: the budget runs out after a known number of reads. */
export function steppingClock(step: number): (() => number) & { reads: () => number } {
  let t = 0;
  let n = 0;
  const clock = () => {
    n++;
    return (t += step);
  };
  return Object.assign(clock, { reads: () => n });
}

export interface RunArgs {
  url?: string;
  config?: Partial<Config>;
  force?: boolean;
  rules?: Rule[];
  clock?: () => number;
}

/** The engine on a document, with a frozen clock unless told otherwise. */
export function auditDoc(doc: Document, args: RunArgs = {}): Report {
  const opts: AuditOptions = {
    url: args.url ?? URL_,
    now: NOW,
    config: args.config,
    force: args.force ?? true,
    rules: args.rules,
    clock: args.clock ?? frozenClock(),
  };
  return auditDocument(doc, opts);
}

export function auditHtml(html: string, args: RunArgs = {}): Report {
  return auditDoc(parseHtml(html, args.url ?? URL_), args);
}

const quiet = new VirtualConsole();
/** A DOM for content types the CLI's parser does not make (XHTML served as XML, plain XML). */
export function parseAs(markup: string, contentType: string, url = URL_): Document {
  return new JSDOM(markup, { contentType, url, virtualConsole: quiet }).window.document;
}

const SCHEMA = join(ROOT, 'schema', 'report-v1.schema.json');
let validate: ((v: unknown) => string) | null = null;
function schemaCheck(): (v: unknown) => string {
  if (validate) return validate;
  if (existsSync(SCHEMA)) {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const fn = ajv.compile(schema);
    validate = (v) => (fn(v) ? '' : ajv.errorsText(fn.errors, { separator: '\n' }));
  } else {
    validate = () => ''; // the hand checks below still hold the v1 shape
  }
  return validate;
}

const CATEGORIES = new Set(['stale', 'cta', 'phone', 'claims', 'trust', 'links', 'internal']);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Fails the test unless `report` is a valid report v1 that survives JSON unchanged. */
export function expectValidReport(report: Report, label = ''): void {
  const text = JSON.stringify(report);
  const json = JSON.parse(text) as Report;
  expect(json, `${label}: survives JSON`).toEqual(report);
  expect(schemaCheck()(json), `${label}: report v1 JSON Schema`).toBe('');
  // The v1 shape by hand (also covers a checkout without the schema file).
  expect(json.schema).toBe('cliniclint.report/v1');
  expect(json.generator.name).toBe('cliniclint');
  expect(typeof json.page.url === 'string' && json.page.url.length > 0, `${label}: page.url`).toBe(true);
  expect(typeof json.page.title).toBe('string');
  expect(typeof json.page.lang).toBe('string');
  expect(['clinic-article', 'clinic-page', 'other']).toContain(json.page.detection.kind);
  const c = json.page.detection.confidence;
  expect(Number.isFinite(c) && c >= 0 && c <= 1, `${label}: confidence ${c}`).toBe(true);
  for (const k of ['published', 'modified', 'reviewed'] as const) {
    const d = json.page.dates[k];
    expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d), `${label}: dates.${k} = ${d}`).toBe(true);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  const byCategory: Record<string, number> = {};
  const ids = new Set<string>();
  let last = 0;
  for (const f of json.findings) {
    expect(f.id, `${label}: finding id`).toMatch(/^f-[0-9a-f]{16}$/);
    expect(ids.has(f.id), `${label}: duplicate id ${f.id}`).toBe(false);
    ids.add(f.id);
    expect(f.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(CATEGORIES.has(f.category), `${label}: category ${f.category}`).toBe(true);
    expect(f.severity in SEVERITY_ORDER, `${label}: severity ${f.severity}`).toBe(true);
    expect(SEVERITY_ORDER[f.severity], `${label}: findings sorted by severity`).toBeGreaterThanOrEqual(last);
    last = SEVERITY_ORDER[f.severity];
    expect(typeof f.message === 'string' && f.message.trim().length > 0, `${label}: message of ${f.ruleId}`).toBe(true);
    expect(f.excerpt.length).toBeLessThanOrEqual(200);
    expect(f.context.length).toBeLessThanOrEqual(400);
    expect(['element', 'page']).toContain(f.scope);
    if (f.scope === 'page') expect(f.selector).toBeNull();
    else expect(f.selector === null || (typeof f.selector === 'string' && f.selector.length > 0)).toBe(true);
    expect(f.data && typeof f.data === 'object' && !Array.isArray(f.data)).toBe(true);
    counts[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  expect({ error: json.summary.error, warning: json.summary.warning, info: json.summary.info }, `${label}: summary counts`).toEqual(counts);
  expect(json.summary.byCategory, `${label}: summary.byCategory`).toEqual(byCategory);
  expect(json.page.auditedAt).toBe(NOW.toISOString());
}

export const internal = (r: Report, id = 'internal/rule-error') => r.findings.filter((f) => f.ruleId === id);

/** HTML pages to mutate: the labelled corpus (when ../shared is there) and the sample site. */
export function seedPages(): Array<{ name: string; html: string }> {
  const dirs = [join(ROOT, '..', 'shared', 'corpus', 'labeled'), join(ROOT, 'tests', 'fixtures', 'site'), join(ROOT, 'tests', 'fixtures', 'hostile')];
  const out: Array<{ name: string; html: string }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.html')) out.push({ name, html: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return out;
}

/** The failing fixtures of every rule (tests/fixtures/rules/<category>/<rule>/fail-*.html): seeds that
 * make each rule's own code run, so mutating them reaches the rules random pages rarely trigger. */
export function ruleFixturePages(): Array<{ name: string; html: string }> {
  const base = join(ROOT, 'tests', 'fixtures', 'rules');
  const out: Array<{ name: string; html: string }> = [];
  if (!existsSync(base)) return out;
  for (const cat of readdirSync(base).sort()) {
    const catDir = join(base, cat);
    if (!statSync(catDir).isDirectory()) continue;
    for (const rule of readdirSync(catDir).sort()) {
      const dir = join(catDir, rule);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('fail-') && name.endsWith('.html')) out.push({ name: `${cat}/${rule}/${name}`, html: readFileSync(join(dir, name), 'utf8') });
      }
    }
  }
  return out;
}

/**
 * A DOM `depth` elements deep, built in chunks: jsdom's parser is quadratic in nesting depth (5,000
 * levels take ~30 s) and attaching a deep subtree at once overflows jsdom's recursive attach.
 * Returns the innermost element.
 */
export function nest(doc: Document, parent: Element, depth: number, tag = 'div'): Element {
  let attach = parent;
  for (let built = 0; built < depth; ) {
    const n = Math.min(500, depth - built);
    let sub = doc.createElement(tag);
    const deepest = sub;
    for (let i = 1; i < n; i++) {
      const e = doc.createElement(tag);
      e.appendChild(sub);
      sub = e;
    }
    attach.appendChild(sub);
    attach = deepest;
    built += n;
  }
  return attach;
}
