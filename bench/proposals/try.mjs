#!/usr/bin/env node
// Tries proposed engine patches without touching the tree: applies each diff to temporary copies of
// the files it changes, bundles the engine twice (as is / patched, esbuild overrides), and on the
// chosen pages checks that the findings are identical (no time budget) and compares the times: both
// engines are loaded in the same page and called in alternation (wall clock, paired), and, on Linux,
// the renderer's CPU time per call in alternating batches, which other load does not inflate.
//
//   node bench/proposals/try.mjs bench/proposals/report-context-index.diff [more.diff…]
//        [--filter RE] (pages, default: the seed page and the slowest pages of bench/results.json)
//        [--scaling 100] (also the seed article replicated N×)  [--runs 7]  [--force]
//        [--measure detect] (time gather + detect instead of the audit)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, bundleEngine } from '../lib/bundle.mjs';
import { htmlOnlyLoader, launchBrowser } from '../lib/browser.mjs';
import { listCorpus } from '../lib/corpus.mjs';
import { rendererCpuMeter } from '../lib/cpu.mjs';
import { median, round } from '../lib/stats.mjs';
import { serveStatic } from '../../scripts/lib/serve.mjs';

const { values: opt, positionals: diffs } = parseArgs({
  allowPositionals: true,
  options: {
    filter: { type: 'string' },
    scaling: { type: 'string' },
    runs: { type: 'string', default: '7' },
    force: { type: 'boolean', default: false },
    measure: { type: 'string' },
  },
});
if (!diffs.length) {
  console.error('usage: node bench/proposals/try.mjs PATCH.diff… [--filter RE] [--scaling N] [--runs N] [--force]');
  process.exit(2);
}
const NOW = '2026-11-26';
// what is timed: the audit (forced with --force), or --measure detect (gather + detect) / floor
const MEASURE = opt.measure ?? (opt.force ? 'auditForced' : 'audit');
const RUNS = Math.max(3, Number(opt.runs) || 7);
const CORPUS_DIR = path.resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus');
const SEED = 'labeled/seed-ketamine-back-pain.html';

