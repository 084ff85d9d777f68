// Writes utils/help/rule-help.json from the rule registry and each rule's fixtures
// (tests/fixtures/rules/<category>/<rule>/{fail,pass}-*.html). `npm run rule-help`; a unit test fails
// when the file is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { allRules } from '../utils/rules';
import { linkCheckRules } from '../utils/linkcheck/rules';
import type { RuleHelp, RuleExample } from '../utils/help/build';
import type { RuleMeta } from '../utils/types';
import { audit, fixturesFor, type Fixture } from '../tests/helpers/audit';

export const HELP_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'help', 'rule-help.json');
/** Just each rule's "why it matters", for the exports (small enough for the popup's bundle). */
export const WHY_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'help', 'rule-why.json');

export function buildRuleWhy(help: RuleHelp[] = buildRuleHelp()): Record<string, string> {
  return Object.fromEntries(help.map((h) => [h.id, h.why]));
}
const MAX = 220;

/** The words of a fixture a reader needs: the content's visible text, without the fixture comment. */
function wordsOf(html: string): string {
  // a space after each block's end, so "Fax: …</p><p>P: …" does not read as one word
  const spaced = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(?:\/p|br|\/div|\/li|\/h[1-6]|\/td|\/tr|\/address)\b[^>]*>/gi, '$& ');
  const dom = new JSDOM(spaced);
  const d = dom.window.document;
  d.querySelectorAll('script, style, noscript, template, head').forEach((e) => e.remove());
  const root = d.querySelector('main, article') ?? d.body;
  const text = (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  dom.window.close();
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

function failing(ruleId: string, list: Fixture[]): RuleExample | null {
  for (const fx of list.filter((f) => f.expectFail)) {
    const f = audit(fx.html, fx.meta).findings.find((x) => x.ruleId === ruleId);
    if (f) return { text: f.scope === 'page' ? wordsOf(fx.html) : f.context || wordsOf(fx.html), finding: { excerpt: f.excerpt, message: f.message } };
  }
  return null;
}

function passing(list: Fixture[]): RuleExample | null {
  const fx = list.find((f) => !f.expectFail);
  return fx ? { text: wordsOf(fx.html) } : null;
}

/** What every rule's help says, engine or network rule alike; the examples come from its fixtures. */
function helpOf(r: RuleMeta, runsOn: RuleHelp['runsOn'], network: boolean, examples: Pick<RuleHelp, 'failing' | 'passing'>): RuleHelp {
  return { id: r.id, title: r.title, category: r.category, severity: r.severity, runsOn, network, checks: r.description, why: r.why, fix: r.fix, sources: r.sources ?? [], ...examples };
}

export function buildRuleHelp(): RuleHelp[] {
  const engine = allRules.map((r) => {
    const fixtures = fixturesFor(r.id);
    return helpOf(r, r.runsOn ?? 'clinic', false, { failing: failing(r.id, fixtures), passing: passing(fixtures) });
  });
  // the link checker's rules run on the network, in the extension only: no fixtures to show
  const network = linkCheckRules.map((r) => helpOf(r, 'clinic', true, { failing: null, passing: null }));
  return [...engine, ...network];
}

if (process.argv[1]?.endsWith('rule-help.ts')) {
  const help = buildRuleHelp();
  writeFileSync(HELP_FILE, `${JSON.stringify(help, null, 1)}\n`);
  writeFileSync(WHY_FILE, `${JSON.stringify(buildRuleWhy(help), null, 1)}\n`);
  console.log(`wrote ${HELP_FILE} and ${WHY_FILE}`);
}
