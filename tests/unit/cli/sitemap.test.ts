// @vitest-environment node
// `cliniclint audit --sitemap URL|FILE`: every <loc> audited (relative and file: locations resolved
// against the sitemap), with a concurrency limit and progress on stderr, into one combined report.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseSitemap } from '../../../cli/sitemap';
import { parseCsv } from '../../../utils/report/format-csv';
import { LABELED_DIR, SITEMAP_DIR, SITE_DIR, SITE_PAGES, cli, gz, sitemapIndex, startServer, urlset, type TestServer } from './harness';

const NOW = ['--now', '2026-11-26'];
const tmp = mkdtempSync(join(tmpdir(), 'cliniclint-sitemap-'));
const fileUrl = (name: string) => pathToFileURL(join(SITE_DIR, name)).href;

function expectBadInput(run: Awaited<ReturnType<typeof cli>>, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.errors, run.stderr).toHaveLength(1);
  expect(run.errors[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

let server: TestServer;
beforeAll(async () => {
  const pages = SITE_PAGES.map((p) => `../site/${p}`); // relative to /xml/
  server = await startServer({
    'sitemap.xml': urlset(pages),
    'absolute.xml': urlset(SITE_PAGES.map((p) => `/site/${p}`)),
    'index.xml': sitemapIndex(['sitemap.xml']),
    'sitemap.xml.gz': gz(urlset(pages)),
    'local-files.xml': urlset([fileUrl('book.html')]),
    'javascript.xml': urlset(['javascript:alert(1)']),
    'broken.xml': '<urlset><url><loc>a.html</loc></url>',
    'feed.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
    'empty.xml': urlset([]),
    'one-fails.xml': urlset(['/slow', '/status/500']),
  });
});
afterAll(() => server?.close());

describe('parseSitemap', () => {
  test('reads <url><loc> in order, ignores image:loc and other children, accepts no namespace', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
      <url><loc> https://a.example/1 </loc><image:image><image:loc>https://a.example/i.png</image:loc></image:image></url>
      <url><lastmod>2026-01-01</lastmod><loc>https://a.example/2?x=1&amp;y=2</loc></url><url></url></urlset>`;
    expect(parseSitemap(xml, 's')).toEqual({ kind: 'urlset', locs: ['https://a.example/1', 'https://a.example/2?x=1&y=2'] });
    expect(parseSitemap('<urlset><url><loc>a</loc></url></urlset>', 's').locs).toEqual(['a']);
    expect(parseSitemap(sitemapIndex(['s1.xml']), 's')).toEqual({ kind: 'sitemapindex', locs: ['s1.xml'] });
  });

  test('no external entities (XXE) and clear errors for what is not a sitemap', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>';
    expect(() => parseSitemap(xxe, 's')).toThrow(/^s: not well-formed XML/);
    expect(() => parseSitemap('<html><body>hi</body></html>', 's')).toThrow(/not a sitemap \(the root element is <html>/);
    expect(() => parseSitemap('plain text', 's')).toThrow(/not well-formed XML/);
  });
});

describe('--sitemap FILE', () => {
  test('the sample site: relative <loc>s, duplicates once, one combined report, progress on stderr', async () => {
    const run = await cli('audit', '--sitemap', join(SITEMAP_DIR, 'site-sitemap.xml'), '--format', 'md', ...NOW, '--concurrency', '3');
    expect(run.code).toBeLessThan(2);
    expect(run.errors).toEqual([]);
    expect(run.progress).toHaveLength(6);
    for (const [i, line] of run.progress.entries()) expect(line).toMatch(new RegExp(`^\\[${i + 1}/6\\] file://.+/tests/fixtures/site/[a-z-]+\\.html$`));
    expect(new Set(run.progress.map((l) => l.replace(/^\S+ /, '')))).toEqual(new Set(SITE_PAGES.map(fileUrl)));
    expect(run.stdout.startsWith('# Clinic Lint site report\n')).toBe(true);
    expect(run.stdout).toContain('- 6 pages audited');
  });

  test('json is an array of reports in sitemap order; --combine gives the site report; html has a section per page', async () => {
    const sitemap = join(SITEMAP_DIR, 'site-sitemap.xml');
    const reports = JSON.parse((await cli('audit', '--sitemap', sitemap, '--format', 'json', ...NOW, '--quiet')).stdout);
    expect(reports.map((r: { page: { url: string } }) => r.page.url)).toEqual(SITE_PAGES.map(fileUrl));
    const site = JSON.parse((await cli('audit', '--sitemap', sitemap, '--format', 'json', ...NOW, '--quiet', '--combine')).stdout);
    expect(site.schema).toBe('cliniclint.site-report/v1');
    expect(site.pages).toEqual(reports);
    const html = (await cli('audit', '--sitemap', sitemap, '--format', 'html', ...NOW, '--quiet')).stdout;
    expect(html.match(/<section class="page-report"/g)).toHaveLength(6);
  });

  test('a sitemap index is followed; file: <loc>s work from a local sitemap; positional inputs add to it', async () => {
    const index = await cli('audit', '--sitemap', join(SITEMAP_DIR, 'sitemap-index.xml'), '--format', 'json', ...NOW, '--quiet');
    expect(JSON.parse(index.stdout)).toHaveLength(6);
    const local = join(tmp, 'file-locs.xml');
    writeFileSync(local, urlset([fileUrl('book.html'), fileUrl('city-news.html')]));
    const run = await cli('audit', join(SITE_DIR, 'index.html'), '--sitemap', local, '--format', 'csv', ...NOW);
    expect(run.progress).toHaveLength(3);
    const urls = new Set(parseCsv(run.stdout).map((r) => r['Page URL']));
    expect([...urls].every((u) => [fileUrl('index.html'), fileUrl('book.html'), fileUrl('city-news.html')].includes(u))).toBe(true);
  });

  test('bad sitemap files: exit 2 with one line', async () => {
    const write = (name: string, text: string) => (writeFileSync(join(tmp, name), text), join(tmp, name));
    expectBadInput(await cli('audit', '--sitemap', write('bad.xml', '<urlset><url><loc>x'), ...NOW), /bad\.xml: not well-formed XML/);
    expectBadInput(await cli('audit', '--sitemap', write('page.xml', '<html><body/></html>'), ...NOW), /page\.xml: not a sitemap/);
    expectBadInput(await cli('audit', '--sitemap', write('empty.xml', urlset([])), ...NOW), /empty\.xml: the sitemap lists no pages/);
    expectBadInput(await cli('audit', '--sitemap', write('missing-page.xml', urlset(['nope.html'])), ...NOW), /nope\.html: no such file$/);
    expectBadInput(await cli('audit', '--sitemap', SITEMAP_DIR, ...NOW), /is a directory, not a sitemap file$/);
    expectBadInput(await cli('audit', '--sitemap', join(tmp, 'none.xml'), ...NOW), /none\.xml: no such file$/);
  });
});

describe('--sitemap URL', () => {
  test('relative <loc>s resolve against the sitemap URL; the concurrency limit holds', async () => {
    const before = server.pageRequests().length;
    server.resetMaxInFlight();
    const run = await cli('audit', '--sitemap', server.url('/xml/sitemap.xml'), '--format', 'json', ...NOW, '--concurrency', '2');
    expect(run.errors).toEqual([]);
    const reports = JSON.parse(run.stdout);
    expect(reports.map((r: { page: { url: string } }) => r.page.url)).toEqual(SITE_PAGES.map((p) => server.url(`/site/${p}`)));
    expect(server.pageRequests().length - before).toBe(6);
    expect(server.maxInFlight()).toBe(2);
    expect(run.progress.map((l) => l.replace(/ .*/, ''))).toEqual(['[1/6]', '[2/6]', '[3/6]', '[4/6]', '[5/6]', '[6/6]']);
  });

  test('root-relative <loc>s, a sitemap index and a gzipped sitemap', async () => {
    for (const name of ['absolute.xml', 'index.xml', 'sitemap.xml.gz']) {
      const run = await cli('audit', '--sitemap', server.url(`/xml/${name}`), '--format', 'json', ...NOW, '--quiet');
      expect(run.errors, name).toEqual([]);
      expect(JSON.parse(run.stdout).map((r: { page: { url: string } }) => r.page.url), name).toEqual(SITE_PAGES.map((p) => server.url(`/site/${p}`)));
    }
  });

  test('a remote sitemap cannot make the CLI read local files or other schemes', async () => {
    expectBadInput(await cli('audit', '--sitemap', server.url('/xml/local-files.xml'), ...NOW), /a remote sitemap cannot list local files\)$/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/xml/javascript.xml'), ...NOW), /<loc>javascript:alert\(1\)<\/loc> is not allowed here \(javascript: URL\)$/);
  });

  test('bad remote sitemaps and pages: exit 2 with one line', async () => {
    expectBadInput(await cli('audit', '--sitemap', server.url('/xml/broken.xml'), ...NOW), /broken\.xml: not well-formed XML/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/xml/feed.xml'), ...NOW), /feed\.xml: not a sitemap \(the root element is <rss>/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/xml/empty.xml'), ...NOW), /lists no pages/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/status/500'), ...NOW), /the server answered HTTP 500$/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/slow'), ...NOW, '--timeout', '0.3'), /timed out after 0\.3 s\)$/);
    expectBadInput(await cli('audit', '--sitemap', server.url('/bin'), ...NOW), /looks like a binary file, not XML$/);
  });

  test('a page that fails stops the run at once: pages in flight are cancelled, not waited for', async () => {
    const started = Date.now();
    const run = await cli('audit', '--sitemap', server.url('/xml/one-fails.xml'), ...NOW, '--timeout', '30', '--concurrency', '2');
    expectBadInput(run, /\/status\/500: the server answered HTTP 500$/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('the labelled pages', () => {
  const present = existsSync(LABELED_DIR);
  if (!present) console.warn(`SKIPPED: ${LABELED_DIR} is absent, so the labelled-page sitemap is not audited`);

  test.skipIf(!present)('--sitemap over the labelled pages (relative <loc>s into ../shared) produces one combined report', async () => {
    const sitemap = join(SITEMAP_DIR, 'labeled-sitemap.xml');
    const out = join(tmp, 'labeled.html');
    const run = await cli('audit', '--sitemap', sitemap, '--format', 'html', '--out', out, ...NOW);
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(run.errors).toEqual([]);
    const listed = run.progress.map((l) => l.replace(/^\S+ /, ''));
    const labeled = readdirSync(LABELED_DIR).filter((n) => n.endsWith('.html'));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const url of listed) expect(labeled.map((n) => pathToFileURL(join(LABELED_DIR, n)).href)).toContain(url);

    const site = JSON.parse((await cli('audit', '--sitemap', sitemap, '--format', 'json', '--combine', '--quiet', ...NOW)).stdout);
    expect(site.schema).toBe('cliniclint.site-report/v1');
    expect(site.pages).toHaveLength(listed.length);
    expect(site.summary.pages).toBe(listed.length);
    expect(site.pages.every((p: { page: { detection: { kind: string } } }) => p.page.detection.kind === 'clinic-article')).toBe(true);
  });
});
