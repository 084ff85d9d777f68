#!/usr/bin/env node
// `npm test`: unit and corpus tests (Vitest), the type check, the extension build (Chrome and
// Firefox), `web-ext lint` on the Firefox build, and the end-to-end tests in real Chromium
// (node:test + playwright-core). Ends with one plain line: "N passed, N failed".
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
  // quiet: the caller prints a summary of the captured output itself
  if (opts.capture && !opts.quiet) process.stdout.write(r.stdout ?? '');
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

// 4. Mozilla's add-on linter (web-ext lint = addons-linter) on the Firefox build: one test, passed
//    when it reports no errors. Warnings are listed, not failed: the known ones come from
//    dependencies (Preact's and the polyfill's innerHTML paths, mammoth's Function use).
if (buildFx.status === 0) {
  const lint = run('web-ext lint (firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'], { capture: true, quiet: true });
  let report = null;
  try {
    const out = lint.stdout ?? '';
    report = JSON.parse(out.slice(out.indexOf('{')));
  } catch {
    report = null;
  }
  if (!report?.summary) {
    console.log(`web-ext lint gave no JSON report (exit ${lint.status}).`);
    failed++;
  } else {
    const { errors = 0, warnings = 0, notices = 0 } = report.summary;
    console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
    for (const kind of ['errors', 'warnings', 'notices']) {
      for (const m of report[kind] ?? []) console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}`);
    }
    if (errors === 0) passed++;
    else failed++;
  }
} else failed++;
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
