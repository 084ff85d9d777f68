// The link checker's own messages, on a second @webext-core/messaging instance so the shared
// protocol (utils/messaging.ts) stays untouched. Instances coexist: each context's root listener
// answers only the types it has a handler for and lets the others through.
//
//   popup → content script (tabs.sendMessage):  linkTargets (the page's links to check)
//   popup → background (runtime):               checkLinks (check them over the network)
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding } from '../types';
import type { LinkTarget, Verdict } from './check-links';

export interface LinkTargetsResponse {
  /** the page's URL (location.href): links resolve against it, and it decides "same page" */
  pageUrl: string;
  targets: LinkTarget[];
}

export interface CheckLinksRequest {
  pageUrl: string;
  targets: LinkTarget[];
}

/** A short account of a run, for the popup (the findings carry the details). */
export interface LinkRunSummary {
  checked: number;
  /** verdict → how many URLs */
  verdicts: Partial<Record<Verdict, number>>;
  skipped: number;
  overCap: number;
  note: string | null;
  offline: boolean;
  /** one line for people ("12 links checked: 1 broken or failing.") */
  text: string;
}

export type CheckLinksResponse =
  /** the user has not turned the checker on: nothing was fetched */
  | { status: 'off' }
  /** turned on, but the all-sites permission is missing (removed in the browser's settings): nothing was fetched */
  | { status: 'no-permission' }
  | { status: 'done'; summary: LinkRunSummary; findings: Finding[] };

export interface LinkCheckProtocol {
  linkTargets(): LinkTargetsResponse;
  checkLinks(data: CheckLinksRequest): CheckLinksResponse;
}

const quiet = {
  debug() {},
  log() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export const { sendMessage: sendLinkMessage, onMessage: onLinkMessage } = defineExtensionMessaging<LinkCheckProtocol>({ logger: quiet });
