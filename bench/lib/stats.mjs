// Small statistics helpers for the benchmark (pure; unit-tested in tests/unit/bench/).

/** Median of a list of numbers (mean of the two middle values for an even count); NaN when empty. */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values ≤ it. */
export function percentile(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

export function max(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? Math.max(...s) : NaN;
}

export function min(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? Math.min(...s) : NaN;
}

export function sum(xs) {
  return xs.filter((x) => Number.isFinite(x)).reduce((a, b) => a + b, 0);
}

/** { n, median, p95, max } of a list, rounded to 3 decimals. */
export function summarize(xs) {
  const ok = xs.filter((x) => Number.isFinite(x));
  return { n: ok.length, median: round(median(ok)), p95: round(percentile(ok, 95)), max: round(max(ok)) };
}

export function round(x, digits = 3) {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
}

/**
 * How many more axe runs to do on a page, given the runs so far (the first one is a warm-up), so that
 * huge pages do not eat the whole bench: after a first run over `hugeMs` none (that run is the
 * figure); otherwise one more, and if that one took at most `slowMs`, enough for `runs` timed runs;
 * a slower page stops at two timed runs (three in all).
 * @param {number[]} timed @param {{ runs: number, slowMs?: number, hugeMs?: number }} opts
 */
export function axeMoreRuns(timed, { runs, slowMs = 100, hugeMs = 3000 }) {
  if (timed.length === 1) return Number.isFinite(timed[0]) && timed[0] <= hugeMs ? 1 : 0;
  if (timed.length === 2) return timed[1] <= slowMs ? Math.max(0, runs - 1) : 1;
  return 0;
}

/** The axe figure of a page: the median of the runs after the warm-up, or the single run. */
export function axeFigure(timed) {
  return timed.length === 1 ? timed[0] : median(timed.slice(1));
}

/**
 * Budgets of issue 6. `limit` in the unit of `value`; `cmp` says which side passes.
 * @returns {Array<{ id: string, label: string, value: number|null, limit: number, unit: string, cmp: '<='|'>=', pass: boolean|null, note?: string }>}
 */
export function checkBudgets(m) {
  const b = (id, label, value, cmp, limit, unit, note) => ({
    id,
    label,
    value: value == null || !Number.isFinite(value) ? null : round(value, 3),
    limit,
    unit,
    cmp,
    pass: value == null || !Number.isFinite(value) ? null : cmp === '<=' ? value <= limit : value >= limit,
    ...(note ? { note } : {}),
  });
  return [
    b('audit-median', 'median full audit', m.auditMedian, '<=', 5, 'ms'),
    b('audit-p95', 'p95 full audit', m.auditP95, '<=', 25, 'ms'),
    b('detect-median-nonclinic', 'detection (content script), median on non-clinic pages', m.detectMedianNonClinic, '<=', 1, 'ms'),
    b('audit-worst', 'worst page (full audit)', m.auditMax, '<=', 150, 'ms'),
    b('axe-ratio', 'axe-core / audit at the median', m.axeOverAudit, '>=', 30, '×'),
    b('scaling-100x', '100× page / 1× page', m.scaling100, '<=', 120, '×'),
    b('bundle', 'content script, minified', m.bundleKB, '<=', 150, 'KiB'),
    b('popup', 'popup open → first findings (seed page)', m.popupMs, '<=', 300, 'ms'),
  ];
}
