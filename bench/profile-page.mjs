#!/usr/bin/env node
// Profiles the engine on one corpus page (CDP sampling profiler, current tree), for digging into a
// hot spot that `npm run bench` reported. Prints inclusive and self time per function and the hot
// source lines (ms per run); writes nothing.
//
//   node bench/profile-page.mjs PAGE [audit|auditForced|detect|quickDetect|floor] [RUNS=15] [REPLICATE=1]
//   e.g. node bench/profile-page.mjs real/readability/wikipedia-2.html audit 15
//        node bench/profile-page.mjs labeled/seed-ketamine-back-pain.html audit 3 100   (the 100× article)
// PAGE is a path under ../shared/corpus (CORPUS_DIR). REPLICATE > 1 repeats the article body and
// lifts the time budget, as the scaling run does.
import path from 'node:path';
import { ROOT, bundleEngine } from './lib/bundle.mjs';
import { launchBrowser, htmlOnlyLoader } from './lib/browser.mjs';
import { serveStatic } from '../scripts/lib/serve.mjs';
import { cpuProfile, foldProfile, BUNDLE_URL } from './lib/profile.mjs';
const b = await bundleEngine();
const server = await serveStatic(path.resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus'));
const browser = await launchBrowser();
const loader = htmlOnlyLoader(await browser.newContext());
const [rel, what = 'audit', times = '15', extra = '1'] = process.argv.slice(2);
if (!rel) {
  console.error('usage: node bench/profile-page.mjs PAGE [audit|auditForced|detect|quickDetect|floor] [RUNS] [REPLICATE]');
  process.exit(2);
}
const page = await loader.load(server.url + rel);
await page.evaluate(b.code + `\n//# sourceURL=${BUNDLE_URL}`);
if (Number(extra) > 1) await page.evaluate((n) => globalThis.__clinicLintBench.replicateArticle(n), Number(extra));
const budget = Number(extra) > 1 ? 1e9 : undefined;
await page.evaluate((o) => globalThis.__clinicLintBench.repeat(o.what, 2, '2026-11-26', o.budget), { what, budget });
const cdp = await page.context().newCDPSession(page);
const prof = await cpuProfile(cdp, () => page.evaluate((o) => globalThis.__clinicLintBench.repeat(o.what, o.times, '2026-11-26', o.budget), { what, times: Number(times), budget }));
const f = foldProfile(prof, b, { top: 25 });
const n = Number(times);
console.log('per run', (f.totalMs / n).toFixed(1));
console.log('INCL', f.inclusive.slice(0, 25).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join('\n     '));
console.log('SELF', f.self.slice(0, 15).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join('\n     '));
console.log('LINES', f.hotLines.slice(0, 20).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join('\n     '));
await browser.close(); await server.close();
