// @vitest-environment node
// The real executable (bin/cliniclint.mjs in a child process): exit codes, stdout and stderr as a
// shell or the labelled-page evaluator sees them.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, SITE_DIR } from './harness';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin', 'cliniclint.mjs'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe.concurrent('bin/cliniclint.mjs', () => {
  test('eval-labeled.mjs call shape: one report v1 object on stdout, exit 1 for a page with error findings (the evaluator accepts 0 and 1)', async () => {
    const r = await run('audit', join(SITE_DIR, 'ketamine-back-pain.html'), '--format', 'json', '--now', '2026-11-26', '--url', 'https://clinic.example/blog/k');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('cliniclint.report/v1');
    expect(report.page.url).toBe('https://clinic.example/blog/k');
    expect(report.summary.error).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  test('bad input: exit 2 and one line on stderr, no stack trace', async () => {
    const r = await run('audit', join(SITE_DIR, 'book.html'), '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cliniclint: --format must be one of json, text, csv, md, html, got "xml"\n');
  });
});
