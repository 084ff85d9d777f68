// Reads ../shared/corpus/real: every page goes through the CLI (all rules forced on) without an
// exception, and the page detector's figures hold: news/blog pages are `other`, clinic pages are not.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Report } from '../../utils/types';
import { HAS_SHARED, REAL, SKIP_REASON } from './shared';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

describe.skipIf(!HAS_SHARED)(`real-world pages (reads ../shared)${HAS_SHARED ? '' : ` — ${SKIP_REASON}`}`, () => {
  const reports = new Map<string, Report>();
  let stderr = '';
  let status: number | null = null;

  beforeAll(() => {
    const files = htmlFiles(REAL);
    const bin = resolve(__dirname, '..', '..', 'bin', 'cliniclint.mjs');
    // One CLI process for all pages: the same path a user takes, without 400 start-ups.
    const r = spawnSync('node', [bin, 'audit', ...files, '--format', 'json', '--now', '2026-11-26', '--force', '--quiet'], { encoding: 'utf8', maxBuffer: 512 << 20 });
    status = r.status;
    stderr = r.stderr;
    const parsed = JSON.parse(r.stdout) as Report[];
    files.forEach((f, i) => reports.set(relative(REAL, f), parsed[i]!));
  }, 600_000);

  it('the CLI audits every page without an exception', () => {
    expect(stderr).toBe('');
    expect([0, 1]).toContain(status);
    expect(reports.size).toBeGreaterThan(200);
    const internal = [...reports].flatMap(([page, r]) => r.findings.filter((f) => f.ruleId === 'internal/rule-error').map((f) => `${page}: ${f.message}`));
    expect(internal).toEqual([]);
  });

  it('at least 99% of news and blog pages are detected as `other`', () => {
    const pages = [...reports].filter(([p]) => p.startsWith('readability/') || p.startsWith('article-benchmarks/'));
    const wrong = pages.filter(([, r]) => r.page.detection.kind !== 'other').map(([p, r]) => `${p} → ${r.page.detection.kind} [${r.page.detection.signals.join(', ')}]`);
    const rate = 1 - wrong.length / pages.length;
    console.log(`news/blog pages detected as other: ${(rate * 100).toFixed(1)}% of ${pages.length}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it('at least 97% of clinic pages are detected as clinic pages', () => {
    const pages = [...reports].filter(([p]) => p.startsWith('clinic/'));
    const wrong = pages.filter(([, r]) => r.page.detection.kind === 'other').map(([p, r]) => `${p} [${r.page.detection.signals.join(', ')}]`);
    const rate = 1 - wrong.length / pages.length;
    console.log(`clinic pages detected as clinic: ${(rate * 100).toFixed(1)}% of ${pages.length}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });
});
