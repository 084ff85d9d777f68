// The real-page labelled corpus (tests/fixtures/real, tests/fixtures/real-set-aside*): clinic and
// health pages nobody here wrote, labelled blind. Scored in-process on every run, with no ../shared.
// The floors are the figures measured when the corpus landed (README, "Accuracy"): they catch a
// regression; raising them is the work, lowering one needs a reason in the commit.
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { describeMisses, scoreSet } from '../helpers/score-labeled';

const ROOT = resolve(__dirname, '..', '..');

const SETS = [
  { dir: 'real', pages: 95, recall: 0.86, falsePositives: 4, kind: 95 },
  { dir: 'real-set-aside', pages: 28, recall: 0.7, falsePositives: 1, kind: 27 },
  // scored once as unseen at f3c3584 (README "Accuracy"); in-sample from then on
  { dir: 'real-set-aside-2', pages: 51, recall: 0.85, falsePositives: 15, kind: 44 },
  // session 5's collection, the half of its sites (even places in name order) fixed against
  { dir: 'real-set-aside-3', pages: 23, recall: 0.8, falsePositives: 3, kind: 23 },
  // the other half, scored once as unseen at 517b6a7; in-sample from then on
  { dir: 'real-set-aside-4', pages: 21, recall: 0.66, falsePositives: 2, kind: 16 },
  // Spanish-language pages (issue 14): first look 0.385, unseen 0.462 after the Spanish detection
  // vocabulary; in-sample from then on
  { dir: 'real-es', pages: 17, recall: 0.82, falsePositives: 0, kind: 16 },
  // session 6's English collection, scored once as unseen at 1552dc5 (0.605); in-sample from then on
  { dir: 'real-set-aside-5', pages: 36, recall: 0.62, falsePositives: 5, kind: 36 },
  // session 6's Spanish collection, scored once as unseen at 1552dc5 (0.563); in-sample from then on
  { dir: 'real-es-2', pages: 18, recall: 0.78, falsePositives: 2, kind: 18 },
];

describe.each(SETS)('real pages in tests/fixtures/$dir', (set) => {
  it(`recall ≥ ${set.recall}, at most ${set.falsePositives} false positives, kind right on ≥ ${set.kind} pages`, () => {
    const score = scoreSet(join(ROOT, 'tests', 'fixtures', set.dir));
    const summary = `recall ${score.recall.toFixed(3)} (${score.found}/${score.expected}), ${score.fp} false positives, kind ${score.kindOk}/${score.pages.length}`;
    console.log(`tests/fixtures/${set.dir}: ${summary}\n${describeMisses(score)}`);
    expect(score.pages.length).toBe(set.pages);
    expect(score.recall, summary).toBeGreaterThanOrEqual(set.recall);
    expect(score.fp, summary).toBeLessThanOrEqual(set.falsePositives);
    expect(score.kindOk, summary).toBeGreaterThanOrEqual(set.kind);
    expect(score.pages.flatMap((p) => p.wording.map((w) => `${p.page}: ${w}`))).toEqual([]);
  }, 300_000);
});
