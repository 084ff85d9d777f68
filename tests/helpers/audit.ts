// Test helpers: parse HTML with jsdom and run the real engine on it.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
import { parseHtml } from '../../cli/parse-html';
import { auditDocument } from '../../utils/engine';
import type { Config, Finding, Report, Rule } from '../../utils/types';
import { fakeLayout, type FakeLayoutSpec } from './fake-layout';

export interface AuditArgs {
  url?: string;
  now?: string;
  config?: Partial<Config>;
  /** run every rule whatever the page kind (default true in rule tests) */
  force?: boolean;
  rules?: Rule[];
  /** a fake layout (see fake-layout.ts) for rules that need one; Node has none */
  layout?: FakeLayoutSpec | null;
}

export function audit(html: string, args: AuditArgs = {}): Report {
  const url = args.url ?? 'https://clinic.example/blog/fixture-post';
  return auditDocument(parseHtml(html, url), {
    url,
    now: new Date(`${args.now ?? '2026-11-26'}T12:00:00Z`),
    // Tests check what rules find, not how fast: a generous budget keeps a loaded machine from
    // cutting rules short (the budget itself is tested with a fake clock).
    config: { budgetMs: 10_000, ...args.config },
    force: args.force ?? true,
    rules: args.rules,
    layout: args.layout ? fakeLayout(args.layout) : null,
  });
}

export function findingsOf(ruleId: string, html: string, args: AuditArgs = {}): Finding[] {
  return audit(html, args).findings.filter((f) => f.ruleId === ruleId);
}

export interface Fixture {
  file: string;
  name: string;
  html: string;
  expectFail: boolean;
  meta: AuditArgs & { count?: number; excerpt?: string };
}

/** Fixtures of one rule: tests/fixtures/rules/<category>/<slug>/{fail,pass}-*.html, with an optional
 * leading comment `<!-- cliniclint-fixture: {"now": "...", "url": "...", "count": 1, "config": {...}} -->`. */
export function fixturesFor(ruleId: string): Fixture[] {
  const dir = join(HERE, '..', 'fixtures', 'rules', ...ruleId.split('/'));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.html') && (n.startsWith('fail') || n.startsWith('pass')))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dir, name), 'utf8');
      const m = /<!--\s*cliniclint-fixture:\s*([\s\S]*?)-->/.exec(html);
      const meta = m ? (JSON.parse(m[1]!) as Fixture['meta']) : {};
      return { file: join(dir, name), name, html, expectFail: name.startsWith('fail'), meta };
    });
}
