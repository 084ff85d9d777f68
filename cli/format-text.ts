// A plain-text report for terminals and CI logs.
import type { Report } from '../utils/types';

const ORDER = ['stale', 'cta', 'phone', 'claims', 'trust', 'links', 'internal'];

export function formatText(report: Report): string {
  const { page, summary } = report;
  const lines: string[] = [];
  lines.push(`${page.title || '(untitled)'}`);
  lines.push(`  ${page.url}`);
  lines.push(`  kind: ${page.detection.kind} (confidence ${page.detection.confidence}) · ${summary.error} error(s), ${summary.warning} warning(s), ${summary.info} info`);
  for (const cat of ORDER) {
    const items = report.findings.filter((f) => f.category === cat);
    if (!items.length) continue;
    lines.push('', `  ${cat.toUpperCase()}`);
    for (const f of items) {
      lines.push(`    ${f.severity.padEnd(7)} ${f.ruleId}: ${f.message}`);
      if (f.excerpt) lines.push(`            “${f.excerpt}”`);
      if (f.fix) lines.push(`            fix: ${f.fix}`);
    }
  }
  if (!report.findings.length) lines.push('', '  No problems found.');
  return lines.join('\n');
}
