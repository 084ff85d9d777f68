// Words belong to a locale (utils/locale/<lang>/), not to a rule. This ratchet counts the regular
// expressions in rule files that spell out natural-language words ("(?:book|schedule)", "offer ends")
// and fails when a rule file gains one: move the words into the locale and read them through
// ctx.locales. When a rule's words move out, lower its count in rule-words-baseline.json (the test
// says so), so the debt can only shrink.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseline from './rule-words-baseline.json';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RULES = join(ROOT, 'utils', 'rules');

/** A regex source that lists words: "word|word", "(?:word", "word\s+word". */
const WORDY = /[a-z]{3,}(?:\\s[+*?]?|\|)[a-z]{2,}|\|[a-z]{3,}\||\(\?:[a-z]{3,}\|/i;
/** Regular-expression literals in TypeScript source (comments removed first). */
const REGEX_LITERAL = /(?<![\w)\]])\/(?![/*])((?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\])+)\/[dgimsuy]*/g;

function ruleFiles(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) ruleFiles(path, acc);
    else if (path.endsWith('.ts') && name !== 'index.ts') acc.push(path);
  }
  return acc;
}

function wordPatternsIn(source: string): number {
  const src = source.replace(/^\s*\/\/.*$/gm, '');
  return [...src.matchAll(REGEX_LITERAL)].filter((m) => WORDY.test(m[1]!)).length;
}
const wordPatterns = (path: string) => wordPatternsIn(readFileSync(path, 'utf8'));

describe('language words live in utils/locale, not in rule files', () => {
  const counts = Object.fromEntries(ruleFiles(RULES).map((f) => [relative(ROOT, f).split('\\').join('/'), wordPatterns(f)]));
  const known = baseline as Record<string, number>;

  it('no rule file gains a word pattern', () => {
    const grown = Object.entries(counts).filter(([f, n]) => n > (known[f] ?? 0)).map(([f, n]) => `${f}: ${n} (was ${known[f] ?? 0})`);
    expect(grown, 'move these words into utils/locale/<lang>/ and read them through ctx.locales').toEqual([]);
  });

  it('the baseline records what moved out (lower it when a rule sheds its words)', () => {
    const shrunk = Object.entries(known).filter(([f, n]) => (counts[f] ?? 0) < n).map(([f, n]) => `${f}: ${counts[f] ?? 0} (baseline ${n})`);
    expect(shrunk, 'update tests/unit/locale/rule-words-baseline.json').toEqual([]);
  });

  it('counts word lists and phrases, not digit or URL shapes, nor commented-out code', () => {
    expect(wordPatternsIn('const CUE = /\\b(?:book|schedule)\\s+now\\b/i;')).toBe(1);
    expect(wordPatternsIn("const ENDS = /offer\\s+ends/i; const PHONE = /^\\d{3}-\\d{4}$/; const HOST = /^https?:\\/\\//;")).toBe(1);
    expect(wordPatternsIn('// const OLD = /(?:book|schedule)/;')).toBe(0);
  });
});
