// Typed messages between the extension's parts, on @webext-core/messaging: one root
// runtime.onMessage listener per JS context, one handler per message type, errors thrown by a
// handler are re-thrown in the sender.
//
//   popup → content script (tabs.sendMessage):   audit, highlight, showAll, clear
//   content script → background (runtime):       badge (auto-audit sets the tab's count),
//                                                 loadEngine (inject /engine.js into the sender's frame)
//   popup/options → background (runtime):        syncAutoAudit (apply the auto-audit sites now)
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Category, Report, Severity } from './types';

export interface AuditRequest {
  /** run the clinic rules even when the page is not detected as a clinic page ("Audit anyway") */
  force?: boolean;
}

/** What the popup shows about a rule next to its findings (the engine's RuleMeta, minus code). */
export interface RuleInfo {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  why: string;
  fix: string;
  helpUrl: string;
}

export interface AuditResponse {
  report: Report;
  /** metadata of the rules that have findings in the report, by rule id */
  rules: Record<string, RuleInfo>;
  /** the "as of" date the audit used, when the settings set one (YYYY-MM-DD) */
  asOf: string | null;
  /** ids of findings whose element is on the page but not shown (a closed menu, a hidden tab) */
  hidden?: string[];
}

/** Where a finding is in the page, as the report describes it. */
export interface TargetSpec {
  /** the finding's CSS selector (Finding.selector) */
  selector: string;
  /** the offending text, to outline the exact words rather than the whole element */
  excerpt?: string;
  /** the text of the block the finding is in (Finding.context) */
  context?: string;
  /** offsets of the offending text in the engine's block text (Finding.data.range) */
  range?: { block: number; start: number; end: number } | null;
}

export interface HighlightRequest extends TargetSpec {
  /** short text shown on the outline, e.g. the finding's message */
  label?: string;
  severity?: Severity;
}

export interface HighlightResult {
  /** the selector matched an element */
  found: boolean;
  /** the element has a box on screen (not display:none, not zero-sized) */
  visible: boolean;
  /** the exact text was outlined (not just its element) */
  text?: boolean;
}

export interface MarkItem extends TargetSpec {
  /** the number shown on the badge (the same number the popup shows next to the finding) */
  n: number;
  severity: Severity;
  label?: string;
}

export interface ShowAllResult {
  /** numbers that got a badge */
  shown: number[];
  /** numbers whose element is gone or hidden */
  missing: number[];
  /** [the number the popup sent, the mark's number in reading order], for every mark shown */
  order?: Array<[number, number]>;
}

export interface BadgeRequest {
  /** severity counts after dismissals; null = clear the badge (page not audited, or not a clinic page) */
  summary: { error: number; warning: number; info: number } | null;
}

export interface ProtocolMap {
  /** audit the page the content script runs in, with the stored settings */
  audit(data: AuditRequest): AuditResponse;
  /** scroll to a finding and outline it (overlay in a closed shadow root) */
  highlight(data: HighlightRequest): HighlightResult;
  /** mark every listed finding with a numbered badge */
  showAll(data: { items: MarkItem[] }): ShowAllResult;
  /** remove outlines and badges */
  clear(): void;
  /** (content → background) set this tab's toolbar badge */
  badge(data: BadgeRequest): void;
  /** (content → background) inject the audit engine into the sender's frame (utils/page-engine.ts) */
  loadEngine(): void;
  /** (popup/options → background) register or unregister the auto-audit content script to match the stored sites and granted permissions */
  syncAutoAudit(): AutoAuditState;
}

export interface AutoAuditState {
  /** sites (origins) whose pages are audited automatically right now */
  active: string[];
}

// Content scripts log into the page's own console: keep the library quiet except for real problems.
const quiet = {
  debug() {},
  log() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: quiet });
