// The cta category on the labelled pages (../shared/corpus/labeled): every expected cta finding is
// present, and every cta finding is explained by an expect/optional label (none is a false positive).
// The same scoring as shared/tools/eval-labeled.mjs, for this category only, without the CLI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { auditDocument } from '../../../utils/engine';
import type { Finding } from '../../../utils/types';

const DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'labeled');

interface Label {
  category: string[];
  near?: string;
  target?: string;
  scope?: string;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

function matches(label: Label, f: Finding, doc: Document): boolean {
  if (!label.category.includes(f.category)) return false;
  if (label.scope === 'page') return f.scope === 'page';
  if (label.target) {
    if (!f.selector) return false;
    const el = doc.querySelector(f.selector);
    return !!el && [...doc.querySelectorAll(label.target)].some((t) => t === el || t.contains(el) || el.contains(t));
  }
  if (!label.near) return true;
  return norm(f.excerpt).includes(norm(label.near)) || norm(f.context).includes(norm(label.near));
}

const pages = existsSync(DIR) ? readdirSync(DIR).filter((n) => n.endsWith('.expect.json')).sort() : [];

describe.skipIf(pages.length === 0)('cta on the labelled pages', () => {
  for (const name of pages) {
    const label = JSON.parse(readFileSync(join(DIR, name), 'utf8'));
    it(`${label.page}: recall 1, no false positive`, () => {
      const html = readFileSync(join(DIR, label.page), 'utf8');
      const doc = parseHtml(html, label.url);
      const report = auditDocument(doc, { url: label.url, now: new Date(`${label.now}T12:00:00Z`), config: { budgetMs: 60_000 } });
      const cta = report.findings.filter((f) => f.category === 'cta');
      const expects: Label[] = label.expect.filter((l: Label) => l.category.includes('cta'));
      const optional: Label[] = [...label.expect, ...(label.optional ?? [])];
      for (const ex of expects) expect(cta.some((f) => matches(ex, f, doc)), `expected ${JSON.stringify(ex)}`).toBe(true);
      const unexplained = cta.filter((f) => !optional.some((l) => matches(l, f, doc)));
      if (label.kind !== 'other') expect(unexplained.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
      for (const mn of (label.mustNot ?? []) as Label[]) {
        if (!mn.category.includes('cta')) continue;
        const bad = cta.filter((f) => !optional.some((l) => matches(l, f, doc)) && (!mn.near || norm(f.excerpt).includes(norm(mn.near))));
        expect(bad.map((f) => f.ruleId)).toEqual([]);
      }
    });
  }
});