// 1. Patched copies of the changed files.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cliniclint-try-'));
const overrides = new Map();
for (const diff of diffs) {
  const text = readFileSync(diff, 'utf8');
  const files = [...text.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((m) => m[1]);
  for (const rel of files) {
    const dest = path.join(tmp, rel);
    if (!existsSync(dest)) {
      mkdirSync(path.dirname(dest), { recursive: true });
      copyFileSync(path.join(ROOT, rel), dest);
    }
  }
  const r = spawnSync('patch', ['-p1', '-d', tmp, '--no-backup-if-mismatch', '-i', path.resolve(diff)], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${diff} does not apply to the current tree:\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  for (const rel of files) overrides.set(path.join(ROOT, rel), readFileSync(path.join(tmp, rel), 'utf8'));
}
console.log(`patched: ${[...overrides.keys()].map((f) => path.relative(ROOT, f)).join(', ')}`);

const [base, patched] = await Promise.all([bundleEngine({ minify: true }), bundleEngine({ minify: true, overrides })]);

// 2. Pages.
let pages;
if (opt.filter) {
  const re = new RegExp(opt.filter, 'i');
  pages = listCorpus(CORPUS_DIR).filter((p) => re.test(p.rel)).map((p) => p.rel);
} else {
  pages = [SEED];
  const results = path.join(ROOT, 'bench/results.json');
  if (existsSync(results)) {
    const slow = JSON.parse(readFileSync(results, 'utf8')).summary?.slowest ?? [];
    const byId = new Map(listCorpus(CORPUS_DIR).map((p) => [p.id, p.rel]));
    for (const s of slow.slice(0, 8)) if (byId.has(s.id)) pages.push(byId.get(s.id));
  }
}

const server = await serveStatic(CORPUS_DIR);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const loader = htmlOnlyLoader(context);
const cpu = await rendererCpuMeter(browser);

/**
 * Both engines in the same page (the patched bundle is evaluated second; each keeps its own API
 * object), timed in alternation (ABBA…), so that a busy machine slows both alike; then the findings
 * of both, without a time budget, compared.
 */
async function run(rel, times) {
  const page = await loader.load(new URL(rel, server.url).href);
  await page.evaluate(base.code);
  await page.evaluate(() => (globalThis.__benchA = globalThis.__clinicLintBench));
  await page.evaluate(patched.code);
  await page.evaluate(() => (globalThis.__benchB = globalThis.__clinicLintBench));
  if (times > 1) await page.evaluate((n) => globalThis.__benchA.replicateArticle(n), times);
  const budgetMs = times > 1 ? 1e9 : undefined;
  const wall = await page.evaluate(
    (o) => {
      const A = globalThis.__benchA;
      const B = globalThis.__benchB;
      const time = (api) => {
        const t0 = performance.now();
        api.repeat(o.measure, 1, o.now, o.budgetMs);
        return performance.now() - t0;
      };
      time(A);
      time(B);
      const a = [];
      const b = [];
      for (let i = 0; i < o.runs; i++) {
        if (i % 2) {
          a.push(time(A));
          b.push(time(B));
        } else {
          b.push(time(B));
          a.push(time(A));
        }
      }
      // compared without a time budget: with one, which rules run depends on the machine's speed
      const fa = A.findingsOf(o.now, o.force, 1e9);
      const fb = B.findingsOf(o.now, o.force, 1e9);
      return { a, b, fa, fb };
    },
    { measure: MEASURE, now: NOW, budgetMs, runs: RUNS * 2, force: opt.force },
  );
  // CPU time of the renderer's main thread, batches of 3 calls, A and B alternating
  const cpuA = [];
  const cpuB = [];
  if (cpu) {
    const batch = (which) =>
      cpu.measure(() => page.evaluate((o) => globalThis[o.which].repeat(o.measure, 3, o.now, o.budgetMs), { which, measure: MEASURE, now: NOW, budgetMs }));
    for (let i = 0; i < RUNS; i++) {
      for (const which of i % 2 ? ['__benchA', '__benchB'] : ['__benchB', '__benchA']) {
        const ms = (await batch(which)) / 3;
        (which === '__benchA' ? cpuA : cpuB).push(ms);
      }
    }
  }
  return { ...wall, cpuA, cpuB };
}

const rows = [];
const targets = [...pages.map((rel) => ({ rel, times: 1 })), ...(opt.scaling ? [{ rel: SEED, times: Number(opt.scaling) }] : [])];
for (const t of targets) {
  const label = t.times > 1 ? `${t.rel} ×${t.times}` : t.rel;
  try {
    const r = await run(t.rel, t.times);
    const same = r.fa.kind === r.fb.kind && r.fa.findings.length === r.fb.findings.length && r.fa.findings.every((x, i) => x === r.fb.findings[i]);
    const ma = median(r.a);
    const mb = median(r.b);
    const paired = median(r.b.map((x, i) => x - r.a[i]));
    rows.push({ page: label, before: round(ma), after: round(mb), beforeMin: round(Math.min(...r.a)), afterMin: round(Math.min(...r.b)), pairedDiff: round(paired), findings: r.fa.findings.length, same });
    const ca = median(r.cpuA);
    const cb = median(r.cpuB);
    rows.at(-1).cpuBefore = round(ca);
    rows.at(-1).cpuAfter = round(cb);
    console.log(
      `${label.padEnd(70)} ${String(round(ma, 2)).padStart(9)} → ${String(round(mb, 2)).padStart(9)} ms ` +
        (r.cpuA.length ? `[CPU ${round(ca, 2)} → ${round(cb, 2)} ms, ${ca > 0 ? `${round(((cb - ca) / ca) * 100, 0)}%` : '?'}] ` : '') +
        `(best ${round(Math.min(...r.a), 2)} → ${round(Math.min(...r.b), 2)}; paired median ${paired >= 0 ? '+' : ''}${round(paired, 2)} ms)  ${r.fa.findings.length} findings ${same ? 'identical' : 'DIFFERENT'}`,
    );
    if (!same) {
      const sa = new Set(r.fa.findings);
      const sb = new Set(r.fb.findings);
      for (const x of r.fa.findings.filter((x) => !sb.has(x)).slice(0, 3)) console.log(`   - ${x.split('\u0001').slice(1, 3).join(' ')}`);
      for (const x of r.fb.findings.filter((x) => !sa.has(x)).slice(0, 3)) console.log(`   + ${x.split('\u0001').slice(1, 3).join(' ')}`);
    }
  } catch (err) {
    console.log(`${label}: ERROR ${String(err?.message ?? err).split('\n')[0]}`);
    await loader.discard();
  }
}
await browser.close();
await server.close();
const differing = rows.filter((r) => !r.same).length;
console.log(differing ? `\n${differing} page(s) with different findings.` : '\nFindings identical on every page.');
process.exit(differing ? 1 : 0);
