// What the human-readable exports (Markdown, HTML) share: order, labels, grouping and counts.
// The labels are the popup's (components/labels.ts is plain data), so every surface says the same thing.
import type { Category, Finding, Report, Severity } from '../types';
import { CATEGORY_LABEL, CATEGORY_ORDER, KIND_LABEL, SEVERITY_LABEL, SEVERITY_ORDER, SEVERITY_PLURAL, percent } from '../../components/labels';

export { CATEGORY_LABEL, KIND_LABEL, SEVERITY_LABEL, SEVERITY_ORDER, percent };

export function categoryLabel(category: string): string {
  return CATEGORY_LABEL[category as Category] ?? category;
}

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind as keyof typeof KIND_LABEL] ?? kind;
}

/** Findings grouped by category in the popup's order (unknown categories last), most severe first in each. */
export function groupByCategory(findings: readonly Finding[]): Array<{ category: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.category) ?? [];
    list.push(f);
    groups.set(f.category, list);
  }
  const known = CATEGORY_ORDER.filter((c) => groups.has(c));
  const unknown = [...groups.keys()].filter((c) => !(CATEGORY_ORDER as readonly string[]).includes(c)).sort();
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return [...known, ...unknown].map((category) => ({
    category,
    findings: [...groups.get(category)!].sort((a, b) => rank(a.severity) - rank(b.severity)),
  }));
}

/** Per-category counts by severity, in display order: the rows of a summary table. */
export function categoryCounts(findings: readonly Finding[]): Array<{ category: string; error: number; warning: number; info: number; total: number }> {
  return groupByCategory(findings).map(({ category, findings: list }) => {
    const row = { category, error: 0, warning: 0, info: 0, total: list.length };
    for (const f of list) if (f.severity in row) row[f.severity]++;
    return row;
  });
}

/** "3 errors, 1 warning, 0 notes" */
export function countsText(counts: { error: number; warning: number; info: number }): string {
  return SEVERITY_ORDER.map((s) => `${counts[s]} ${SEVERITY_PLURAL[s][counts[s] === 1 ? 0 : 1]}`).join(', ');
}

/** The "as of" day of an audit (YYYY-MM-DD), from `page.auditedAt`. */
export function asOfDay(report: Report): string {
  return String(report.page.auditedAt ?? '').slice(0, 10);
}

/** A title for a page: its <title>, else its URL. */
export function pageName(report: Report): string {
  return report.page.title?.trim() || report.page.url || '(untitled page)';
}


/** A finding that several pages of a site share (the template's copyright line, its header number). */
export interface SharedFinding {
  finding: Finding;
  pages: Report[];
}

const sharedKey = (f: Finding) => `${f.ruleId}\u0000${f.selector ?? ''}\u0000${f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * Findings repeated on two or more pages of a site report (same rule, same place, same words): one
 * line each in the site report, with the pages listed, instead of once per page. `isShared` tells the
 * page sections which findings to leave to that list.
 */
export function sharedFindings(pages: readonly Report[]): { shared: SharedFinding[]; isShared: (f: Finding) => boolean } {
  const byKey = new Map<string, SharedFinding>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const f of page.findings) {
      if (f.scope === 'page' || f.category === 'internal') continue;
      const key = sharedKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = byKey.get(key) ?? { finding: f, pages: [] };
      s.pages.push(page);
      byKey.set(key, s);
    }
  }
  const shared = pages.length > 1 ? [...byKey.values()].filter((s) => s.pages.length > 1) : [];
  const keys = new Set(shared.map((s) => sharedKey(s.finding)));
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  shared.sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity) || b.pages.length - a.pages.length);
  return { shared, isShared: (f) => keys.has(sharedKey(f)) };
}
