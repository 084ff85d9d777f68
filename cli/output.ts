// The CLI's output formats: the engine's exporters, plus plain text for terminals.
import { isSiteReport, type SiteReport } from '../utils/report/combine';
import { formatCsv } from '../utils/report/format-csv';
import { formatHtml } from '../utils/report/format-html';
import { formatJson } from '../utils/report/format-json';
import { formatMarkdown } from '../utils/report/format-markdown';
import type { Report } from '../utils/types';
import { formatText } from './format-text';
import { sanitizeHtml } from './sanitize';

export const FORMATS = ['json', 'text', 'csv', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

function siteText(site: SiteReport): string {
  const s = site.summary;
  const pages = site.pages.map(formatText).join('\n\n');
  return `${pages}\n\n${s.pages} pages: ${s.error} error(s), ${s.warning} warning(s), ${s.info} info; ${s.pagesWithErrors} page(s) with errors`;
}

/**
 * Renders one report or a combined one. JSON of a combined report is, by default, the array of its
 * page reports (what scripts and the labelled-page evaluator read); `jsonArray: false` gives the
 * site report itself.
 */
export function render(format: Format, input: Report | SiteReport, opts: { jsonArray?: boolean } = {}): string {
  const site = isSiteReport(input);
  switch (format) {
    case 'json':
      return formatJson(site && opts.jsonArray !== false ? input.pages : input);
    case 'csv':
      return formatCsv(input);
    case 'md':
      return formatMarkdown(input);
    case 'html':
      return formatHtml(input, { sanitize: sanitizeHtml });
    case 'text':
      return `${site ? siteText(input) : formatText(input)}\n`;
  }
}
