// The audit engine in a page, as the content script sees it.
//
// The content script is small (listeners, the overlay, the detection pre-filter): it runs on every
// page of an auto-audit site, and most of those pages never need an audit. The engine (gather,
// the rules, libphonenumber's metadata, the date parser: about 600 KB) is a second script,
// `/engine.js` (entrypoints/engine/), injected into the same isolated world only when an audit is
// asked for: by the popup together with the content script, or, on an auto-audit site, by the
// background worker when the pre-filter says the page may be a clinic page. It leaves its API on
// the isolated world's global object under ENGINE_GLOBAL, which page scripts cannot see.
import type { AuditResponse } from './messaging';
import type { LinkTargetsResponse } from './linkcheck/messaging';
import type { Settings } from './settings/schema';

export const ENGINE_GLOBAL = '__clinicLintEngine';
export const ENGINE_SCRIPT = '/engine.js';

export interface PageEngine {
  /** the extension version that built it: a copy left by an older version is not used */
  version: string;
  /** audits this document with these settings */
  audit(args: { settings: Settings; force: boolean; budgetMs: number }): AuditResponse;
  /** the page's links for the opt-in link checker */
  linkTargets(args: { settings: Settings; budgetMs: number }): LinkTargetsResponse;
}

/** The engine injected into this isolated world by this version of the extension, if any. */
export function pageEngine(version: string): PageEngine | null {
  const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as PageEngine | undefined;
  return engine && engine.version === version && typeof engine.audit === 'function' ? engine : null;
}

export function installPageEngine(engine: PageEngine): void {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
}
