// The pages the bench loads: every .html under corpus/real/{clinic,readability,article-benchmarks}
// and corpus/labeled, with a group and whether the page is a clinic page by its folder.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const GROUPS = [
  { group: 'clinic', dir: 'real/clinic', clinic: true },
  { group: 'labeled', dir: 'labeled', clinic: true },
  { group: 'readability', dir: 'real/readability', clinic: false },
  { group: 'article-benchmarks', dir: 'real/article-benchmarks', clinic: false },
];

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...walk(full));
    else if (/\.html?$/i.test(name)) out.push(full);
  }
  return out;
}

/**
 * @param {string} corpusDir the shared corpus folder (holds real/ and labeled/)
 * @returns {Array<{ id: string, rel: string, group: string, clinic: boolean, bytes: number }>}
 *   `rel`: path under corpusDir (URL path on the server); `id`: rel without the folder prefix noise
 */
export function listCorpus(corpusDir) {
  const pages = [];
  for (const g of GROUPS) {
    const dir = path.join(corpusDir, g.dir);
    let files = [];
    try {
      files = walk(dir);
    } catch {
      continue; // a missing group is reported by the caller (count 0)
    }
    for (const file of files) {
      const rel = path.relative(corpusDir, file).split(path.sep).join('/');
      pages.push({ id: rel.replace(/^real\//, ''), rel, group: g.group, clinic: g.clinic, bytes: statSync(file).size });
    }
  }
  return pages;
}

/**
 * A representative subset for --quick: every labelled page, then every k-th page of each group
 * (sorted by size, so small, median and large pages are all in), plus the largest page of each group.
 */
export function quickSubset(pages, perGroup = 6) {
  const out = [];
  for (const g of GROUPS) {
    const list = pages.filter((p) => p.group === g.group).sort((a, b) => a.bytes - b.bytes);
    if (g.group === 'labeled' || list.length <= perGroup) {
      out.push(...list);
      continue;
    }
    const step = (list.length - 1) / (perGroup - 1);
    const picked = new Set();
    for (let i = 0; i < perGroup; i++) picked.add(list[Math.round(i * step)]);
    out.push(...picked);
  }
  return out;
}
