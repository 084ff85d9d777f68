// Self-contained HTML export: one file, inline CSS, no scripts, prints well to PDF.
// Every piece of page text is escaped (escapeHtml) and only http(s)/file URLs become links, so the
// markup is ours alone; a Content-Security-Policy forbids scripts as a second line of defence, and
// callers pass DOMPurify as `sanitize` (the CLI and the extension do) as a third.
import { whyOf } from '../help/why';
import type { Finding, Report } from '../types';
import { isSiteReport, type SiteReport } from './combine';
import { escapeHtml as e, linkableUrl } from './escape';
import { asOfDay, categoryCounts, categoryLabel, countsText, groupByCategory, kindLabel, pageName, percent, SEVERITY_LABEL, sharedFindings, type SharedFinding } from './present';

export interface HtmlOptions {
  /** sanitizer for the body markup, e.g. `(html) => DOMPurify.sanitize(html)` */
  sanitize?: (html: string) => string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root{--ink:#1d232b;--muted:#5b6570;--line:#d9dee3;--error:#b3261e;--warning:#8a5a00;--info:#1f5f99;--bg:#fff;--soft:#f5f7f9}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:2rem 1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;overflow-wrap:anywhere}h3{font-size:1.05rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
a{color:#0b57a4;overflow-wrap:anywhere}
.meta{color:var(--muted);margin:.25rem 0}
.meta dt{display:inline;font-weight:600}.meta dd{display:inline;margin:0 1rem 0 .25rem}
table{border-collapse:collapse;width:100%;margin:.75rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:4px;padding:.6rem .8rem;margin:.6rem 0}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.info{border-left-color:var(--info)}
.finding p{margin:.25rem 0}
.sev{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .4rem;border-radius:3px;color:#fff;background:var(--muted)}
.sev.error{background:var(--error)}.sev.warning{background:var(--warning)}.sev.info{background:var(--info)}
.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;color:var(--muted);margin-left:.4rem}
.msg{font-weight:600}
blockquote{margin:.35rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);background:var(--soft);overflow-wrap:anywhere}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
.label{font-weight:600;color:var(--muted)}
.none{color:var(--muted);font-style:italic}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@page{margin:16mm 14mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
a{color:inherit;text-decoration:none}
.page-report+.page-report,.site-summary+.page-report{break-before:page}
.finding,tr,blockquote{break-inside:avoid}
h2,h3{break-after:avoid}
.sev,th,blockquote{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}`;

function a(url: string | null | undefined, label?: string): string {
  const href = linkableUrl(url);
  const text = e(label ?? url ?? '');
  return href ? `<a href="${e(href)}" rel="noopener noreferrer">${text}</a>` : text;
}

const LANG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

function summaryTable(findings: readonly Finding[]): string {
  const rows = categoryCounts(findings)
    .map((r) => `<tr><td>${e(categoryLabel(r.category))}</td><td class="n">${r.error}</td><td class="n">${r.warning}</td><td class="n">${r.info}</td><td class="n">${r.total}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>Category</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Notes</th><th class="n">Total</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingHtml(f: Finding): string {
  const parts = [
    `<p><span class="sev ${e(f.severity)}">${e(SEVERITY_LABEL[f.severity] ?? f.severity)}</span><code class="rule">${e(f.ruleId)}</code></p>`,
    `<p class="msg">${e(f.message)}</p>`,
  ];
  if (f.excerpt) parts.push(`<blockquote>${e(f.excerpt)}</blockquote>`);
  if (f.context && f.context !== f.excerpt) parts.push(`<p><span class="label">Context:</span> ${e(f.context)}</p>`);
  if (f.selector) parts.push(`<p><span class="label">Where:</span> <code>${e(f.selector)}</code></p>`);
  if (f.fix) parts.push(`<p><span class="label">How to fix:</span> ${e(f.fix)}</p>`);
  const why = whyOf(f.ruleId);
  if (why) parts.push(`<p><span class="label">Why it matters:</span> ${e(why)}</p>`);
  if (f.helpUrl) parts.push(`<p><span class="label">Help:</span> ${a(f.helpUrl)}</p>`);
  return `<div class="finding ${e(f.severity)}">${parts.join('')}</div>`;
}

function pageHtml(report: Report, level: 1 | 2, skip: (f: Finding) => boolean = () => false): string {
  const { page } = report;
  const h = `h${level}`;
  const sub = `h${level + 1}`;
  const lang = LANG.test(page.lang ?? '') ? ` lang="${e(page.lang)}"` : '';
  const dates = (['published', 'modified', 'reviewed'] as const)
    .filter((k) => page.dates[k])
    .map((k) => `<dt>${k[0]!.toUpperCase()}${k.slice(1)}</dt><dd>${e(page.dates[k])}</dd>`)
    .join('');
  const own = report.findings.filter((f) => !skip(f));
  const shared = report.findings.length - own.length;
  const body = report.findings.length
    ? summaryTable(report.findings) +
      (shared ? `<p class="meta">${shared} of these ${shared === 1 ? 'is' : 'are'} on other pages too: see “On several pages” above.</p>` : '') +
      groupByCategory(own)
        .map((g) => `<section><${sub}>${e(categoryLabel(g.category))} (${g.findings.length})</${sub}>${g.findings.map(findingHtml).join('')}</section>`)
        .join('')
    : '<p class="none">No problems found.</p>';
  return (
    `<section class="page-report"${lang}><${h}>${e(pageName(report))}</${h}>` +
    `<p class="meta">${a(page.url)}</p>` +
    `<dl class="meta"><dt>Audited as of</dt><dd>${e(asOfDay(report))}</dd><dt>Page kind</dt><dd>${e(kindLabel(page.detection.kind))} (${e(percent(page.detection.confidence))})</dd>${dates}</dl>` +
    `<p class="meta"><strong>${e(countsText(report.summary))}</strong></p>` +
    `${body}</section>`
  );
}

/** Findings several pages share, once each, with the pages listed. */
function sharedHtml(site: SiteReport, shared: readonly SharedFinding[]): string {
  if (!shared.length) return '';
  const items = shared
    .map((sf) => `${findingHtml(sf.finding)}<p class="meta">On ${sf.pages.length} of ${site.pages.length} pages: ${sf.pages.map((p) => a(p.page.url, pageName(p))).join(', ')}</p>`)
    .join('');
  return `<h2>On several pages</h2><p class="meta">Usually the site’s template (header, footer, menu): fix it once and every page is fixed.</p>${items}`;
}

function siteHtml(site: SiteReport): string {
  const s = site.summary;
  const { shared, isShared } = sharedFindings(site.pages);
  const pages = site.pages
    .map((p) => `<tr><td>${a(p.page.url, pageName(p))}</td><td>${e(kindLabel(p.page.detection.kind))}</td><td class="n">${p.summary.error}</td><td class="n">${p.summary.warning}</td><td class="n">${p.summary.info}</td></tr>`)
    .join('');
  const rules = s.byRule
    .map((r) => `<tr><td><code>${e(r.ruleId)}</code></td><td>${e(categoryLabel(r.category))}</td><td>${e(SEVERITY_LABEL[r.severity] ?? r.severity)}</td><td class="n">${r.findings}</td><td class="n">${r.pages}</td></tr>`)
    .join('');
  return (
    `<section class="site-summary"><h1>Clinic Lint site report</h1>` +
    `<p class="meta">${s.pages} pages audited: ${s.pagesWithErrors} with errors, ${s.pagesWithFindings} with any finding. Generated ${e(site.generatedAt.slice(0, 10))}.</p>` +
    `<p class="meta"><strong>${e(countsText(s))}</strong></p>` +
    `<h2>Pages</h2><table><thead><tr><th>Page</th><th>Kind</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Notes</th></tr></thead><tbody>${pages}</tbody></table>` +
    (rules ? `<h2>Rules across the site</h2><table><thead><tr><th>Rule</th><th>Category</th><th>Severity</th><th class="n">Findings</th><th class="n">Pages</th></tr></thead><tbody>${rules}</tbody></table>` : '') +
    sharedHtml(site, shared) +
    `</section>` +
    site.pages.map((p) => pageHtml(p, 2, isShared)).join('')
  );
}

export function formatHtml(input: Report | SiteReport, opts: HtmlOptions = {}): string {
  const site = isSiteReport(input);
  const title = site ? `Clinic Lint site report (${input.pages.length} pages)` : `Clinic Lint report: ${pageName(input)}`;
  const version = site ? input.generator.version : input.generator?.version;
  let body = (site ? siteHtml(input) : pageHtml(input, 1)) + `<footer>Clinic Lint ${e(version ?? '')} · report format ${e(input.schema)}</footer>`;
  if (opts.sanitize) body = opts.sanitize(body);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(title)}</title><style>${CSS}</style></head>\n<body>${body}</body></html>\n`
  );
}
