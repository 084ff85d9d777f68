// Markdown export, to paste into a ticket (GitHub, GitLab, Jira's Markdown paste): a summary table,
// then the findings grouped by category. Every piece of page text goes through escapeMarkdown /
// markdownCode / markdownLink, so a page cannot inject headings, links, tables or HTML.
import type { Finding, Report } from '../types';
import { isSiteReport, type SiteReport } from './combine';
import { whyOf } from '../help/why';
import { escapeMarkdown as md, markdownCode as code, markdownLink as link } from './escape';
import { asOfDay, categoryCounts, categoryLabel, countsText, groupByCategory, kindLabel, pageName, percent, SEVERITY_LABEL, sharedFindings } from './present';

function table(head: string[], rows: string[][], align: Array<'l' | 'r'>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function summaryTable(findings: readonly Finding[]): string[] {
  const rows = categoryCounts(findings);
  const total = { error: 0, warning: 0, info: 0, total: 0 };
  for (const r of rows) for (const k of ['error', 'warning', 'info', 'total'] as const) total[k] += r[k];
  return table(
    ['Category', 'Errors', 'Warnings', 'Notes', 'Total'],
    [
      ...rows.map((r) => [md(categoryLabel(r.category)), String(r.error), String(r.warning), String(r.info), String(r.total)]),
      ['**All**', `**${total.error}**`, `**${total.warning}**`, `**${total.info}**`, `**${total.total}**`],
    ],
    ['l', 'r', 'r', 'r', 'r'],
  );
}

function finding(f: Finding, n: number): string[] {
  const lines = [`${n}. **${SEVERITY_LABEL[f.severity] ?? md(f.severity)}** ${code(f.ruleId)}: ${md(f.message)}`];
  const sub = (label: string, value: string) => lines.push(`   - ${label}: ${value}`);
  if (f.excerpt) sub('Excerpt', `“${md(f.excerpt)}”`);
  if (f.context && f.context !== f.excerpt) sub('Context', `“${md(f.context)}”`);
  if (f.selector) sub('Where', code(f.selector));
  if (f.fix) sub('How to fix', md(f.fix));
  const why = whyOf(f.ruleId);
  if (why) sub('Why it matters', md(why));
  if (f.helpUrl) sub('Help', link(f.helpUrl));
  return lines;
}

/** One page: meta line, summary table, findings by category. `level` is the heading level of the page title.
 * `skip` leaves out the findings the site report lists once for all its pages. */
function pageSection(report: Report, level: number, skip: (f: Finding) => boolean = () => false): string[] {
  const h = (n: number) => '#'.repeat(Math.min(6, n));
  const { page } = report;
  const out = [`${h(level)} ${md(pageName(report))}`, ''];
  out.push(`- Page: ${link(page.url)}`);
  out.push(`- Audited as of ${md(asOfDay(report))} · ${md(kindLabel(page.detection.kind))} (${percent(page.detection.confidence)} confidence)`);
  const dates = (['published', 'modified', 'reviewed'] as const).filter((k) => page.dates[k]).map((k) => `${k} ${md(page.dates[k])}`);
  if (dates.length) out.push(`- Dates on the page: ${dates.join(', ')}`);
  out.push(`- Found: ${countsText(report.summary)}`, '');
  if (!report.findings.length) return [...out, 'No problems found.', ''];
  out.push(...summaryTable(report.findings), '');
  const own = report.findings.filter((f) => !skip(f));
  const shared = report.findings.length - own.length;
  if (shared) out.push(`${shared} of these ${shared === 1 ? 'is' : 'are'} on other pages too: see "On several pages" above.`, '');
  for (const group of groupByCategory(own)) {
    out.push(`${h(level + 1)} ${md(categoryLabel(group.category))} (${group.findings.length})`, '');
    group.findings.forEach((f, i) => out.push(...finding(f, i + 1)));
    out.push('');
  }
  return out;
}

function siteSection(site: SiteReport): string[] {
  const s = site.summary;
  const out = ['# Clinic Lint site report', ''];
  out.push(`- Generated ${md(site.generatedAt.slice(0, 10))} by Clinic Lint ${md(site.generator.version)}`);
  out.push(`- ${s.pages} pages audited: ${s.pagesWithErrors} with errors, ${s.pagesWithFindings} with any finding`);
  out.push(`- Found: ${countsText(s)}`, '');
  out.push('## Pages', '');
  out.push(
    ...table(
      ['Page', 'Kind', 'Errors', 'Warnings', 'Notes'],
      site.pages.map((p) => [link(p.page.url, pageName(p)), md(kindLabel(p.page.detection.kind)), String(p.summary.error), String(p.summary.warning), String(p.summary.info)]),
      ['l', 'l', 'r', 'r', 'r'],
    ),
    '',
  );
  if (s.byRule.length) {
    out.push('## Rules across the site', '');
    out.push(
      ...table(
        ['Rule', 'Category', 'Severity', 'Findings', 'Pages'],
        s.byRule.map((r) => [code(r.ruleId), md(categoryLabel(r.category)), md(SEVERITY_LABEL[r.severity] ?? r.severity), String(r.findings), String(r.pages)]),
        ['l', 'l', 'l', 'r', 'r'],
      ),
      '',
    );
  }
  const { shared, isShared } = sharedFindings(site.pages);
  if (shared.length) {
    out.push('## On several pages', '', 'Usually the site’s template (header, footer, menu): fix it once and every page is fixed.', '');
    shared.forEach((sf, i) => {
      out.push(...finding(sf.finding, i + 1));
      out.push(`   - On ${sf.pages.length} of ${site.pages.length} pages: ${sf.pages.map((p) => link(p.page.url, pageName(p))).join(', ')}`);
    });
    out.push('');
  }
  for (const page of site.pages) out.push('---', '', ...pageSection(page, 2, isShared));
  return out;
}

export function formatMarkdown(input: Report | SiteReport): string {
  const lines = isSiteReport(input) ? siteSection(input) : ['# Clinic Lint report', '', ...pageSection(input, 2)];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
