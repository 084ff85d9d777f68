// What an export holds and what its file is called. Pure: the pages pass the sanitizer (DOMPurify,
// which needs a DOM) and do the download themselves.
//
// Exports hold the *open* findings: what the person dismissed (one finding, or a rule silenced on
// the site) is left out. When something was left out, the exported report says so with one
// "About this audit" note (category internal, a page-level note): report v1 has no other place
// for it, and this way the JSON, the CSV row, the Markdown and the HTML all carry the same sentence.
import type { Finding, Report } from '@/utils/types';
import { combineReports, isSiteReport, type SiteReport } from '@/utils/report/combine';
import { formatCsv } from '@/utils/report/format-csv';
import { formatHtml } from '@/utils/report/format-html';
import { formatJson } from '@/utils/report/format-json';
import { formatMarkdown } from '@/utils/report/format-markdown';
import { stableHash } from '@/utils/report/hash';
import { summarize } from '@/utils/dismiss';

import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

export const EXPORT_NOTE_RULE = 'internal/export-scope';

/** The note an export carries when dismissed findings were left out of it. */
export function exportNote(left: number, kept: number): Finding {
  const them = left === 1 ? 'finding you dismissed is' : 'findings you dismissed are';
  const message = `This export lists the open findings only: ${left} ${them} left out.`;
  return {
    id: `f-${stableHash(`${EXPORT_NOTE_RULE}\u0000${left}\u0000${kept}`)}`,
    ruleId: EXPORT_NOTE_RULE,
    category: 'internal',
    severity: 'info',
    scope: 'page',
    message,
    excerpt: '',
    context: '',
    selector: null,
    fix: 'To include them, restore them in Clinic Lint (the popup’s “Dismissed” list, or Settings → Dismissed findings) and export again.',
    helpUrl: '',
    data: { dismissed: left, exported: kept },
  };
}

/**
 * The report as exported: its open findings (`active`, in report order), summary recounted, plus
 * the export note when findings were left out.
 */
export function openReport(report: Report, active: readonly Finding[]): Report {
  const left = report.findings.length - active.length;
  const findings = left > 0 ? [...active, exportNote(left, active.length)] : [...active];
  return { ...report, summary: summarize(findings), findings };
}

/** A combined report of open findings, each page as `openReport` makes it. */
export function openSiteReport(site: SiteReport, activeOf: (page: Report) => readonly Finding[]): SiteReport {
  return combineReports(
    site.pages.map((p) => openReport(p, activeOf(p))),
    { generatedAt: site.generatedAt },
  );
}

/** The page's path as a file-name part: "/blog/ketamine-back-pain.html" → "blog-ketamine-back-pain", "/" → "home". */
export function pathSlug(url: string): string {
  let path = '';
  try {
    const u = new URL(url);
    path = u.protocol === 'file:' ? (u.pathname.split('/').pop() ?? '') : u.pathname;
  } catch {
    return '';
  }
  const slug = decodeURIComponentSafe(path)
    .replace(/\/index\.\w+$|\.(?:html?|php|aspx?)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (slug || 'home').slice(0, 60).replace(/-+$/, '');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * "cliniclint-clinic.example-blog-ketamine-back-pain-2026-11-26.csv": host, the page's path and the
 * audit day, so three pages of one site export as three names; safe on every file system.
 */
export function exportFilename(input: Report | SiteReport, ext: string, fallbackHost = 'page', host?: string): string {
  const url = isSiteReport(input) ? (input.pages[0]?.page.url ?? '') : input.page.url;
  const day = (isSiteReport(input) ? input.generatedAt : input.page.auditedAt).slice(0, 10);
  if (host === undefined) {
    try {
      const u = new URL(url);
      host = u.protocol === 'file:' ? 'local-file' : u.host;
    } catch {
      host = '';
    }
  }
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[.-]+|[.-]+$/g, '')
      .slice(0, 80);
  const parts = ['cliniclint', safe(host) || safe(fallbackHost) || 'page'];
  if (isSiteReport(input)) parts.push('site');
  else if (pathSlug(url)) parts.push(pathSlug(url));
  if (/^\d{4}-\d{2}-\d{2}$/.test(day)) parts.push(day);
  return `${parts.join('-')}.${ext}`;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** The file for one format. `sanitize` (DOMPurify) goes over the HTML report's markup. */
export function exportFile(input: Report | SiteReport, format: ExportFormat, opts: { sanitize?: (html: string) => string; fallbackHost?: string; host?: string } = {}): ExportFile {
  const info = EXPORT_FORMATS.find((f) => f.format === format);
  if (!info) throw new Error(`Unknown export format: ${format}`);
  const text =
    format === 'json' ? formatJson(input) : format === 'csv' ? formatCsv(input) : format === 'md' ? formatMarkdown(input) : formatHtml(input, { sanitize: opts.sanitize });
  return { filename: exportFilename(input, info.ext, opts.fallbackHost, opts.host), mime: info.mime, text };
}
