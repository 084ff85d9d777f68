// The built extension (.output/chrome-mv3 and .output/firefox-mv3), as the stores receive it: the
// manifest's permissions, no declared content script, the Content Security Policy of extension
// pages, and no remote code anywhere in the files: every script an HTML page loads is one of the
// extension's own files, and no script imports, importScripts()es or injects code from a URL.
// No browser needed. Run after `npx wxt build` (and `npx wxt build -b firefox`):
//   node --test tests/e2e/build-output.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const BUILDS = [
  ['chrome', path.join(ROOT, '.output/chrome-mv3')],
  ['firefox', path.join(ROOT, '.output/firefox-mv3')],
];

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** A URL that leaves the extension: any scheme (http:, https:, data:, blob:, javascript:…) or protocol-relative. */
const REMOTE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Patterns that would load or run code from the network in a script file. */
const REMOTE_CODE = [
  [/importScripts\s*\(\s*['"`](?:[a-z][a-z0-9+.-]*:|\/\/)/i, 'importScripts() of a URL'],
  [/\bimport\s*\(\s*['"`](?:https?:)?\/\//i, 'import() of a URL'],
  [/\bfrom\s*['"`](?:https?:)?\/\/[^'"`]*['"`]/i, 'a static import from a URL'],
  [/\.src\s*=\s*['"`](?:https?:)?\/\/[^'"`]*\.m?js\b/i, 'a script src set to a URL'],
  [/<script[^>]+src\s*=\s*\\?["'](?:https?:)?\/\//i, 'a <script src> URL in a string'],
];

for (const [browser, dir] of BUILDS) {
  const built = existsSync(path.join(dir, 'manifest.json'));
  const skip = built ? false : `no ${browser} build at ${path.relative(ROOT, dir)} (run npx wxt build${browser === 'firefox' ? ' -b firefox' : ''})`;

  test(`${browser} build: the manifest asks for activeTab, scripting, storage, downloads only, no host permissions, no declared content script`, { skip }, () => {
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'downloads', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined);
    assert.deepEqual(m.optional_host_permissions, ['*://*/*']);
    assert.deepEqual(m.content_scripts ?? [], []);
    assert.equal(m.externally_connectable, undefined);
    if (browser === 'firefox') {
      assert.deepEqual(m.background, { scripts: ['background.js'] });
      assert.deepEqual(m.browser_specific_settings?.gecko?.data_collection_permissions, { required: ['none'] });
    } else assert.deepEqual(m.background, { service_worker: 'background.js' });
  });

  test(`${browser} build: extension pages have a Content Security Policy that allows only the extension's own scripts`, { skip }, () => {
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const csp = m.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
    assert.deepEqual(directives.get('script-src'), ["'self'"], csp);
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:/);
  });

  test(`${browser} build: no remote code (every page script is a file of the extension; no script loads code from a URL)`, { skip }, () => {
    const all = walk(dir);
    const rel = (p) => path.relative(dir, p);
    const html = all.filter((p) => p.endsWith('.html'));
    const scripts = all.filter((p) => /\.(m?js)$/.test(p));
    assert.ok(html.length >= 4 && scripts.length > 0, `pages and scripts in the build: ${html.map(rel)}`);
    const problems = [];
    for (const page of html) {
      const text = readFileSync(page, 'utf8');
      for (const tag of text.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
        if (!src) problems.push(`${rel(page)}: inline script ${tag.slice(0, 80)}`);
        else if (REMOTE.test(src)) problems.push(`${rel(page)}: remote script ${src}`);
        else if (!existsSync(path.join(dir, src.replace(/^\//, '')))) problems.push(`${rel(page)}: script ${src} is not in the build`);
      }
      for (const link of text.match(/<link\b[^>]*>/gi) ?? []) {
        const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(link)?.[1] ?? '';
        if (REMOTE.test(href)) problems.push(`${rel(page)}: remote ${link}`);
      }
    }
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of REMOTE_CODE) {
        const m = re.exec(text);
        if (m) problems.push(`${rel(file)}: ${what}: …${text.slice(Math.max(0, m.index - 40), m.index + 80)}…`);
      }
    }
    // the manifest's own script entries are files of the build
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const s of [m.background?.service_worker, ...(m.background?.scripts ?? [])].filter(Boolean)) {
      if (REMOTE.test(s) || !existsSync(path.join(dir, s))) problems.push(`manifest background ${s}`);
    }
    assert.deepEqual(problems, []);
  });
}
