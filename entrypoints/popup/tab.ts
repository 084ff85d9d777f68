// The popup's browser glue: find the tab, reach the content script, talk to it, set the badge,
// auto-audit permission and registration. Every browser.* call of the popup lives here; the views
// in components/ stay pure.
import type { Report } from '@/utils/types';
import {
  sendMessage,
  type AuditResponse,
  type HighlightRequest,
  type HighlightResult,
  type MarkItem,
  type ShowAllResult,
} from '@/utils/messaging';
import { badgeColor, badgeText } from '@/utils/dismiss';
import { ENGINE_SCRIPT } from '@/utils/page-engine';

export interface TargetTab {
  id: number;
  /** only known when the user granted access to the tab (activeTab) */
  url?: string;
}

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The tab the popup was opened over (the active tab of the popup's window). */
export async function activeTab(): Promise<TargetTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null || tab.id < 0) throw new Error('No active tab');
  return { id: tab.id, url: tab.url };
}

function isValid(response: unknown): response is AuditResponse {
  const r = response as AuditResponse | undefined;
  return !!r && typeof r === 'object' && !!r.report && Array.isArray(r.report.findings);
}

/** The engine first, then the content script that uses it (see utils/page-engine.ts). */
export function injectContentScript(tabId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_SCRIPT, CONTENT_SCRIPT] });
}

/**
 * Asks the content script for an audit. It is usually not there yet, so it is injected (it replaces
 * an earlier copy of itself); on auto-audit sites and on a second opening it already answers.
 * Injecting needs the activeTab grant that the toolbar click gives for this tab.
 */
export async function auditTab(tabId: number, force: boolean): Promise<AuditResponse> {
  let response: unknown;
  try {
    response = await sendMessage('audit', { force }, tabId);
  } catch {
    // "Receiving end does not exist": no copy of the content script in this page yet.
    await injectContentScript(tabId);
    response = await sendMessage('audit', { force }, tabId);
  }
  if (!isValid(response)) throw new Error('No response from the page');
  return response;
}

export function highlightIn(tabId: number, request: HighlightRequest): Promise<HighlightResult> {
  return sendMessage('highlight', request, tabId);
}

export function showAllIn(tabId: number, items: MarkItem[]): Promise<ShowAllResult> {
  return sendMessage('showAll', { items }, tabId);
}

export function clearIn(tabId: number): Promise<void> {
  return sendMessage('clear', undefined, tabId);
}

/** Sets the toolbar badge of this tab (the background worker clears it when the tab navigates). Null clears it. */
export async function setBadge(tabId: number, summary: Pick<Report['summary'], 'error' | 'warning' | 'info'> | null): Promise<void> {
  if (summary) await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(summary) });
  await browser.action.setBadgeText({ tabId, text: summary ? badgeText(summary) : '' });
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

// Auto-audit on/off lives in utils/settings/auto-audit.ts (shared with the options page).
export { disableAutoAudit, enableAutoAudit, isAutoAudited } from '@/utils/settings/auto-audit';
