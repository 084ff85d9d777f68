// Reports for the formatter tests: real engine output on hostile and ordinary pages, and a
// hand-made report with a payload in every text field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../helpers/audit';
import type { Finding, Report } from '../../../utils/types';

export const XSS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>', '"><a href="javascript:alert(1)">x</a>'];
export const FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
/** Markdown that would change a ticket's layout if it were not escaped */
export const MARKDOWN = ['# Heading', '| a | b |', '[click](javascript:alert(1))', '![img](http://x/y.png)', '`code` ``more``', '**bold** _it_ ~~gone~~', '> quote', '1. item', '<b>bold</b>', '&lt;b&gt;', '$x^2$'];

/** Tests run the engine without a time budget: a cold first audit must not skip rules. */
const NO_BUDGET = { budgetMs: 60_000 };

export const HOSTILE_URL = 'https://clinic.example/p"><script>alert(1)</script>?q=<img src=x onerror=alert(1)>';

export const HOSTILE_HTML = `<!doctype html><html lang="en"><head><title>${XSS[0]} ${XSS[1]} ${FORMULAS[0]}</title></head>
<body><main><article><h1>Ketamine for depression</h1>
<p>${FORMULAS[0]} Call us at 949-945-0927 today.</p>
<p>${FORMULAS[1]} or call 949-945-0928.</p>
<p>${FORMULAS[2]} call 949-945-0929</p>
<p>${FORMULAS[3]} call 949-945-0930</p>
<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt; &lt;svg onload=alert(1)&gt; Call 949-945-0931</p>
<p>${MARKDOWN.map((m) => m.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join(' ')} call 949-945-0932</p>
<p><img src=x onerror=alert(1)><script>alert(1)</script>Book now</p>
</article></main></body></html>`;

/** The engine's report of a page whose text, title and URL hold script, formula and Markdown payloads. */
export function hostileReport(): Report {
  return audit(HOSTILE_HTML, { url: HOSTILE_URL, config: NO_BUDGET });
}

export const SITE_DIR = join(__dirname, '..', '..', 'fixtures', 'site');

let siteCache: Report[] | null = null;
/** The engine's reports of the sample site's pages (tests/fixtures/site); a fresh copy each call. */
export function siteReports(): Report[] {
  siteCache ??= readdirSync(SITE_DIR)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => audit(readFileSync(join(SITE_DIR, n), 'utf8'), { url: `https://clinic.example/${n}`, config: NO_BUDGET, force: false }));
  return structuredClone(siteCache);
}

function finding(over: Partial<Finding>): Finding {
  return {
    id: 'f-0000000000000001',
    ruleId: 'phone/unlinked-number',
    category: 'phone',
    severity: 'warning',
    scope: 'element',
    message: 'A message',
    excerpt: '',
    context: '',
    selector: 'main > p',
    fix: 'Fix it.',
    helpUrl: 'https://example.org/help',
    data: {},
    ...over,
  };
}

/** A report with a payload in every string field, including a javascript: page URL and help URL. */
export function payloadReport(): Report {
  const all = [...XSS, ...FORMULAS, ...MARKDOWN];
  const findings = all.map((p, i) =>
    finding({
      id: `f-${i.toString(16).padStart(16, '0')}`,
      severity: (['error', 'warning', 'info'] as const)[i % 3],
      category: (['stale', 'cta', 'phone', 'claims', 'trust', 'links'] as const)[i % 6],
      ruleId: `stale/rule-${i}`,
      message: `${p} message`,
      excerpt: p,
      context: `${p}\n\tcontext with a new line`,
      selector: `p[title="${p.replace(/"/g, '\\"')}"]`,
      fix: `${p} <a href="tel:+19499450927">949-945-0927</a>`,
      helpUrl: i % 2 ? 'javascript:alert(document.cookie)' : `https://example.org/help?q=${encodeURIComponent(p)}`,
    }),
  );
  findings.push(finding({ id: 'f-00000000000000ff', scope: 'page', selector: null, excerpt: '', context: '', message: 'Page-level problem' }));
  const summary = { error: 0, warning: 0, info: 0, byCategory: {} as Record<string, number> };
  for (const f of findings) {
    summary[f.severity]++;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
  }
  return {
    schema: 'cliniclint.report/v1',
    generator: { name: 'cliniclint', version: '0.1.0' },
    page: {
      url: 'javascript:alert(1)//<script>alert(2)</script>',
      title: `${XSS.join(' ')} ${MARKDOWN[0]}`,
      lang: 'en" onmouseover="alert(1)',
      auditedAt: '2026-11-26T12:00:00.000Z',
      detection: { kind: 'clinic-article', confidence: 0.9, signals: ['<script>'] },
      dates: { published: '2024-01-10', modified: null, reviewed: null },
    },
    summary,
    findings,
  };
}
