// What changed between two audits of one page: findings that are new, fixed, or still there.
// Findings match by their stable id (rule + excerpt + selector). A page edit can shift selectors
// (a paragraph inserted above), so unmatched findings then match on rule + normalised excerpt,
// pairing duplicates in page order.
import type { Finding, Report } from '../types';
import { normalizeText } from '../text/normalize';

export interface FindingPair {
  before: Finding;
  after: Finding;
  /** matched on rule + excerpt because the id (selector) changed */
  moved: boolean;
}

export interface ReportDiff {
  /** in the new audit only ("new") */
  added: Finding[];
  /** in the old audit only ("fixed") */
  fixed: Finding[];
  unchanged: FindingPair[];
}

function fallbackKey(f: Finding): string | null {
  const excerpt = normalizeText(f.excerpt ?? '').toLowerCase();
  // An element finding without an excerpt says nothing about *which* element: no fallback for it.
  if (!excerpt && f.scope !== 'page') return null;
  return `${f.ruleId}\u0000${excerpt}`;
}

/** Pairs `before[i]` with the first unpaired `after` finding of the same key. */
function pairBy(before: readonly Finding[], after: readonly Finding[], pairedBefore: Set<number>, pairedAfter: Set<number>, key: (f: Finding) => string | null, moved: boolean, out: Array<FindingPair & { i: number }>): void {
  const queue = new Map<string, number[]>();
  after.forEach((f, j) => {
    if (pairedAfter.has(j)) return;
    const k = key(f);
    if (k == null) return;
    const list = queue.get(k) ?? [];
    list.push(j);
    queue.set(k, list);
  });
  before.forEach((f, i) => {
    if (pairedBefore.has(i)) return;
    const k = key(f);
    const j = k == null ? undefined : queue.get(k)?.shift();
    if (j === undefined) return;
    pairedBefore.add(i);
    pairedAfter.add(j);
    out.push({ before: f, after: after[j]!, moved, i });
  });
}

export function diffFindings(before: readonly Finding[], after: readonly Finding[]): ReportDiff {
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  const pairs: Array<FindingPair & { i: number }> = [];
  pairBy(before, after, pairedBefore, pairedAfter, (f) => f.id, false, pairs);
  pairBy(before, after, pairedBefore, pairedAfter, fallbackKey, true, pairs);
  return {
    added: after.filter((_, j) => !pairedAfter.has(j)),
    fixed: before.filter((_, i) => !pairedBefore.has(i)),
    unchanged: pairs.sort((x, y) => x.i - y.i).map(({ before: b, after: a, moved }) => ({ before: b, after: a, moved })),
  };
}

/** Diff of two audits; give the older one first. Both should be of one page (see history/key.ts). */
export function diffReports(before: Report, after: Report): ReportDiff {
  return diffFindings(before.findings, after.findings);
}
