// HTML export: self-contained (inline CSS, no scripts), page content escaped, markup that passes
// DOMPurify untouched, and a print stylesheet.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { formatHtml } from '../../../utils/report/format-html';
import { combineReports } from '../../../utils/report/combine';
import { HOSTILE_URL, XSS, hostileReport, payloadReport, siteReports } from './samples';

const parse = (html: string) => new JSDOM(html, { url: 'https://report.invalid/' }).window.document;

/** Every tag the report uses. Anything else in the output came from a page. */
const OUR_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'h1', 'h2', 'h3', 'p', 'a', 'dl', 'dt', 'dd', 'strong', 'span', 'code', 'blockquote', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'footer']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'];

/** The checks of "no executable markup", on a parsed document. */
function assertInert(doc: Document): void {
  expect(doc.querySelectorAll('script, iframe, frame, object, embed, form, base, link, img, svg, math, template, noscript').length).toBe(0);
  expect(doc.querySelectorAll('meta[http-equiv="refresh" i]').length).toBe(0);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    expect(OUR_TAGS.has(el.localName), `<${el.localName}>`).toBe(true);
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName}[${attr.name}]`).toBe(false);
      if (URL_ATTRS.includes(attr.name.toLowerCase())) expect(attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()).toMatch(/^(https?|file):/);
      expect(attr.name).not.toBe('style');
    }
  }
}

describe('HTML export', () => {
  test('a page whose text, title and URL hold <img onerror> and <script> yields no executable markup', () => {
    const report = hostileReport();
    expect(report.page.title).toContain(XSS[0]);
    expect(report.page.url).toBe(HOSTILE_URL);
    const html = formatHtml(report);
    const doc = parse(html);
    assertInert(doc);
    // the payloads are shown as text, not dropped
    expect(doc.title).toContain('<img src=x onerror=alert(1)>');
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    expect(doc.body.textContent).toContain(HOSTILE_URL);
    // the page link is the URL, percent-encoded: its markup cannot break out of the attribute
    const link = doc.querySelector('.page-report > p.meta > a')!;
    expect(link.getAttribute('href')).toBe(new URL(HOSTILE_URL).href);
    expect(link.textContent).toBe(HOSTILE_URL);
  });

  test('a hand-made report with a payload in every field, and javascript: URLs, stays inert', () => {
    const report = payloadReport();
    const doc = parse(formatHtml(report));
    assertInert(doc);
    // javascript: URLs are never links: the page URL and help links show as text
    expect(Array.from(doc.querySelectorAll('a')).every((a) => /^https?:/.test(a.getAttribute('href')!))).toBe(true);
    expect(doc.body.textContent).toContain('javascript:alert(1)//<script>alert(2)</script>');
    expect(doc.querySelector('.page-report')!.hasAttribute('lang')).toBe(false); // the hostile lang value is not used
    for (const f of report.findings) {
      expect(doc.body.textContent).toContain(f.message);
      if (f.selector) expect(doc.body.textContent).toContain(f.selector);
    }
  });

  test('the body passes DOMPurify unchanged, and the export sanitizes with DOMPurify when given it', () => {
    const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    for (const report of [hostileReport(), payloadReport(), combineReports(siteReports(), { generatedAt: '2026-11-26T12:00:00.000Z' })]) {
      const plain = parse(formatHtml(report));
      purify.sanitize(plain.body.innerHTML);
      expect(purify.removed, JSON.stringify(purify.removed.slice(0, 3).map((r) => ('attribute' in r ? r.attribute?.name : (r.element as Element).localName)))).toEqual([]);
      const sanitized = parse(formatHtml(report, { sanitize: (h) => purify.sanitize(h) }));
      expect(sanitized.body.textContent).toBe(plain.body.textContent);
      expect(sanitized.body.querySelectorAll('*').length).toBe(plain.body.querySelectorAll('*').length);
    }
  });

  test('self-contained: inline CSS, a CSP that forbids scripts, nothing loaded from elsewhere', () => {
    const doc = parse(formatHtml(siteReports()[0]!));
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('link, script, img, iframe')).toHaveLength(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('style')!.textContent).not.toMatch(/@import|url\(/);
  });

  test('prints well: a print stylesheet, page breaks between pages, no interactive-only UI', () => {
    const site = combineReports(siteReports(), { generatedAt: '2026-11-26T12:00:00.000Z' });
    const doc = parse(formatHtml(site));
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toMatch(/@media print\{[^]*\.page-report\+\.page-report,\.site-summary\+\.page-report\{break-before:page\}/);
    expect(css).toMatch(/\.finding,tr,blockquote\{break-inside:avoid\}/);
    expect(css).toContain('@page');
    expect(doc.querySelectorAll('button, input, select, textarea, details, dialog')).toHaveLength(0);
    expect(doc.querySelectorAll('section.page-report')).toHaveLength(site.pages.length);
    expect(doc.querySelector('section.site-summary h1')!.textContent).toBe('Clinic Lint site report');
    // the site summary lists every page with its counts, linked back to it
    const rows = doc.querySelectorAll('section.site-summary table')[0]!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(site.pages.length);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe(site.pages[0]!.page.url);
  });

  test('a single page: title, counts, findings grouped by category with severity as text', () => {
    const r = siteReports().find((p) => p.page.url.endsWith('ketamine-back-pain.html'))!;
    const doc = parse(formatHtml(r));
    expect(doc.querySelector('h1')!.textContent).toBe(r.page.title);
    expect(doc.querySelectorAll('.finding')).toHaveLength(r.findings.length);
    const categories = new Set(r.findings.map((f) => f.category));
    expect(doc.querySelectorAll('.page-report section h2')).toHaveLength(categories.size);
    for (const f of r.findings) expect(doc.body.textContent).toContain(f.message);
    expect(doc.querySelector('.finding .sev')!.textContent).toMatch(/^(Error|Warning|Info)$/);
    expect(doc.querySelector('.page-report')!.getAttribute('lang')).toBe(r.page.lang || null);
  });
});
