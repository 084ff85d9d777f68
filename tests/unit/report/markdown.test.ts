// Markdown export: a ticket-ready summary table and findings by category, with page text escaped so
// it cannot add headings, links, images, tables, code or HTML.
import { describe, expect, test } from 'vitest';
import { formatMarkdown } from '../../../utils/report/format-markdown';
import { formatHtml } from '../../../utils/report/format-html';
import { combineReports } from '../../../utils/report/combine';
import { escapeMarkdown, markdownCode, markdownLink } from '../../../utils/report/escape';
import { FORMULAS, MARKDOWN, XSS, hostileReport, payloadReport, siteReports } from './samples';

/** Positions of `ch` not escaped by a backslash. */
function unescaped(text: string, ch: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === ch) at.push(i);
  }
  return at;
}

/** "&" before an entity and "$" not before a digit, left unescaped: what could still become markup. */
function bareSpecials(text: string): string[] {
  const out: string[] = [];
  for (const i of unescaped(text, '&')) if (/^&#?[a-z0-9]+;/i.test(text.slice(i))) out.push(text.slice(i, i + 12));
  for (const i of unescaped(text, '$')) if (!/\d/.test(text[i + 1] ?? '')) out.push(text.slice(i, i + 12));
  return out;
}

/** CommonMark: a backslash before ASCII punctuation is that character. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The output with our own constructs removed: link destinations (<…>) and code spans (CommonMark rules). */
function textOnly(md: string): string {
  const noLinks = md.replace(/\]\(<[^<>\s]*>\)/g, ']').replace(/<(?:https?|file):[^<>\s]*>/g, '');
  let out = '';
  let i = 0;
  while (i < noLinks.length) {
    if (noLinks[i] === '\\') {
      out += noLinks.slice(i, i + 2);
      i += 2;
      continue;
    }
    const open = /^`+/.exec(noLinks.slice(i));
    if (!open) {
      out += noLinks[i++];
      continue;
    }
    const fence = open[0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = i + fence.length;
    const m = close.exec(noLinks);
    if (!m) {
      out += fence;
      i += fence.length;
      continue;
    }
    i = m.index + fence.length; // the span is ours (markdownCode): drop it
  }
  return out;
}

describe('escapeMarkdown', () => {
  test('every payload reads back as itself, on one line', () => {
    for (const p of [...MARKDOWN, ...XSS, ...FORMULAS, 'a\nb\r\n# c', '  - item']) {
      const out = escapeMarkdown(p);
      expect(out).not.toMatch(/[\r\n]/);
      expect(unescape(out)).toBe(p.replace(/\s+/g, ' ').trim());
      for (const ch of '`*_[]<|~') expect(unescaped(out, ch), `${ch} in ${out}`).toEqual([]);
      expect(bareSpecials(out), out).toEqual([]);
    }
  });

  test('block markers at the start are escaped; ordinary text stays readable', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('=====')).toBe('\\=====');
    expect(escapeMarkdown('Version 0.1.0 costs $300.')).toBe('Version 0.1.0 costs $300.');
    // plain text stays plain: no "\\&", no "\\>" mid-line
    expect(escapeMarkdown('Tom & Jerry > all, for $5 or $ 5, &amp; more')).toBe('Tom & Jerry > all, for $5 or \\$ 5, \\&amp; more');
    expect(escapeMarkdown('Call 949-945-0927 (24/7).')).toBe('Call 949-945-0927 (24/7).');
  });

  test('code spans hold any backticks; links only to http(s)/file URLs', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a|b')).toBe('`a\\|b`');
    expect(markdownLink('javascript:alert(1)', 'x')).toBe('x');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('https://a.example/p?q=1&r=_x_')).toBe('<https://a.example/p?q=1&r=_x_>');
    expect(markdownLink('https://a.example/x y<z>', '[t]')).toBe('[\\[t\\]](<https://a.example/x%20y%3Cz%3E>)');
  });
});

