// Scores the engine against a folder of labelled pages, in-process, exactly as the label README
// (../shared/corpus/labeled/README.md) defines it and as ../shared/tools/eval-labeled.mjs does:
// - an expect label matches a finding of one of its categories by `near` (in the excerpt or context),
//   by `target` (the finding's element, an ancestor or a descendant), or by `scope: "page"`;
// - each finding credits one expect label; a second report of an expected defect, and anything an
//   optional label covers, counts neither for nor against;
// - a mustNot label's `near` is matched against the excerpt only (an empty `near` forbids the category);
// - on a clinic page (kind not "other") every unexplained core finding (stale, cta, phone) is a false positive.
// It lets `npm test` score the repo's labelled pages without ../shared and without a CLI per page.
import { wordingProblems } from './wording';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { auditDocument } from '../../utils/engine';
import type { Finding } from '../../utils/types';

export interface Label {
  category: string[];
  near?: string;
  target?: string;
  scope?: string;
  why?: string;
}

export interface PageLabel {
  page: string;
  url: string;
  now: string;
  kind: string | string[] | null;
  expect: Label[];
  optional?: Label[];
  mustNot?: Label[];
}

export interface PageScore {
  page: string;
  kind: string;
  kindRight: boolean;
  expected: number;
  found: number;
  missed: Label[];
  falsePositives: Finding[];
  /** wording users must never read, in this page's findings (tests/helpers/wording.ts) */
  wording: string[];
}

export interface SetScore {
  pages: PageScore[];
  expected: number;
  found: number;
  fp: number;
  kindOk: number;
  recall: number;
  /** found / expected per category key ("stale", "cta|phone", …) */
  byCategory: Record<string, { expected: number; found: number }>;
}

const CORE = new Set(['stale', 'cta', 'phone']);
const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const has = (hay: unknown, needle: unknown) => norm(hay).includes(norm(needle));

function within(doc: Document, f: Finding, target: string): boolean {
  if (!f.selector) return false;
  let el: Element | null;
  try {
    el = doc.querySelector(f.selector);
  } catch {
    return false;
  }
  if (!el) return false;
  return [...doc.querySelectorAll(target)].some((t) => t === el || t.contains(el) || el!.contains(t));
}

export function labelMatches(label: Label, f: Finding, doc: Document, mode: 'expect' | 'optional' | 'mustNot'): boolean {
  if (!label.category.includes(f.category)) return false;
  if (label.scope === 'page') return f.scope === 'page';
  if (label.target) return within(doc, f, label.target);
  if (!label.near) return true;
  if (mode === 'mustNot') {
    const e = norm(f.excerpt);
    return e.length >= 3 && (has(f.excerpt, label.near) || norm(label.near).includes(e));
  }
  return has(f.excerpt, label.near) || has(f.context, label.near);
}

/** Audits one labelled page the way `cliniclint audit PAGE --format json --now NOW --url URL` does. */
export function scorePage(dir: string, label: PageLabel): PageScore {
  const html = readFileSync(join(dir, label.page), 'utf8').replace(/^\ufeff/, '');
  const doc = parseHtml(html, label.url);
  try {
    const report = auditDocument(doc, { url: label.url, now: new Date(`${label.now}T12:00:00Z`), config: { budgetMs: 60_000 } });
    const findings = report.findings;
    const used = new Set<Finding>();
    const missed: Label[] = [];
    for (const ex of label.expect) {
      const hit = findings.find((f) => !used.has(f) && labelMatches(ex, f, doc, 'expect'));
      if (hit) used.add(hit);
      else missed.push(ex);
    }
    for (const op of [...label.expect, ...(label.optional ?? [])]) for (const f of findings) if (!used.has(f) && labelMatches(op, f, doc, 'optional')) used.add(f);
    const falsePositives = findings.filter((f) => {
      if (used.has(f)) return false;
      if ((label.mustNot ?? []).some((mn) => labelMatches(mn, f, doc, 'mustNot'))) return true;
      return label.kind !== 'other' && CORE.has(f.category);
    });
    const kind = report.page.detection.kind;
    const kindRight = label.kind == null || (Array.isArray(label.kind) ? label.kind.includes(kind) : kind === label.kind);
    const wording = findings.flatMap((f) => [...wordingProblems(f.message, { pageKind: kind }), ...wordingProblems(f.fix)].map((w) => `${f.ruleId}: ${w}`));
    // issue 13: one defect, one finding: no two findings of one category share an element and excerpt
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.scope !== 'element' || !f.selector || !f.excerpt) continue;
      const key = `${f.category}|${f.selector}|${f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase()}`;
      if (seen.has(key)) wording.push(`${f.ruleId}: a second ${f.category} finding on ${f.selector} "${f.excerpt.slice(0, 60)}"`);
      seen.add(key);
    }
    return { page: label.page, kind, kindRight, expected: label.expect.length, found: label.expect.length - missed.length, missed, falsePositives, wording };
  } finally {
    doc.defaultView?.close();
  }
}

export function readLabels(dir: string): PageLabel[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.expect.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as PageLabel);
}

export function scoreSet(dir: string, labels: PageLabel[] = readLabels(dir)): SetScore {
  const pages = labels.map((l) => scorePage(dir, l));
  const byCategory: SetScore['byCategory'] = {};
  labels.forEach((l, i) => {
    for (const ex of l.expect) {
      const c = (byCategory[ex.category.join('|')] ??= { expected: 0, found: 0 });
      c.expected++;
      if (!pages[i]!.missed.includes(ex)) c.found++;
    }
  });
  const expected = pages.reduce((n, p) => n + p.expected, 0);
  const found = pages.reduce((n, p) => n + p.found, 0);
  return {
    pages,
    expected,
    found,
    fp: pages.reduce((n, p) => n + p.falsePositives.length, 0),
    kindOk: pages.filter((p) => p.kindRight).length,
    recall: expected ? found / expected : 1,
    byCategory,
  };
}

/** What a failing assertion prints: the misses and false positives of each page. */
export function describeMisses(score: SetScore): string {
  const lines: string[] = [];
  for (const p of score.pages) {
    if (!p.missed.length && !p.falsePositives.length && p.kindRight) continue;
    lines.push(`${p.page}: found ${p.found}/${p.expected}, ${p.falsePositives.length} false positives, kind ${p.kind}${p.kindRight ? '' : ' (wrong)'}`);
    for (const m of p.missed) lines.push(`   missed [${m.category.join('|')}] ${m.near ?? m.target ?? '(page)'}`);
    for (const f of p.falsePositives) lines.push(`   false+ [${f.category}] ${f.ruleId}: ${String(f.excerpt).slice(0, 90)}`);
  }
  return lines.join('\n');
}
