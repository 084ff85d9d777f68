// @vitest-environment node
// `cliniclint audit`: formats, --out, several inputs → one combined report, exit codes, and one
// clear stderr line (never a stack) for every kind of bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../../utils/report/format-csv';
import { SITE_DIR, cli, startServer, type TestServer } from './harness';

const NOW = ['--now', '2026-11-26'];
const page = (name: string) => join(SITE_DIR, name);
const ARTICLE = page('ketamine-back-pain.html'); // has error findings
const BOOK = page('book.html'); // no error findings
const tmp = mkdtempSync(join(tmpdir(), 'cliniclint-cli-'));

/** A bad input: exit 2, nothing on stdout, exactly one stderr line "cliniclint: …", no stack. */
function expectBadInput(run: Awaited<ReturnType<typeof cli>>, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.errors, run.stderr).toHaveLength(1);
  expect(run.errors[0]).toMatch(/^cliniclint: /);
  expect(run.errors[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer({});
});
afterAll(() => server?.close());

describe('formats of one page', () => {
  test('json: one report v1 object (what eval-labeled.mjs reads), exit 1 when it has an error finding', async () => {
    const run = await cli('audit', ARTICLE, '--format', 'json', ...NOW, '--url', 'https://clinic.example/blog/ketamine');
    const report = JSON.parse(run.stdout);
    expect(report.schema).toBe('cliniclint.report/v1');
    expect(report.page.url).toBe('https://clinic.example/blog/ketamine');
    expect(report.page.auditedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(report.summary.error).toBeGreaterThan(0);
    // the CLI's own time budget: no rule was skipped on a cold first audit
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('internal/limitation');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  test('--fail-on sets the gate for every format: error (the default), warning, none', async () => {
    expect((await cli('audit', ARTICLE, '--format', 'text', ...NOW)).code).toBe(1);
    expect((await cli('audit', ARTICLE, '--format', 'json', ...NOW)).code).toBe(1);
    expect((await cli('audit', ARTICLE, '--format', 'json', ...NOW, '--fail-on', 'none')).code).toBe(0);
    expect((await cli('audit', ARTICLE, '--format', 'text', ...NOW, '--fail-on', 'none')).code).toBe(0);
    expect((await cli('audit', BOOK, '--format', 'text', ...NOW)).code).toBe(0);
    const bad = await cli('audit', ARTICLE, '--fail-on', 'sometimes', ...NOW);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('cliniclint: --fail-on must be error, warning or none, got "sometimes"\n');
  });

  test('exit 0 without error findings; --exit-zero forces 0, also when written before the command', async () => {
    expect((await cli('audit', BOOK, '--format', 'json', ...NOW)).code).toBe(0);
    expect((await cli('audit', ARTICLE, '--format', 'json', ...NOW, '--exit-zero')).code).toBe(0);
    const wrapped = await cli('--exit-zero', 'audit', ARTICLE, '--format', 'json', ...NOW);
    expect(wrapped.code).toBe(0);
    expect(JSON.parse(wrapped.stdout).schema).toBe('cliniclint.report/v1');
  });

  test('csv, md, html and text of one page', async () => {
    const csv = await cli('audit', ARTICLE, '--format', 'csv', ...NOW);
    expect(csv.stdout.startsWith('\ufeff"Severity","Category","Message"')).toBe(true);
    const json = JSON.parse((await cli('audit', ARTICLE, '--format', 'json', ...NOW)).stdout);
    expect(parseCsv(csv.stdout).map((r) => r['Finding ID'])).toEqual(json.findings.map((f: { id: string }) => f.id));
    const md = await cli('audit', ARTICLE, '--format', 'md', ...NOW);
    expect(md.stdout.startsWith('# Clinic Lint report\n')).toBe(true);
    expect((await cli('audit', ARTICLE, '--format', 'markdown', ...NOW)).stdout).toBe(md.stdout);
    const html = await cli('audit', ARTICLE, '--format', 'html', ...NOW);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toMatch(/<script/i);
    const text = await cli('audit', ARTICLE, '--format', 'text', ...NOW);
    expect(text.stdout).toContain('kind: clinic-article');
    for (const r of [csv, md, html, text]) expect(r.code).toBe(1);
  });

  test('--out writes the file and nothing to stdout', async () => {
    const out = join(tmp, 'report.csv');
    const run = await cli('audit', ARTICLE, '--format', 'csv', ...NOW, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('\ufeff"Severity"')).toBe(true);
  });
});

describe('several inputs', () => {
  const inputs = [ARTICLE, BOOK, page('dental-implants.html')];

  test('json stays an array of report v1, in input order, with progress on stderr', async () => {
    const run = await cli('audit', ...inputs, '--format', 'json', ...NOW);
    const reports = JSON.parse(run.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((r: { page: { url: string } }) => r.page.url)).toEqual(inputs.map((i) => `file://${i}`));
    expect(run.progress).toHaveLength(3);
    expect(run.progress.map((l) => l.replace(/ .*/, ''))).toEqual(['[1/3]', '[2/3]', '[3/3]']);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(1); // the article has error findings
    expect((await cli('audit', ...inputs, '--format', 'json', ...NOW, '--quiet')).stderr).toBe('');
  });

  test('--combine json: one site report', async () => {
    const site = JSON.parse((await cli('audit', ...inputs, '--format', 'json', ...NOW, '--combine', '--quiet')).stdout);
    expect(site.schema).toBe('cliniclint.site-report/v1');
    expect(site.generatedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(site.pages).toHaveLength(3);
    expect(site.summary.pages).toBe(3);
  });

  test('csv, md and html: one combined report', async () => {
    const json = JSON.parse((await cli('audit', ...inputs, '--format', 'json', ...NOW, '--quiet')).stdout);
    const total = json.reduce((n: number, r: { findings: unknown[] }) => n + r.findings.length, 0);
    const csv = await cli('audit', ...inputs, '--format', 'csv', ...NOW, '--quiet');
    const rows = parseCsv(csv.stdout);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r['Page URL'])).size).toBe(3);
    const md = await cli('audit', ...inputs, '--format', 'md', ...NOW, '--quiet');
    expect(md.stdout.startsWith('# Clinic Lint site report\n')).toBe(true);
    expect(md.stdout).toContain('- 3 pages audited');
    const html = await cli('audit', ...inputs, '--format', 'html', ...NOW, '--quiet');
    expect(html.stdout.match(/<section class="page-report"/g)).toHaveLength(3);
    expect(html.stdout).toContain('<section class="site-summary">');
  });

  test('local http pages are fetched and audited', async () => {
    const run = await cli('audit', server.url('/site/book.html'), server.url('/site/city-news.html'), '--format', 'json', ...NOW, '--quiet');
    expect(run.code).toBeLessThan(2);
    expect(JSON.parse(run.stdout).map((r: { page: { url: string } }) => r.page.url)).toEqual([server.url('/site/book.html'), server.url('/site/city-news.html')]);
  });
});

describe('bad input: exit 2, one line on stderr, no stack trace', () => {
  test('a URL that times out', async () => {
    expectBadInput(await cli('audit', server.url('/slow'), ...NOW, '--timeout', '0.3'), /\/slow: could not fetch \(timed out after 0\.3 s\)$/);
  });

  test('a URL that answers 500', async () => {
    expectBadInput(await cli('audit', server.url('/status/500'), ...NOW), /\/status\/500: the server answered HTTP 500$/);
  });

  test('a URL that serves binary data, and a binary file', async () => {
    expectBadInput(await cli('audit', server.url('/bin'), ...NOW), /looks like a binary file, not HTML$/);
    const bin = join(tmp, 'image.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectBadInput(await cli('audit', bin, ...NOW), /image\.png: looks like a binary file, not HTML$/);
  });

  test('a directory, and a missing file', async () => {
    expectBadInput(await cli('audit', SITE_DIR, ...NOW), /site: is a directory, not an HTML file$/);
    expectBadInput(await cli('audit', join(tmp, 'nope.html'), ...NOW), /nope\.html: no such file$/);
  });

  test('an unknown --format', async () => {
    expectBadInput(await cli('audit', BOOK, '--format', 'xml'), /--format must be one of json, text, csv, md, html, got "xml"$/);
    expectBadInput(await cli('rules', '--format', 'csv'), /--format must be one of json, text, got "csv"$/);
  });

  test('a wrong --now', async () => {
    for (const now of ['2026-02-30', '26/11/2026', 'tomorrow', '2026-13-01']) {
      expectBadInput(await cli('audit', BOOK, '--now', now), /--now must be a real date as YYYY-MM-DD/);
    }
  });

  test('bad --concurrency, --timeout, --url, --out, unknown options, unsupported URL schemes', async () => {
    expectBadInput(await cli('audit', BOOK, '--concurrency', '0'), /--concurrency must be a whole number from 1 to 32, got "0"$/);
    expectBadInput(await cli('audit', BOOK, '--concurrency', '2.5'), /--concurrency/);
    expectBadInput(await cli('audit', BOOK, '--timeout', '0'), /--timeout must be a number from 0.1 to 600, got "0"$/);
    expectBadInput(await cli('audit', BOOK, BOOK, '--url', 'https://a.example/'), /--url applies to one input/);
    expectBadInput(await cli('audit', BOOK, '--out', join(tmp, 'missing-dir', 'r.json'), ...NOW), /--out .*r\.json: its folder does not exist$/);
    expectBadInput(await cli('audit', BOOK, '--bogus'), /Unknown option '--bogus'/);
    expectBadInput(await cli('audit', 'ftp://example.org/a.html'), /only http\(s\) URLs and local files can be audited$/);
    expectBadInput(await cli('audit'), /audit needs at least one file or URL, or --sitemap$/);
  });

  test('the first failing input stops a run of several', async () => {
    const run = await cli('audit', BOOK, server.url('/status/500'), ...NOW, '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/HTTP 500$/);
  });
});
