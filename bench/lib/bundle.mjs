// Bundles the engine (through bench/page/entry.ts) into one IIFE for injection into pages.
// esbuild comes with the project's toolchain (tsx and vite depend on it); it is not a direct
// dependency of package.json, which is noted in bench/RESULTS.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {{ minify?: boolean, overrides?: Map<string, string> }} [options] unminified by default, so CPU
 *   profiles name the functions; `overrides`: absolute source path → replacement contents (to try a
 *   proposed patch without touching the tree, see bench/proposals/try.mjs)
 * @returns {Promise<{ code: string, bytes: number, modules: Array<{ line: number, file: string }> }>}
 *   `modules`: the first bundle line of each source module (esbuild's `// path` comments), to map
 *   profile line numbers back to files.
 */
export async function bundleEngine({ minify = false, overrides = null } = {}) {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    throw new Error('esbuild is not installed: run `npm install` (it comes with vite/tsx), or `npm i -D esbuild`.');
  }
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, 'bench/page/entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    keepNames: false,
    write: false,
    outfile: path.join(ROOT, 'bench/.bundle/engine.js'), // not written (write: false); names the map
    sourcemap: minify ? false : 'external',
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    loader: { '.json': 'json' },
    plugins: overrides?.size
      ? [
          {
            name: 'bench-overrides',
            setup(b) {
              b.onLoad({ filter: /\.ts$/ }, (args) => (overrides.has(args.path) ? { contents: overrides.get(args.path), loader: 'ts' } : undefined));
            },
          },
        ]
      : [],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const code = js.text;
  const modules = [];
  if (!minify) {
    const lines = code.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*\/\/ ((?:node_modules|utils|bench)\/\S+)$/.exec(lines[i]);
      if (m) modules.push({ line: i + 1, file: m[1] });
    }
  }
  return { code, bytes: Buffer.byteLength(code), modules, sourceMap: map ? decodeSourceMap(JSON.parse(map.text)) : null };
}

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source map v3 → per generated line, segments [genCol, source, srcLine, srcCol] (all 0-based). */
export function decodeSourceMap(map) {
  const lines = [];
  let src = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (line) {
      for (const seg of line.split(',')) {
        const vals = [];
        let value = 0;
        let shift = 0;
        for (const ch of seg) {
          const digit = B64.get(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        genCol += vals[0];
        if (vals.length >= 4) {
          src += vals[1];
          srcLine += vals[2];
          srcCol += vals[3];
          segs.push([genCol, src, srcLine, srcCol]);
        }
      }
    }
    lines.push(segs);
  }
  const sources = map.sources.map((s) => s.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'));
  return { lines, sources };
}

/** Original `file:line` (1-based line) of a 0-based generated position, or null. */
export function originalPosition(sm, line, column) {
  const segs = sm?.lines[line];
  if (!segs?.length) return null;
  let best = null;
  for (const s of segs) {
    if (s[0] <= column) best = s;
    else break;
  }
  best ??= segs[0];
  return { file: sm.sources[best[1]], line: best[2] + 1 };
}

/** The module (source file) that holds bundle line `line` (1-based). */
export function moduleAt(modules, line) {
  let lo = 0;
  let hi = modules.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (modules[mid].line <= line) {
      found = modules[mid].file;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
