// @vitest-environment node
// The store-facing promises, checked on the source without a build (the built manifest is checked
// again after the build by tests/e2e/build-output.test.mjs): the manifest WXT generates from
// wxt.config.ts asks for activeTab, scripting, storage and downloads only, holds no host
// permission (one optional pattern for auto-audit), declares no content script, and its Content
// Security Policy lets extension pages run only the extension's own scripts; and no entrypoint
// loads code from the network.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(__dirname, '..', '..');
const ENTRYPOINTS = join(ROOT, 'entrypoints');

type Manifest = Record<string, any>;

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const m = config.manifest;
  const env = { browser, manifestVersion: 3, mode: 'production', command: 'build' } as const;
  return (typeof m === 'function' ? await (m as (env: unknown) => Manifest | Promise<Manifest>)(env) : m) as Manifest;
}

/** Directive name → its sources, from a CSP string. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest (from wxt.config.ts)', (browser) => {
  it('is Manifest V3 (set in the config, else WXT builds Firefox as MV2)', () => {
    expect(config.manifestVersion).toBe(3);
  });

  it('asks for exactly activeTab, scripting, storage and downloads', async () => {
    const m = await manifestFor(browser);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'downloads', 'scripting', 'storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('holds no host permission: only the optional *://*/* that auto-audit asks for one site at a time', async () => {
    const m = await manifestFor(browser);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('declares no content script (the popup injects on demand; auto-audit registers at runtime)', async () => {
    const m = await manifestFor(browser);
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('has a Content Security Policy for extension pages: script-src \'self\' only, no remote origin, no eval, no inline script', async () => {
    const m = await manifestFor(browser);
    const csp = m.content_security_policy?.extension_pages;
    expect(typeof csp).toBe('string');
    const directives = parseCsp(csp);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?:|wss?:|\*|data:|blob:|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'unsafe-hashes')/i);
      }
    }
    expect(m.content_security_policy).not.toHaveProperty('sandbox');
  });

  it('exposes no web-accessible resources of its own and no externally_connectable', async () => {
    const m = await manifestFor(browser);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m).not.toHaveProperty('externally_connectable');
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id and declares that no data is collected (AMO requires both)', async () => {
    const m = await manifestFor('firefox');
    expect(m.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('entrypoints (source)', () => {
  const sources = files(ENTRYPOINTS, /\.(ts|tsx)$/).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
  const pages = files(ENTRYPOINTS, /\.html$/).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

  it('every content script is registered at runtime, so none ends up in the manifest', () => {
    const contentScripts = sources.filter((s) => /\bdefineContentScript\s*\(/.test(s.text));
    expect(contentScripts.length).toBeGreaterThan(0);
    for (const s of contentScripts) expect(s.text, s.path).toMatch(/registration:\s*['"]runtime['"]/);
  });

  it('the extension pages load only their own scripts (no http(s) or protocol-relative src, no inline code)', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      for (const tag of page.text.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
        expect(src, `${page.path}: ${tag}`).toBeTruthy();
        expect(src, page.path).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      expect(page.text, page.path).not.toMatch(/<link\b[^>]*href\s*=\s*["'](?:https?:)?\/\//i);
    }
  });

  it('no code is fetched or evaluated from the network (importScripts, import(), eval of fetched text)', () => {
    for (const s of sources) {
      expect(s.text, s.path).not.toMatch(/importScripts\s*\(/);
      expect(s.text, s.path).not.toMatch(/\bimport\s*\(\s*['"`](?:https?:)?\/\//);
      expect(s.text, s.path).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
      expect(s.text, s.path).not.toMatch(/\.src\s*=\s*['"`]https?:/);
    }
  });
});
