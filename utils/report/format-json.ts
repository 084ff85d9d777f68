// JSON export: a report v1, a combined site report, or (CLI, several inputs) an array of reports v1.
// Each finding's free-form `data` carries `why` ("why it matters", the rule's plain-language reason),
// as the CSV, Markdown and HTML exports do: the part of a finding that persuades a client.
import type { Finding, Report } from '../types';
import type { SiteReport } from './combine';
import { whyOf } from '../help/why';

function withWhy(f: Finding): Finding {
  const why = whyOf(f.ruleId);
  return why && f.data?.why === undefined ? { ...f, data: { ...f.data, why } } : f;
}

const reportWithWhy = (r: Report): Report => ({ ...r, findings: r.findings.map(withWhy) });

export function formatJson(input: Report | SiteReport | readonly Report[], opts: { indent?: number } = {}): string {
  const out = Array.isArray(input)
    ? (input as readonly Report[]).map(reportWithWhy)
    : 'pages' in input
      ? { ...input, pages: input.pages.map(reportWithWhy) }
      : reportWithWhy(input as Report);
  return `${JSON.stringify(out, null, opts.indent ?? 2)}\n`;
}
