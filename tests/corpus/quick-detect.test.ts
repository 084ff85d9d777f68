// Reads ../shared: on every real-world and labelled page, the content script's pre-filter
// (utils/detect/quick.ts) passes each page the full detection calls a clinic page (a page it stopped
// would never be audited on an auto-audit site), and stops most of the others (that is its point).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { gather } from '../../utils/gather';
import { detect } from '../../utils/detect';
import { quickDetect } from '../../utils/detect/quick';
import { HAS_SHARED, LABELED, REAL, SKIP_REASON } from './shared';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

describe.skipIf(!HAS_SHARED)(`quick detection pre-filter on the corpus (reads ../shared)${HAS_SHARED ? '' : ` — ${SKIP_REASON}`}`, () => {
  it('passes every page the full detection calls a clinic page, and stops at least 90% of the others', () => {
    const files = [...htmlFiles(REAL), ...htmlFiles(LABELED)];
    const lost: string[] = [];
    let others = 0;
    let stopped = 0;
    for (const file of files) {
      const url = `https://corpus.example/${relative(join(REAL, '..'), file)}`;
      const doc = parseHtml(readFileSync(file, 'utf8'), url);
      const quick = quickDetect(doc, url);
      const full = detect(gather(doc, { url }));
      if (full.kind !== 'other') {
        if (!quick.maybeClinic) lost.push(`${relative(REAL, file)} (lite score ${quick.score}; full ${full.signals.join(', ')})`);
      } else {
        others++;
        if (!quick.maybeClinic) stopped++;
      }
    }
    console.log(`quick pre-filter: ${files.length} pages; stops ${stopped} of ${others} non-clinic pages; loses ${lost.length} clinic pages`);
    expect(lost).toEqual([]);
    expect(stopped / others).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
