// Labelled pages: what an audit must and must not report (label format: tests/fixtures/labeled/README.md).
// The repo's own pages are scored in-process by tests/helpers/score-labeled.ts and need nothing outside
// the repo; the shared pages (../shared/corpus/labeled) are scored through the CLI with the shared
// evaluator, and skip visibly where ../shared is absent.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EVAL_TOOL, HAS_SHARED, LABELED, SKIP_REASON } from './shared';
import { describeMisses, scoreSet } from '../helpers/score-labeled';

const ROOT = resolve(__dirname, '..', '..');

describe("the repo's labelled pages (tests/fixtures/labeled, scored in-process)", () => {
  it('recall 1, no false positive, every kind right', () => {
    const score = scoreSet(join(ROOT, 'tests', 'fixtures', 'labeled'));
    expect(score.pages.length).toBeGreaterThanOrEqual(36);
    expect(describeMisses(score)).toBe('');
    expect(score.recall).toBe(1);
    expect(score.fp).toBe(0);
    expect(score.kindOk).toBe(score.pages.length);
    // issue 13: no catalog id, source marker, other tool's name or broken construction in any message
    expect(score.pages.flatMap((p) => p.wording.map((w) => `${p.page}: ${w}`))).toEqual([]);
  }, 300_000);
});

describe.skipIf(!HAS_SHARED)(`shared labelled pages through the CLI (reads ../shared)${HAS_SHARED ? '' : ` — ${SKIP_REASON}`}`, () => {
  it('the CLI scores recall 1.0, no false positives and every kind right', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cliniclint-eval-')), 'eval.json');
    const bin = join(ROOT, 'bin', 'cliniclint.mjs');
    const r = spawnSync('node', [EVAL_TOOL, LABELED, '--cmd', `node ${bin}`, '--json', out, '--verbose'], { encoding: 'utf8', cwd: ROOT });
    console.log(r.stdout);
    expect(r.status).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.errors).toBe(0);
    expect(summary.recall).toBe(1);
    expect(summary.fp).toBe(0);
    expect(summary.kindOk).toBe(summary.pages);
  }, 180_000);
});
