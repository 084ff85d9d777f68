// The link checker in the background worker: answers the popup's `checkLinks` message.
// Registered with one line in entrypoints/background.ts (registerLinkChecker()).
//
// Nothing is fetched unless both hold, checked on every request: the user turned the checker on
// (local:linkCheck, off by default) and the all-sites host permission is granted (without it an MV3
// worker's cross-origin fetches fail, which would look like dead hosts). Only the extension's own
// pages may ask (a content script's request is refused). A new request cancels a run still in
// progress (one popup at a time; its re-run supersedes the old run).
import type { RuleOverride } from '../types';
import { readLinkCheckSettings, readSettings } from '../settings/items';
import { checkLinks, LINK_CHECK_DEFAULTS, MAX_TARGETS, type CheckRun, type LinkKind, type LinkTarget, type Verdict } from './check-links';
import { linkCheckFindings, looksOffline, runSummary } from './findings';
import { onLinkMessage, type CheckLinksResponse, type LinkRunSummary } from './messaging';
import { hasLinkCheckPermission } from './client';
import type { LinkCheckSettings } from './settings';

export interface CheckLinksDeps {
  readSettings(): Promise<LinkCheckSettings>;
  hasPermission(): Promise<boolean>;
  /** the user's rule overrides (enabled / severity per rule id) */
  readOverrides(): Promise<Record<string, RuleOverride>>;
  fetch: typeof fetch;
  options?: { concurrency?: number; timeoutMs?: number; cap?: number };
  signal?: AbortSignal;
}

const KINDS = new Set<unknown>(['cta', 'citation', 'link']);
const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** The request as sent, checked field by field (it crossed a process boundary). Null when unusable. */
export function readRequest(data: unknown): { pageUrl: string; targets: LinkTarget[] } | null {
  const d = data as { pageUrl?: unknown; targets?: unknown } | null;
  if (!d || typeof d !== 'object' || typeof d.pageUrl !== 'string' || !Array.isArray(d.targets)) return null;
  const targets: LinkTarget[] = [];
  for (const raw of d.targets.slice(0, MAX_TARGETS)) {
    const t = raw as Partial<LinkTarget> | null;
    if (!t || typeof t !== 'object' || typeof t.url !== 'string' || !KINDS.has(t.kind)) continue;
    targets.push({
      url: t.url.slice(0, 8192),
      kind: t.kind as LinkKind,
      selector: typeof t.selector === 'string' ? t.selector.slice(0, 8192) : null,
      excerpt: str(t.excerpt, 200),
      ...(typeof t.context === 'string' ? { context: t.context.slice(0, 400) } : {}),
      ...(typeof t.cta === 'string' ? { cta: t.cta.slice(0, 20) } : {}),
    });
  }
  return { pageUrl: d.pageUrl.slice(0, 8192), targets };
}

export function summarizeRun(run: CheckRun, text: string): LinkRunSummary {
  const verdicts: Partial<Record<Verdict, number>> = {};
  for (const r of run.results) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
  return {
    checked: run.results.length,
    verdicts,
    skipped: run.skipped.length,
    overCap: run.overCap.length,
    note: run.note,
    offline: looksOffline(run),
    text,
  };
}

/** One `checkLinks` request: the gates, the run, the findings. */
export async function handleCheckLinks(data: unknown, deps: CheckLinksDeps): Promise<CheckLinksResponse> {
  const settings = await deps.readSettings();
  if (!settings.enabled) return { status: 'off' };
  if (!(await deps.hasPermission())) return { status: 'no-permission' };
  const request = readRequest(data);
  if (!request) throw new Error('checkLinks: expected { pageUrl, targets[] }');
  const timeoutMs = deps.options?.timeoutMs ?? LINK_CHECK_DEFAULTS.timeoutMs;
  const run = await checkLinks(request.targets, {
    fetch: deps.fetch,
    pageUrl: request.pageUrl,
    concurrency: deps.options?.concurrency,
    timeoutMs,
    cap: deps.options?.cap,
    signal: deps.signal,
  });
  const findings = linkCheckFindings(run, { overrides: await deps.readOverrides(), timeoutMs });
  const text = run.aborted ? 'The link check was cancelled.' : [runSummary(run, findings), run.note].filter(Boolean).join(' ');
  return { status: 'done', summary: summarizeRun(run, text), findings };
}

/** Registers the `checkLinks` handler in the background worker; returns its remover. */
export function registerLinkChecker(): () => void {
  let current: AbortController | null = null;
  const ownPages = browser.runtime.getURL('/');
  return onLinkMessage('checkLinks', async ({ data, sender }) => {
    if (!sender?.url?.startsWith(ownPages)) throw new Error('checkLinks is only answered to the extension’s own pages');
    current?.abort();
    const ctl = new AbortController();
    current = ctl;
    try {
      return await handleCheckLinks(data, {
        readSettings: readLinkCheckSettings,
        hasPermission: hasLinkCheckPermission,
        readOverrides: async () => (await readSettings()).rules,
        fetch: globalThis.fetch.bind(globalThis),
        signal: ctl.signal,
      });
    } finally {
      if (current === ctl) current = null;
    }
  });
}
