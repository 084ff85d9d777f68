#!/usr/bin/env node
// `npm test`: unit and corpus tests (Vitest), then the extension build and its end-to-end tests
// in real Chromium (node:test + playwright-core). Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'cliniclint-test-'));
let passed = 0;
let failed = 0;
let broken = false;

function run(title, cmd, args, opts = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  return r;
}

// 1. Vitest: unit tests per rule/formatter and corpus tests over ../shared.
const vitestJson = join(tmp, 'vitest.json');
const v = run('unit + corpus tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const j = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  if (v.status !== 0 && j.numFailedTests === 0) broken = true;
} else if (v.status !== 0) broken = true;

// 2. Type check.
const tsc = run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
if (tsc.status === 0) passed++;
else failed++;

// 3. Build the extension (Chrome and Firefox, MV3) and run the end-to-end tests in real Chromium.
const build = run('build (chrome)', 'npx', ['wxt', 'build']);
const buildFx = run('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
for (const b of [build, buildFx]) if (b.status === 0) passed++; else failed++;
if (build.status === 0 && existsSync('tests/e2e')) {
  const e2e = run('end-to-end (Chromium)', 'node', ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/e2e/'], { capture: true });
  const out = e2e.stdout ?? '';
  const pass = Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (e2e.status !== 0 && fail === 0) broken = true;
}

if (broken) failed++;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
