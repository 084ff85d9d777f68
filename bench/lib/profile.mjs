// CPU profiles of the engine in a page (CDP Profiler), folded into self and inclusive time per
// function and per source module. The bench bundle is unminified and carries a sourceURL, and
// esbuild's `// path` comments map its lines back to the source files.
import { moduleAt, originalPosition } from './bundle.mjs';

export const BUNDLE_URL = 'cliniclint-bench.js';

/**
 * Profiles `run()` (which does the work in the page) with the V8 sampling profiler.
 * @param {import('playwright-core').CDPSession} cdp a session on the page
 * @param {() => Promise<unknown>} run
 * @param {{ intervalUs?: number }} [options]
 */
export async function cpuProfile(cdp, run, { intervalUs = 100 } = {}) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  try {
    await run();
  } finally {
    var { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable').catch(() => {});
  }
  return profile;
}

function frameKey(cf, bundle) {
  const fn = cf.functionName || '(anonymous)';
  if (cf.url === BUNDLE_URL || cf.url.endsWith(`/${BUNDLE_URL}`)) {
    const pos = originalPosition(bundle.sourceMap, cf.lineNumber, cf.columnNumber);
    if (pos) return { fn: `${fn} (${pos.file}:${pos.line})`, module: pos.file };
    const file = moduleAt(bundle.modules, cf.lineNumber + 1) ?? 'bundle';
    return { fn: `${fn} (${file})`, module: file };
  }
  if (!cf.url) {
    if (fn.startsWith('(')) return { fn, module: fn }; // (garbage collector), (program), (idle), (root)
    return { fn: `${fn} [native]`, module: '(native/builtins)' };
  }
  return { fn: `${fn} (${cf.url})`, module: cf.url };
}

/**
 * Folds a profile into totals. `bundle`: { modules, sourceMap } from bundleEngine().
 * @returns {{ totalMs: number, self: Array<[string, number]>, inclusive: Array<[string, number]>, modulesSelf: Array<[string, number]>, modulesInclusive: Array<[string, number]>, hotLines: Array<[string, number]>, lineTicks: number }}
 *   hotLines: source lines by self time (ms, from positionTicks), `file:line in function`
 */
export function foldProfile(profile, bundle, { top = 25 } = {}) {
  const byId = new Map();
  const parent = new Map();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const keyOf = new Map();
  for (const n of profile.nodes) keyOf.set(n.id, frameKey(n.callFrame, bundle));
  const self = new Map();
  const incl = new Map();
  const modSelf = new Map();
  const modIncl = new Map();
  let total = 0;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the *next* delta to sample i
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = samples[i];
    const k = keyOf.get(leaf);
    if (!k || k.fn === '(idle)' || k.fn === '(root)') continue;
    total += dt;
    add(self, k.fn, dt);
    add(modSelf, k.module, dt);
    const seenFn = new Set();
    const seenMod = new Set();
    for (let id = leaf; id != null; id = parent.get(id)) {
      const kk = keyOf.get(id);
      if (!kk || kk.fn === '(root)') continue;
      if (!seenFn.has(kk.fn)) {
        seenFn.add(kk.fn);
        add(incl, kk.fn, dt);
      }
      if (!seenMod.has(kk.module)) {
        seenMod.add(kk.module);
        add(modIncl, kk.module, dt);
      }
    }
  }
  // Hot source lines (V8 positionTicks: samples per line of the function's script).
  const lineTicks = new Map();
  let tickTotal = 0;
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    if (!(cf.url === BUNDLE_URL || cf.url.endsWith(`/${BUNDLE_URL}`))) continue;
    for (const t of n.positionTicks ?? []) {
      const pos = originalPosition(bundle.sourceMap, t.line - 1, 0);
      const key = `${pos ? `${pos.file}:${pos.line}` : `bundle:${t.line}`} in ${cf.functionName || '(anonymous)'}`;
      lineTicks.set(key, (lineTicks.get(key) ?? 0) + t.ticks);
      tickTotal += t.ticks;
    }
  }
  const samplesTotal = samples.length || 1;
  const msPerTick = total / samplesTotal;
  const hotLines = [...lineTicks.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ticks]) => [k, Math.round(ticks * msPerTick * 100) / 100]);
  const sorted = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, Math.round(v * 100) / 100]);
  return { totalMs: Math.round(total * 100) / 100, self: sorted(self), inclusive: sorted(incl), modulesSelf: sorted(modSelf), modulesInclusive: sorted(modIncl), hotLines, lineTicks: tickTotal };
}
