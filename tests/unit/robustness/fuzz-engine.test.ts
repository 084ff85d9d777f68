// Property-based tests (fast-check, seeded): random and mutated HTML into the real engine. The
// engine never throws, always returns a valid report v1, and its work is bounded by the budget on
// the injectable clock (no wall-clock assertions). Runs stay small for CI; FUZZ_RUNS_FACTOR=20 and
// FUZZ_SEED=<n> give a long local run, and a failure prints the seed and path to replay it.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { auditDocument } from '../../../utils/engine';
import { allRules } from '../../../utils/rules';
import type { Report, Rule } from '../../../utils/types';
import { FUZZ_SEED, dateText, fuzzRuns, jsonLd, mutate, mutation, numberText, page, phone, prose, TRICKY_CHARS } from './arbitraries';
import { NOW, URL_, auditHtml, expectValidReport, ruleFixturePages, seedPages, steppingClock } from './helpers';

/** Rule crashes seen across all runs, reported by the last test (so a rule bug is named as such). */
const crashes = new Map<string, string>();
function record(report: Report, html: string): void {
  for (const f of report.findings) {
    if (f.ruleId === 'internal/rule-error' || f.ruleId === 'internal/engine-error') {
      const key = f.message.replace(/\d+/g, 'N');
      if (!crashes.has(key)) crashes.set(key, html.length > 600 ? `${html.slice(0, 600)}…` : html);
    }
  }
}

function check(html: string, label: string): Report {
  const report = auditHtml(html);
  expectValidReport(report, label);
  record(report, html);
  return report;
}

const seeds = seedPages();
const fixtures = ruleFixturePages();

describe('fuzzing the engine (seeded, reproducible)', () => {
  it('random pages (unclosed tags, odd tags, tricky attributes, zero-width/RTL text, broken JSON-LD): no exception, a valid report v1', () => {
    fc.assert(
      fc.property(page, (html) => {
        check(html, 'random page');
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(60) },
    );
  });

  it('mutated copies of the labelled pages and the sample site (cut, spliced, duplicated, stripped of < > " /, digits changed): no exception, a valid report v1', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(6);
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, ms) => {
        check(mutate(seed.html, ms), `mutated ${seed.name}`);
      }),
      { seed: FUZZ_SEED + 1, numRuns: fuzzRuns(50) },
    );
  });

  it('mutated copies of every rule\'s failing fixtures (so each rule\'s own code meets broken input): no exception, a valid report v1', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => {
        check(mutate(seed.html, ms), `mutated ${seed.name}`);
      }),
      { seed: FUZZ_SEED + 5, numRuns: fuzzRuns(60) },
    );
  });

  it('text dense with dates, numbers and phone numbers of every shape (the stale, claims and phone rules parse these)', () => {
    const dense = fc.array(fc.oneof(dateText, numberText, phone, prose), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(dense, dense, fc.array(jsonLd, { maxLength: 2 }), (a, b, lds) => {
        const html = `<html><head><title>${a.slice(0, 3).join(' ')}</title>${lds.map((j) => `<script type="application/ld+json">${j}</script>`).join('')}</head>
          <body><main><article><h1>${b[0] ?? ''}</h1><p>Published ${a[0] ?? ''}</p><p>${a.join(' ')}</p><ul>${b.map((x) => `<li>${x}</li>`).join('')}</ul>
          <p><a href="tel:${b[1] ?? ''}">${a[1] ?? ''}</a> <time datetime="${a[2] ?? ''}">${b[2] ?? ''}</time></p></article></main></body></html>`;
        check(html, 'dense dates/numbers/phones');
      }),
      { seed: FUZZ_SEED + 2, numRuns: fuzzRuns(40) },
    );
  });

  it('zero-width and bidi characters sprinkled through a real page do not break it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKY_CHARS.slice(0, 40))), { minLength: 1, maxLength: 200 }), (seed, inserts) => {
        let html = seed.html;
        for (const [at, ch] of inserts) {
          const i = at % (html.length + 1);
          html = html.slice(0, i) + ch + html.slice(i);
        }
        check(html, `sprinkled ${seed.name}`);
      }),
      { seed: FUZZ_SEED + 3, numRuns: fuzzRuns(30) },
    );
  });

  it('bounded work on any page: with a clock that runs out, rules stop being started and the rest are listed in a limitation finding', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 3 })).map(([s, ms]) => mutate(s.html, ms))), fc.integer({ min: 1, max: 12 }), (html, allowed) => {
        // The clock moves 10 ms per read; the budget allows `allowed` reads after gather's.
        const ran: string[] = [];
        const counted: Rule[] = allRules.map((r) => ({ ...r, check: (f, c) => (ran.push(r.id), r.check(f, c)) }));
        const clock = steppingClock(10);
        const report = auditDocument(parseHtml(html, URL_), { url: URL_, now: NOW, force: true, rules: counted, clock, config: { budgetMs: 10 * allowed } });
        expectValidReport(report, 'budgeted');
        expect(ran.length).toBeLessThanOrEqual(allowed);
        const budget = report.findings.filter((f) => f.ruleId === 'internal/limitation' && /time budget .* ran out; \d+ rule\(s\) did not run/.test(f.message));
        expect(budget).toHaveLength(1);
        // the rules that did not run are named, and none of them ran
        const left = budget[0]!.data.rules as string[];
        expect(left.length).toBeGreaterThan(0);
        expect(left.filter((id) => ran.includes(id))).toEqual([]);
        expect(new Set([...ran, ...left]).size).toBe(ran.length + left.length);
        expect(clock.reads()).toBeLessThan(allowed + 200); // the clock is read a bounded number of times, not per node
      }),
      { seed: FUZZ_SEED + 4, numRuns: fuzzRuns(25) },
    );
  });

  afterAll(() => {
    if (crashes.size) console.warn(`rule/stage crashes seen while fuzzing (seed ${FUZZ_SEED}):\n${[...crashes].map(([m, h]) => `  ${m}\n    on: ${JSON.stringify(h)}`).join('\n')}`);
  });

  it('no rule and no engine stage crashed on any fuzzed page (each crash would be an internal finding)', () => {
    expect([...crashes.keys()]).toEqual([]);
  });
});
