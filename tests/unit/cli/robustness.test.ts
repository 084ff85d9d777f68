// @vitest-environment node
// The real executable (`node bin/cliniclint.mjs` in a child process) on bad input: every kind gets
// exit code 2, exactly one line on stderr ("cliniclint: …") and no stack trace; and fuzzed HTML
// files never crash it (exit 0 or 1, valid report v1 JSON).
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../../utils/types';
import { FUZZ_SEED, mutate, mutation, page } from '../robustness/arbitraries';
import { expectValidReport, seedPages } from '../robustness/helpers';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'cliniclint.mjs');
const NOW = ['--now', '2026-11-26'];
// world-readable, so the run as an unprivileged user below can reach the files it should
const tmp = mkdtempSync(join(tmpdir(), 'cliniclint-robust-'));
chmodSync(tmp, 0o755);
const GOOD = join(tmp, 'good.html');
writeFileSync(GOOD, '<main><h1>Ketamine</h1><p>Call 949-945-0927.</p></main>');

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { timeoutMs?: number; uid?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, maxBuffer: 256 << 20, timeout: opts.timeoutMs ?? 60_000, killSignal: 'SIGKILL', env: { ...process.env, HOME: tmp }, ...(opts.uid != null ? { uid: opts.uid, gid: opts.uid } : {}) },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: string }) | null;
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? child.signalCode ?? null, stdout, stderr });
      },
    );
  });
}

/** Exit 2, nothing on stdout, exactly one stderr line "cliniclint: …" matching `pattern`, no stack. */
function expectBadInput(r: Run, pattern: RegExp): void {
  expect(r.signal, `killed (hung?): ${r.stderr}`).toBeNull();
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^cliniclint: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/never') return; // accepts the connection, never answers
    if (path === '/500') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
    if (path === '/stall-body') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      res.write('<html><body><p>half a page');
      return; // the rest never comes
    }
    if (path === '/reset-body') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      res.write('<html><body><p>half a page');
      setTimeout(() => res.socket?.destroy(), 50);
      return;
    }
    if (path === '/binary') return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xfe]));
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

