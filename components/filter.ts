// Filtering, grouping and numbering of findings for the views. Pure data: no DOM, no browser APIs.
import type { Category, Finding, Severity } from '@/utils/types';
import type { RuleInfo } from '@/utils/messaging';
import { CATEGORY_ORDER, SEVERITY_ORDER } from './labels';

export interface Filters {
  /** severities to show; empty = all */
  severities: Severity[];
  /** one category, or all */
  category: Category | 'all';
  /** free text: every word must appear in the message, excerpt, fix, rule id or rule title */
  query: string;
}

export const NO_FILTERS: Filters = { severities: [], category: 'all', query: '' };

export function isFiltered(f: Filters): boolean {
  return f.severities.length > 0 || f.category !== 'all' || f.query.trim() !== '';
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

export function matchesFilters(finding: Finding, filters: Filters, rules: Record<string, RuleInfo> = {}): boolean {
  if (filters.severities.length && !filters.severities.includes(finding.severity)) return false;
  if (filters.category !== 'all' && finding.category !== filters.category) return false;
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold([finding.message, finding.excerpt, finding.fix, finding.ruleId, rules[finding.ruleId]?.title ?? ''].join('\n'));
  return words.every((w) => haystack.includes(w));
}

export function filterFindings(findings: readonly Finding[], filters: Filters, rules?: Record<string, RuleInfo>): Finding[] {
  return findings.filter((f) => matchesFilters(f, filters, rules));
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface CategoryGroup {
  category: Category;
  count: number;
  severities: SeverityGroup[];
}

const categoryRank = (c: Category) => {
  const i = CATEGORY_ORDER.indexOf(c);
  return i < 0 ? CATEGORY_ORDER.length : i;
};

/** Category (fixed order: what breaks patient contact and trust first), then severity; page order within. */
export function groupFindings(findings: readonly Finding[]): CategoryGroup[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = byCategory.get(f.category) ?? [];
    list.push(f);
    byCategory.set(f.category, list);
  }
  // Array.prototype.sort is stable: unknown categories keep their first-seen order at the end.
  return [...byCategory.keys()]
    .sort((a, b) => categoryRank(a) - categoryRank(b))
    .map((category) => {
      const list = byCategory.get(category)!;
      return {
        category,
        count: list.length,
        severities: SEVERITY_ORDER.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
          (g) => g.findings.length > 0,
        ),
      };
    });
}

/** The findings in the order the list shows them. */
export function displayOrder(groups: readonly CategoryGroup[]): Finding[] {
  return groups.flatMap((g) => g.severities.flatMap((s) => s.findings));
}

/** A finding can be shown in the page when it points at an element. */
export const isLocatable = (f: Finding) => f.scope === 'element' && !!f.selector;

/** Numbers 1…n for the locatable findings, in display order: the same numbers the page badges show. */
export function numberFindings(ordered: readonly Finding[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const f of ordered) if (isLocatable(f)) numbers.set(f.id, numbers.size + 1);
  return numbers;
}

/** Categories present, in display order, with counts (for the category filter). */
export function categoryCounts(findings: readonly Finding[]): Array<{ category: Category; count: number }> {
  return groupFindings(findings).map((g) => ({ category: g.category, count: g.count }));
}
