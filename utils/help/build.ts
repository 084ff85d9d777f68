// Each rule's help page, as data: what it checks, why it matters, how to fix it, one failing and one
// passing example taken from the rule's own fixtures (what the engine says on the failing one), and
// its sources as titled links. Built by `npm run rule-help` into utils/help/rule-help.json, which the
// extension's help page and `cliniclint explain` read without loading the engine.
import type { Category, RuleSource, Severity } from '../types';

export interface RuleExample {
  /** the fixture's words (visible text, trimmed) */
  text: string;
  /** what Clinic Lint says about it (failing example only) */
  finding?: { excerpt: string; message: string };
}

export interface RuleHelp {
  id: string;
  title: string;
  category: Category | string;
  severity: Severity;
  /** where it runs: any page, clinic pages, or clinic articles */
  runsOn: 'any' | 'clinic' | 'article';
  network: boolean;
  checks: string;
  why: string;
  fix: string;
  sources: RuleSource[];
  failing: RuleExample | null;
  passing: RuleExample | null;
}

export const RUNS_ON_WORDS: Record<RuleHelp['runsOn'], string> = {
  any: 'Runs on every page.',
  clinic: 'Runs on clinic pages (articles and other pages of a clinic site).',
  article: 'Runs on clinic articles (blog posts, news, patient education).',
};

/** The help of one rule as plain text (for `cliniclint explain`). */
export function helpAsText(h: RuleHelp): string {
  const lines = [
    `${h.title}  (${h.id}, ${h.category}, ${h.severity}${h.network ? ', network check, opt-in' : ''})`,
    '',
    `What it checks: ${h.checks}`,
    RUNS_ON_WORDS[h.runsOn],
    '',
    `Why it matters: ${h.why}`,
    '',
    `How to fix: ${h.fix}`,
  ];
  if (h.failing) {
    lines.push('', `Fails: "${h.failing.text}"`);
    if (h.failing.finding) lines.push(`  Clinic Lint says: ${h.failing.finding.message}`);
  }
  if (h.passing) lines.push('', `Passes: "${h.passing.text}"`);
  if (h.sources.length) lines.push('', 'Sources:', ...h.sources.map((s) => `  - ${s.title}: ${s.url}`));
  return `${lines.join('\n')}\n`;
}