// One child process per case (each start costs about a second of tsx), a few at a time.
describe('bad inputs to bin/cliniclint.mjs: exit 2, one stderr line, no stack trace', { timeout: 120_000 }, () => {
  test('a file the user may not read (mode 000; as root the CLI runs as an unprivileged user, since root reads anything)', async () => {
    const file = join(tmp, 'secret.html');
    writeFileSync(file, '<p>secret</p>');
    chmodSync(file, 0o000);
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    expectBadInput(await run(['audit', file, ...NOW], asRoot ? { uid: 65534 } : {}), /secret\.html: cannot read \(EACCES\)$/);
  });

  test('a path through a file (ENOTDIR) and a symlink loop (ELOOP): unreadable for any user', async () => {
    const loop = join(tmp, 'loop.html');
    symlinkSync(loop, loop);
    const [a, b] = await Promise.all([run(['audit', join(GOOD, 'inside.html'), ...NOW]), run(['audit', loop, ...NOW])]);
    expectBadInput(a, /inside\.html: cannot read \(ENOTDIR\)$/);
    expectBadInput(b, /loop\.html: cannot read \(ELOOP\)$/);
  });

  test('a FIFO (named pipe) with no writer is refused at once instead of blocking forever', async () => {
    const fifo = join(tmp, 'pipe.html');
    await new Promise<void>((resolve, reject) => execFile('mkfifo', [fifo], (err) => (err ? reject(err) : resolve())));
    expectBadInput(await run(['audit', fifo, ...NOW], { timeoutMs: 10_000 }), /pipe\.html: not a regular file$/);
  });

  test('binary input: an image file, gzip bytes from a URL', async () => {
    const png = join(tmp, 'photo.png');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(5000, 7)]));
    const [file, url] = await Promise.all([run(['audit', png, ...NOW]), run(['audit', `${base}/binary`, ...NOW])]);
    expectBadInput(file, /photo\.png: looks like a binary file, not HTML$/);
    expectBadInput(url, /\/binary: looks like a binary file, not HTML$/);
  });

  test('a file over the 20 MB limit', async () => {
    const big = join(tmp, 'big.html');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    expectBadInput(await run(['audit', big, ...NOW]), /big\.html: larger than 20 MB, not audited$/);
  });

  test('a URL that never answers (--timeout 0.5; the default is 15 s)', async () => {
    expectBadInput(await run(['audit', `${base}/never`, ...NOW, '--timeout', '0.5']), /\/never: could not fetch \(timed out after 0\.5 s\)$/);
  });

  test('a URL that sends half a page and then stalls, or drops the connection', async () => {
    const [stall, reset] = await Promise.all([run(['audit', `${base}/stall-body`, ...NOW, '--timeout', '0.5']), run(['audit', `${base}/reset-body`, ...NOW])]);
    expectBadInput(stall, /\/stall-body: could not fetch \(timed out after 0\.5 s\)$/);
    expectBadInput(reset, /\/reset-body: could not fetch \(.+\)$/);
  });

  test('a URL that answers 500, and a redirect loop', async () => {
    const [e500, loop] = await Promise.all([run(['audit', `${base}/500`, ...NOW]), run(['audit', `${base}/loop`, ...NOW])]);
    expectBadInput(e500, /\/500: the server answered HTTP 500$/);
    expectBadInput(loop, /\/loop: could not fetch \(.+\)$/);
  });

  test('a wrong --now: impossible dates, other formats, empty', async () => {
    const runs = await Promise.all(['2026-02-30', 'yesterday', ''].map((now) => run(['audit', GOOD, '--now', now])));
    for (const r of runs) expectBadInput(r, /--now must be a real date as YYYY-MM-DD/);
  });

  test('an unknown --format', async () => {
    expectBadInput(await run(['audit', GOOD, '--format', 'nonsense', ...NOW]), /--format must be one of .*, got "nonsense"$/);
  });
});

describe('fuzzed HTML files through the CLI', { timeout: 180_000 }, () => {
  const files: string[] = [];
  beforeAll(() => {
    const dir = join(tmp, 'fuzz');
    mkdirSync(dir);
    const seeds = seedPages();
    const pages = [
      ...fc.sample(page, { seed: FUZZ_SEED + 10, numRuns: 20 }),
      ...fc.sample(fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 })), { seed: FUZZ_SEED + 11, numRuns: 12 }).map(([s, ms]) => mutate(s.html, ms)),
      '', '\ufeff', '<', '<!--', '<html', '</html>', '<script>', '\u202e\u200b',
    ];
    pages.forEach((html, i) => {
      const f = join(dir, `page-${String(i).padStart(2, '0')}.html`);
      // the CLI refuses NUL bytes in the first 8 KB as binary; fuzzed text may hold some
      writeFileSync(f, html.replace(/\u0000/g, '\ufffd'));
      files.push(f);
    });
  });

  test('json: exit 0 or 1, one valid report v1 per file, no error on stderr', async () => {
    const r = await run(['audit', ...files, '--format', 'json', ...NOW, '--force']);
    expect(r.signal).toBeNull();
    expect([0, 1], r.stderr).toContain(r.code);
    const errors = r.stderr.split('\n').filter((l) => l && !/^\[\d+\/\d+\] /.test(l));
    expect(errors).toEqual([]);
    const reports = JSON.parse(r.stdout) as Report[];
    expect(reports).toHaveLength(files.length);
    reports.forEach((report, i) => expectValidReport(report, files[i]!));
  });

  test('text: exit 0 or 1 and no error on stderr', async () => {
    const r = await run(['audit', ...files, '--format', 'text', ...NOW]);
    expect(r.signal).toBeNull();
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stderr.split('\n').filter((l) => l && !/^\[\d+\/\d+\] /.test(l))).toEqual([]);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
