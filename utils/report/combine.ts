// A combined report of several pages (a sitemap, the open tabs of one site): the page reports
// unchanged, plus a site summary. Pure: `generatedAt` is passed in.
import type { Category, Report, Severity } from '../types';
import { GENERATOR_VERSION } from './build';

export const SITE_REPORT_SCHEMA = 'cliniclint.site-report/v1' as const;

export interface RuleTally {
  ruleId: string;
  category: Category;
  /** the most severe severity this rule reported with */
  severity: Severity;
  findings: number;
  /** pages with at least one finding of the rule */
  pages: number;
}

export interface SiteSummary {
  pages: number;
  pagesWithFindings: number;
  pagesWithErrors: number;
  error: number;
  warning: number;
  info: number;
  byCategory: Record<string, number>;
  /** page count per detected kind (clinic-article, clinic-page, other) */
  byKind: Record<string, number>;
  /** rules that reported anything: most severe first, then most findings */
  byRule: RuleTally[];
}

export interface SiteReport {
  schema: typeof SITE_REPORT_SCHEMA;
  generator: { name: 'cliniclint'; version: string };
  generatedAt: string;
  /** the page reports (format v1), in the order they were given */
  pages: Report[];
  summary: SiteSummary;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarizeSite(pages: readonly Report[]): SiteSummary {
  const summary: SiteSummary = { pages: pages.length, pagesWithFindings: 0, pagesWithErrors: 0, error: 0, warning: 0, info: 0, byCategory: {}, byKind: {}, byRule: [] };
  const rules = new Map<string, RuleTally>();
  for (const page of pages) {
    const kind = page.page.detection.kind;
    summary.byKind[kind] = (summary.byKind[kind] ?? 0) + 1;
    if (page.findings.length) summary.pagesWithFindings++;
    if (page.findings.some((f) => f.severity === 'error')) summary.pagesWithErrors++;
    const seen = new Set<string>();
    for (const f of page.findings) {
      summary[f.severity]++;
      summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
      let tally = rules.get(f.ruleId);
      if (!tally) rules.set(f.ruleId, (tally = { ruleId: f.ruleId, category: f.category, severity: f.severity, findings: 0, pages: 0 }));
      tally.findings++;
      if (RANK[f.severity] < RANK[tally.severity]) tally.severity = f.severity;
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        tally.pages++;
      }
    }
  }
  summary.byRule = [...rules.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId),
  );
  return summary;
}

export function combineReports(pages: readonly Report[], opts: { generatedAt: Date | string }): SiteReport {
  const generatedAt = typeof opts.generatedAt === 'string' ? opts.generatedAt : opts.generatedAt.toISOString();
  return {
    schema: SITE_REPORT_SCHEMA,
    generator: { name: 'cliniclint', version: GENERATOR_VERSION },
    generatedAt,
    pages: [...pages],
    summary: summarizeSite(pages),
  };
}

export function isSiteReport(value: unknown): value is SiteReport {
  return !!value && typeof value === 'object' && (value as { schema?: unknown }).schema === SITE_REPORT_SCHEMA;
}

/** The pages of a single report or of a combined one. */
export function pagesOf(input: Report | SiteReport): Report[] {
  return isSiteReport(input) ? input.pages : [input];
}