describe('Markdown export', () => {
  test('one page: title, meta, a summary table, findings grouped by category', () => {
    const r = siteReports().find((p) => p.page.url.endsWith('ketamine-back-pain.html'))!;
    const md = formatMarkdown(r);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    const categories = [...new Set(r.findings.map((f) => f.category))];
    expect(headings[0]).toBe('# Clinic Lint report');
    expect(headings[1]).toMatch(/^## Can Ketamine Help With Chronic Back Pain\?/);
    expect(headings.slice(2)).toHaveLength(categories.length);
    for (const h of headings.slice(2)) expect(h).toMatch(/^### .+ \(\d+\)$/);
    expect(md).toContain('| Category | Errors | Warnings | Notes | Total |');
    expect(md).toContain(`| **All** | **${r.summary.error}** | **${r.summary.warning}** | **${r.summary.info}** | **${r.findings.length}** |`);
    expect(md).toContain('- Page: <https://clinic.example/ketamine-back-pain.html>');
    for (const f of r.findings) expect(md).toContain(escapeMarkdown(f.message));
    // the findings are numbered within each category
    expect(md.match(/^\d+\. \*\*(Error|Warning|Info)\*\* `[a-z]+\/[a-z0-9-]+`: /gm)).toHaveLength(r.findings.length);
  });

  test('page text cannot break the Markdown: headings, tables, links, code and HTML stay ours', () => {
    for (const r of [payloadReport(), hostileReport()]) {
      const md = formatMarkdown(r);
      const lines = md.split('\n');
      // headings: ours only (report, page title, one per category)
      const headings = lines.filter((l) => /^\s{0,3}#/.test(l));
      expect(headings.length).toBe(2 + new Set(r.findings.map((f) => f.category)).size);
      // no line starts a block quote, HTML block or setext underline from page text
      for (const l of lines) expect(l, l).not.toMatch(/^\s{0,3}(>|<|=+\s*$)/);
      // tables: every row has as many cells as its header
      const table = lines.filter((l) => l.startsWith('|'));
      for (const row of table) expect(unescaped(row, '|').length, row).toBe(6);
      const text = textOnly(md);
      expect(bareSpecials(text)).toEqual([]);
      for (const ch of '<`*_~') {
        const bare = unescaped(text, ch).filter((i) => !(ch === '*' && text.slice(i - 1, i + 2).includes('**')));
        expect(bare, `${ch}: ${bare.map((i) => text.slice(i - 20, i + 20)).join(' … ')}`).toEqual([]);
      }
      // every link is ours, to an http(s)/file URL: no other unescaped "](" is left once they are removed
      expect(unescaped(text, ']').filter((i) => text[i + 1] === '(')).toEqual([]);
      for (const m of md.matchAll(/\]\(<([^>]*)>\)/g)) expect(m[1]).toMatch(/^(https?|file):/);
      for (const m of md.matchAll(/(?<!\\)<([a-z]+:[^<>\s]*)>/gi)) expect(m[1]).toMatch(/^(https?|file):/);
      // raw tags appear only inside code spans (literal there); elsewhere only escaped
      expect(text).not.toMatch(/(^|[^\\])<(script|img|svg|a)\b/i);
      expect(md).not.toMatch(/\(<javascript:/i);
      // the payloads are there, as text
      expect(md).toContain('\\<script>alert(1)\\</script>');
    }
  });

  test('a combined report: site summary, a table of pages, rules across the site, then each page', () => {
    const pages = siteReports();
    const site = combineReports(pages, { generatedAt: '2026-11-26T12:00:00.000Z' });
    const md = formatMarkdown(site);
    expect(md.startsWith('# Clinic Lint site report\n')).toBe(true);
    expect(md).toContain(`- ${pages.length} pages audited`);
    expect(md).toContain('## Pages');
    expect(md).toContain('## Rules across the site');
    expect(md.match(/^---$/gm)).toHaveLength(pages.length);
    for (const p of pages) expect(md).toContain(`](<${p.page.url}>)`);
    const pageHeadings = md.split('\n').filter((l) => /^## /.test(l) && !/^## (Pages|Rules across the site)$/.test(l));
    expect(pageHeadings).toHaveLength(pages.length);
  });
});

describe('site report: a finding several pages share is listed once', () => {
  test('the template copyright line of two pages is one entry "On 2 of 2 pages", left out of each page', async () => {
    const { audit } = await import('../../helpers/audit');
    const page = (path: string, body: string) =>
      audit(`<!DOCTYPE html><html lang="en-US"><head><title>${path}</title></head><body><main><h1>${path}</h1>${body}</main><footer><p>© 2015 Harbor Dental</p></footer></body></html>`, {
        url: `https://harbor.example/${path}`,
        now: '2026-12-07',
      });
    const site = combineReports([page('whitening', '<p>Whitening lifts stains.</p>'), page('implants', '<p>Implants replace teeth.</p>')], { generatedAt: '2026-12-07T12:00:00Z' });
    const md = formatMarkdown(site);
    expect(md).toContain('## On several pages');
    expect(md.match(/© 2015 Harbor Dental|2015 Harbor Dental/g)?.length).toBe(1);
    expect(md).toMatch(/On 2 of 2 pages: \[whitening\]/);
    expect(md.match(/on other pages too/g)?.length).toBe(2);
    const html = formatHtml(site);
    expect(html).toContain('<h2>On several pages</h2>');
  });
});
