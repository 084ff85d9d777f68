// Reads ../shared/corpus/labeled and scores the CLI with ../shared/tools/eval-labeled.mjs.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EVAL_TOOL, HAS_SHARED, LABELED, SKIP_REASON } from './shared';

describe.skipIf(!HAS_SHARED)(`labelled pages (reads ../shared)${HAS_SHARED ? '' : ` — ${SKIP_REASON}`}`, () => {
  it('the CLI scores recall 1.0, no false positives and every kind right', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cliniclint-eval-')), 'eval.json');
    const bin = resolve(__dirname, '..', '..', 'bin', 'cliniclint.mjs');
    const r = spawnSync('node', [EVAL_TOOL, LABELED, '--cmd', `node ${bin}`, '--json', out, '--verbose'], { encoding: 'utf8', cwd: resolve(__dirname, '..', '..') });
    console.log(r.stdout);
    expect(r.status).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.errors).toBe(0);
    expect(summary.recall).toBe(1);
    expect(summary.fp).toBe(0);
    expect(summary.kindOk).toBe(summary.pages);
  }, 180_000);

  it("the repo's own held-out labelled pages (tests/fixtures/labeled) score the same", () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cliniclint-eval-')), 'eval.json');
    const root = resolve(__dirname, '..', '..');
    const r = spawnSync('node', [EVAL_TOOL, join(root, 'tests', 'fixtures', 'labeled'), '--cmd', `node ${join(root, 'bin', 'cliniclint.mjs')}`, '--json', out, '--verbose'], { encoding: 'utf8', cwd: root });
    console.log(r.stdout);
    expect(r.status).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.errors).toBe(0);
    expect(summary.recall).toBe(1);
    expect(summary.fp).toBe(0);
    expect(summary.kindOk).toBe(summary.pages);
  }, 300_000);
});
