// Turns bench/results.json (the object run.mjs builds) into the console tables and bench/RESULTS.md.

const f = (x, d = 2) => (x == null || !Number.isFinite(x) ? '—' : Number(x).toFixed(d));
const kib = (b) => (b == null ? '—' : `${(b / 1024).toFixed(1)} KiB`);

function table(head, rows, align) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '—')));
  const w = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => ((align?.[i] ?? (i ? 'r' : 'l')) === 'r' ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  return [line(cells[0]), w.map((n) => '─'.repeat(n)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function md(head, rows, align) {
  const esc = (c) => String(c ?? '—').replace(/\|/g, '\\|');
  const sep = head.map((_, i) => ((align?.[i] ?? (i ? 'r' : 'l')) === 'r' ? '---:' : ':---'));
  return [head, sep, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(esc)).join(' | ')} |`).join('\n');
}

function summaryRows(o) {
  const s = o.summary;
  const row = (label, x) => [label, x?.n ?? 0, f(x?.median, 3), f(x?.p95, 2), f(x?.max, 1)];
  return [
    row('floor: TreeWalker text walk', s.all.floor),
    row('detection as the content script runs it, all pages', s.all.detect),
    row(`detection as the content script runs it, non-clinic pages`, s.nonClinic.detect),
    row('  of which the pre-filter alone, non-clinic pages', s.quickDetect?.nonClinic),
    row('full audit (as the content script calls it)', s.all.audit),
    row('full audit, clinic pages', s.clinic.audit),
    row('full audit, non-clinic pages', s.nonClinic.audit),
    row('full audit, forced (every rule)', s.all.auditForced),
    row('first (cold) audit after injection', s.all.auditFirst),
    row('axe-core axe.run()', s.all.axe),
    ...(s.cpu
      ? [
          row('CPU time: floor', s.cpu.floor),
          row('CPU time: detection, non-clinic pages', s.cpu.detectNonClinic),
          row('CPU time: full audit', s.cpu.audit),
          row('CPU time: pre-filter alone, non-clinic pages', s.cpu.quickDetectNonClinic),
        ]
      : []),
  ];
}

function budgetRows(o) {
  const cpuBy = new Map((o.budgetsCpu ?? []).map((b) => [b.id, b]));
  return o.budgets.map((b) => {
    const c = cpuBy.get(b.id);
    return [
      b.pass == null ? 'n/a' : b.pass ? 'PASS' : 'FAIL',
      b.label,
      `${b.cmp} ${b.limit} ${b.unit}`,
      b.value == null ? 'not measured' : `${f(b.value, b.unit === '×' ? 1 : 2)} ${b.unit}`,
      c?.value == null ? '' : `${f(c.value, 2)} ${c.unit} ${c.pass ? '(pass)' : '(fail)'}`,
    ];
  });
}
const BUDGET_HEAD = ['', 'budget', 'limit', 'measured', 'CPU time (renderer, all threads)'];

function scalingRows(o) {
  return (o.scaling?.sizes ?? []).map((s) => [
    `${s.times}×`,
    s.textChars ?? '—',
    s.elements ?? '—',
    f(s.floor, 3),
    f(s.audit, 2),
    s.ratio == null ? '—' : `${f(s.ratio, 1)}×`,
    s.textChars && s.audit != null ? f((s.audit / s.textChars) * 1000, 3) : '—',
    s.findings ?? '—',
    s.cpuAudit == null ? '—' : `${f(s.cpuAudit, 2)} (${f(s.cpuRatio, 1)}×)`,
    s.auditDefaultBudget == null ? '—' : `${f(s.auditDefaultBudget, 1)}${s.defaultBudgetLimited ? ' (limited)' : ''}`,
    s.error ?? '',
  ]);
}

function slowRows(o, n = 10) {
  return o.summary.slowest.slice(0, n).map((r) => [
    r.id,
    kib(r.bytes),
    r.elements,
    f(r.floor, 3),
    f(r.detect, 1),
    f(r.audit, 1),
    f(r.auditForced, 1),
    f(r.axe, 0),
    r.kind + (r.limited ? ' ⚑' : ''),
    (r.topRules ?? []).map(([id, ms]) => `${id} ${f(ms, 1)}`).join(', '),
  ]);
}

function stageRows(o) {
  return Object.entries(o.summary.stages)
    .sort((a, b) => b[1].sum - a[1].sum)
    .map(([k, v]) => [k, f(v.median, 3), f(v.p95, 2), f(v.sum, 1)]);
}

function ruleRows(o, n = 15) {
  return o.summary.rules.slice(0, n).map((r) => [r.id, f(r.sum, 1), f(r.checkSum, 1), f(r.reportSum, 1), f(r.median, 3), f(r.max, 1), r.worstPage, r.drafts]);
}

function quickLine(q) {
  return (
    `detection pre-filter (utils/detect/quick.ts, what the content script runs first on auto-audit sites): median ${f(q.nonClinic.median, 3)} ms on non-clinic pages (p95 ${f(q.nonClinic.p95)}${q.cpuNonClinic ? `; CPU time median ${f(q.cpuNonClinic.median, 3)} ms` : ''}); ` +
    `of ${q.clinicPages} pages the full detection calls clinic it stops ${q.missed.length}${q.missed.length ? ` (${q.missed.map((m) => `${m.id} score ${m.score}`).join(', ')})` : ''}; ` +
    `of the pages detected as other it stops ${q.droppedOther} and passes ${q.passedOther} on to the full detection`
  );
}

export function consoleReport(o) {
  const s = o.summary;
  const out = [];
  out.push(`\n== Summary over ${s.pages} pages (ms; per page the median of ${o.options.runs} runs after a warm-up) ==`);
  out.push(table(['measure', 'pages', 'median', 'p95', 'max'], summaryRows(o)));
  out.push(
    `ratios: audit/floor ${f(s.ratios.auditOverFloor, 1)}× (per-page median ${f(s.ratios.auditOverFloorPerPageMedian, 1)}×); ` +
      `axe/audit ${f(s.ratios.axeOverAudit, 1)}× (per-page median ${f(s.ratios.axeOverAuditPerPageMedian, 1)}×, lowest ${f(s.ratios.axeOverAuditMin, 1)}×)`,
  );
  out.push(`best of runs (less sensitive to a busy machine): audit median ${f(s.bestOfRuns.audit.median, 3)} / p95 ${f(s.bestOfRuns.audit.p95)} / max ${f(s.bestOfRuns.audit.max, 1)}; detect median ${f(s.bestOfRuns.detect.median, 3)}`);
  if (s.quickDetect) out.push(quickLine(s.quickDetect));
  if (s.errors.length) out.push(`pages that failed: ${s.errors.map((e) => `${e.id} (${e.error})`).join('; ')}`);
  if (o.scaling) {
    out.push('\n== Scaling: the seed article body replicated (time budget lifted) ==');
    out.push(table(['size', 'text chars', 'elements', 'floor', 'audit', 'vs 1×', 'ms/1k chars', 'findings', 'CPU audit (vs 1×)', 'audit w/ 150 ms budget', ''], scalingRows(o)));
  }
  if (o.bundle) out.push(`\ncontent script: ${o.bundle.file} ${o.bundle.kib} KiB minified (${kib(o.bundle.gzipBytes)} gzipped)${o.bundle.engine ? `; audit engine, injected only when an audit runs: ${o.bundle.engine.file} ${o.bundle.engine.kib} KiB (${kib(o.bundle.engine.gzipBytes)} gzipped)` : ''}`);
  if (o.startup) out.push(`engine start-up: top-level evaluation of the minified engine ${f(o.startup.topLevelMs)} ms (first page ${f(o.startup.firstTopLevelMs)} ms; evaluate round trip incl. parse ${f(o.startup.evaluateRoundTripMs, 1)} ms)`);
  if (o.popup) out.push(o.popup.error ? `popup: ${o.popup.error}` : `popup open → first findings painted: median ${f(o.popup.medianMs, 1)} ms over ${o.popup.runs.length} opens (first ${f(o.popup.firstMs, 1)} ms)${o.popup.anyLate ? ' [some upper bounds]' : ''}${o.popup.floorMs != null ? `; a static popup with no script: ${f(o.popup.floorMs, 1)} ms (the browser's floor), so Clinic Lint's share is ${f(o.popup.oursOverFloorMs, 1)} ms` : ''}`);
  out.push('\n== Budgets (issue 6) ==');
  out.push(table(BUDGET_HEAD, budgetRows(o), ['l', 'l', 'l', 'r', 'r']));
  out.push('\n== Slowest pages (full audit) ==');
  out.push(table(['page', 'size', 'elems', 'floor', 'detect', 'audit', 'forced', 'axe', 'kind', 'top rules (forced, ms)'], slowRows(o), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
  out.push('\n== Where the time goes (instrumented forced audit, no budget; ms per page) ==');
  out.push(table(['stage', 'median', 'p95', 'sum over corpus'], stageRows(o)));
  out.push(table(['rule', 'sum', 'check', 'report', 'median', 'max', 'worst page', 'drafts'], ruleRows(o, 12), ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r']));
  for (const p of o.profiles ?? []) {
    if (p.error) {
      out.push(`\nprofile ${p.id}: ${p.error}`);
      continue;
    }
    out.push(`\n== CPU profile: ${p.id} (${p.what} × ${p.times}, ${f(p.perRunMs, 1)} ms sampled per run) ==`);
    out.push(table(['self time (ms per run)', 'ms'], p.self.slice(0, 10).map(([k, v]) => [k, f(v / p.times, 2)])));
  }
  return out.join('\n');
}

export function markdownReport(o) {
  const s = o.summary;
  const m = o.machine;
  const L = [];
  L.push('# Benchmark results');
  L.push('');
  L.push('Generated by `npm run bench` (bench/run.mjs); do not edit by hand. Raw per-page figures: `bench/results.json` (not committed).');
  L.push('');
  L.push(
    `Run ${o.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${o.seconds} s, on ${m.cpus} CPU(s) (${m.cpuModel ?? '?'}), load average ${f(m.loadAvgStart, 1)} → ${f(m.loadAvgEnd, 1)}; ` +
      `Chromium ${m.chromium}, Node ${m.node}, tree at ${m.commit ?? '?'}. ${s.pages} pages (${Object.entries(o.corpus.counts).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
      `${o.options.runs} timed runs per measure after a warm-up; audits "as of" ${o.options.now}.`,
  );
  if (m.loadAvgStart > m.cpus || m.loadAvgEnd > m.cpus) {
    L.push('');
    L.push(`> The machine was busy (load average above the CPU count) during this run, so absolute times are inflated; the "best of runs" line and the ratios are the steadier figures.`);
  }
  L.push('');
  L.push('## Budgets');
  L.push('');
  L.push(md(BUDGET_HEAD, budgetRows(o), ['l', 'l', 'l', 'r', 'r']));
  if (o.budgetsCpu) {
    L.push('');
    L.push('"measured" is wall-clock `performance.now()` in the page, as the budgets are defined. The last column is the CPU time of the renderer process (all its threads: V8 runs part of its GC and compilation on helper threads) for the same calls (per page the mean of a batch), which time spent waiting for a CPU does not inflate: on a busy machine it is the better estimate of what an idle machine pays.');
  }
  L.push('');
  L.push('## Summary (ms; per page the median of its runs; then median, p95 and max over pages)');
  L.push('');
  L.push(md(['measure', 'pages', 'median', 'p95', 'max'], summaryRows(o)));
  L.push('');
  L.push(`- audit / floor: **${f(s.ratios.auditOverFloor, 1)}×** at the median (per-page median ${f(s.ratios.auditOverFloorPerPageMedian, 1)}×)`);
  L.push(`- axe / audit: **${f(s.ratios.axeOverAudit, 1)}×** at the median (per-page median ${f(s.ratios.axeOverAuditPerPageMedian, 1)}×, lowest ${f(s.ratios.axeOverAuditMin, 1)}×)`);
  L.push(`- best of runs (the fastest run per page, less sensitive to other load): audit median ${f(s.bestOfRuns.audit.median, 3)} ms, p95 ${f(s.bestOfRuns.audit.p95)} ms, max ${f(s.bestOfRuns.audit.max, 1)} ms; detection median ${f(s.bestOfRuns.detect.median, 3)} ms`);
  if (s.axe) L.push(`- axe-core ${s.axe.version}: ${s.axe.pages} pages, ${s.axe.cappedPages} of them slow enough to be run only once or three times${s.axe.timedOut.length ? `; gave up after ${s.axe.timeoutMs / 1000} s (counted as ${s.axe.timeoutMs / 1000} s) on ${s.axe.timedOut.join(', ')}` : ''}`);
  if (s.quickDetect) L.push(`- ${quickLine(s.quickDetect)}`);
  L.push(`- pages whose audit reported a limitation (time budget, text-size cap, frames it could not read, findings cap): ${s.limitedPages.length ? s.limitedPages.map((p) => `${p.id} (${f(p.audit, 0)} ms)`).join(', ') : 'none'}`);
  if (s.ruleErrors.length) L.push(`- rule errors (internal/rule-error findings): ${s.ruleErrors.map((r) => `${r.id}: ${r.errors.join('; ')}`).join(' · ')}`);
  L.push(`- detected kinds by folder: ${Object.entries(s.kinds).map(([g, k]) => `${g} ${Object.entries(k).map(([kk, n]) => `${kk} ${n}`).join('/')}`).join('; ')}`);
  if (s.stagesDrift?.length) L.push(`- the instrumented pipeline disagrees with auditDocument() on ${s.stagesDrift.length} page(s) (update bench/page/entry.ts to engine.ts): ${s.stagesDrift.slice(0, 5).map((d) => `${d.id} ${d.instrumented} vs ${d.engine}`).join(', ')}`);
  if (s.errors.length) L.push(`- pages that could not be measured: ${s.errors.map((e) => `${e.id} (${e.error})`).join('; ')}`);
  L.push('');
  if (o.scaling) {
    L.push('## Scaling (the seed article body replicated; time budget lifted)');
    L.push('');
    L.push(md(['size', 'text chars', 'elements', 'floor ms', 'audit ms', 'vs 1×', 'ms per 1k chars', 'findings', 'CPU ms (vs 1×)', 'audit with the 150 ms budget', ''], scalingRows(o)));
    L.push('');
    const big = o.scaling.sizes.find((x) => x.times === 100);
    if (big?.stages) L.push(`At 100×, stages (ms): ${Object.entries(big.stages).filter(([k]) => !k.startsWith('gather.')).map(([k, v]) => `${k} ${f(v, 1)}`).join(', ')}; top rules (ms, check, report, drafts): ${(big.topRules ?? []).slice(0, 5).map(([id, t, c, r, d]) => `${id} ${f(t, 0)} (${f(c, 0)} + ${f(r, 0)}, ${d})`).join('; ')}.`);
    L.push('');
  }
  L.push('## Bundle and start-up');
  L.push('');
  if (o.bundle) {
    L.push(`- \`${o.bundle.file}\`: **${o.bundle.kib} KiB** minified (${o.bundle.bytes} bytes; ${kib(o.bundle.gzipBytes)} gzipped), built ${o.bundle.builtAt}${o.bundle.builtNow ? '' : ' (not rebuilt by this run)'}.`);
    if (o.bundle.engine) L.push(`- \`${o.bundle.engine.file}\`, the audit engine, injected into the page only when an audit is asked for (the popup, or an auto-audit page that passes the detection pre-filter; see utils/page-engine.ts): ${o.bundle.engine.kib} KiB minified (${kib(o.bundle.engine.gzipBytes)} gzipped).`);
    const c = o.bundle.composition;
    if (c?.parts) L.push(`- The engine alone (engine + layout hook, esbuild, minified) is ${kib(c.engineBytes)}: ${c.parts.slice(0, 8).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}.`);
  } else L.push('- content script not built (run without --no-build).');
  if (o.startup) L.push(`- Start-up: evaluating the minified engine (top-level code: module initialisers, regex literals, metadata) takes ${f(o.startup.topLevelMs)} ms in the page (first page ${f(o.startup.firstTopLevelMs)} ms); the CDP evaluate round trip including parse is ${f(o.startup.evaluateRoundTripMs, 1)} ms.`);
  if (o.popup) {
    L.push(
      o.popup.error
        ? `- Popup: ${o.popup.error}`
        : `- Popup open → first findings painted on the seed page: **${f(o.popup.medianMs, 1)} ms** median of ${o.popup.runs.length} opens (first, cold: ${f(o.popup.firstMs, 1)} ms; findings in the DOM at ${f(o.popup.medianInDomMs, 1)} ms; ${f(o.popup.medianPopupNavToFindingsMs, 1)} ms after the popup document's own start).${o.popup.floorMs != null ? ` The same measurement on a static popup with no script at all takes ${f(o.popup.floorMs, 1)} ms here: that is Chromium's floor on this machine (creating the popup), so Clinic Lint's own share is ${f(o.popup.oursOverFloorMs, 1)} ms.` : ''}`,
    );
  }
  L.push('');
  L.push('## Slowest pages');
  L.push('');
  L.push(md(['page', 'size', 'elements', 'floor', 'detect', 'audit', 'forced', 'axe', 'kind', 'top rules (forced, ms)'], slowRows(o, 15), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
  L.push('');
  L.push('⚑ = the audit reported a limitation (time budget, size cap, unreadable frames…).');
  L.push('');
  L.push('## Where the time goes');
  L.push('');
  L.push('Instrumented copy of the engine pipeline (bench/page/entry.ts), forced (every rule runs), no time budget; ms per page. `report` = turning drafts into findings (selectors, context); `gather.*` are measured separately (gather.noLayout = the CLI path).');
  L.push('');
  L.push(md(['stage', 'median', 'p95', 'sum over corpus'], stageRows(o)));
  L.push('');
  L.push(md(['rule', 'sum ms', 'check', 'report', 'median', 'max', 'worst page', 'drafts'], ruleRows(o, 20), ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r']));
  L.push('');
  if (o.profiles?.length) {
    L.push('## CPU profiles (V8 sampling profiler, 100 µs)');
    L.push('');
    for (const p of o.profiles) {
      if (p.error) {
        L.push(`- ${p.id}: ${p.error}`);
        continue;
      }
      L.push(`### ${p.id} — ${p.what} × ${p.times}, ${f(p.perRunMs, 1)} ms sampled per run`);
      L.push('');
      L.push(md(['function (self time)', 'ms per run'], p.self.slice(0, 12).map(([k, v]) => [k, f(v / p.times, 2)])));
      L.push('');
      if (p.hotLines?.length) L.push(`Hot source lines (self ms per run): ${p.hotLines.slice(0, 8).map(([k, v]) => `${k} ${f(v / p.times, 1)}`).join(' · ')}.`);
      L.push('');
      L.push(`Inclusive by function: ${p.inclusive.filter(([k]) => !/^\(anonymous\) \[native\]|^evaluate|^repeat|^audit \(page|^\(anonymous\)$/.test(k)).slice(0, 12).map(([k, v]) => `${k} ${f(v / p.times, 1)}`).join(' · ')}.`);
      L.push('');
      L.push(`Inclusive by module: ${p.modulesInclusive.filter(([k]) => !['(anonymous)', '(native/builtins)', 'page/entry.ts'].includes(k)).slice(0, 10).map(([k, v]) => `${k} ${f(v / p.times, 1)}`).join(', ')}.`);
      L.push('');
    }
  }
  L.push('## Method');
  L.push('');
  L.push('- Each page is served from 127.0.0.1 (scripts/lib/serve.mjs) into headless Debian Chromium (playwright-core, closed-network flags). Only the HTML is delivered: every other request is aborted, page scripts are blocked by a `script-src \'none\'` CSP, and COOP/COEP make the page cross-origin isolated so `performance.now()` has 5 µs resolution.');
  L.push('- The engine is bundled by esbuild (bench/page/entry.ts → one IIFE) and evaluated in the page over CDP. All timing is `performance.now()` in the page. Per page: the first audit after injection is timed on its own (the cold "first audit", what the first click costs), then one warm-up call of each measure, then rounds that interleave floor, detect, audit and forced audit; the page figure is the median of the timed runs.');
  L.push('- `audit` = `auditDocument(document, { url, now, config: defaultConfig(), layout: createLayoutHook(window), force: false })`, as entrypoints/content calls it; `detect` = `gather` (with the layout hook and the engine\'s gather deadline) + `detect`; floor = a TreeWalker over every text node.');
  L.push('- axe-core: `axe.run(document)` with default options after the audits on the same page. A first run; then 5 more (median of those) if it took ≤ 300 ms, 2 more (median of 3) if ≤ 2 s, none above; a run over the timeout counts as the timeout (a lower bound).');
  L.push('- Budgets: "median/p95/worst" are over the per-page medians of the full audit; "non-clinic" = the readability and article-benchmarks folders; the bundle budget is in KiB of the built `content.js`; popup = click on the toolbar button (CDP Extensions.triggerAction) → first finding painted in the popup, median of 5 opens.');
  L.push('- Timing is never asserted in `npm test`. Rerun: `npm run bench` (about 10 minutes on 2 cores), `npm run bench -- --quick`, `npm run bench -- --filter clinic/`.');
  L.push('');
  return L.join('\n');
}
