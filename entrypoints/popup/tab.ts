// The popup's browser glue: find the tab, inject the content script, talk to it, set the badge.
// Every browser.* call of the popup lives here; the views in components/ stay pure.
import type { Report } from '@/utils/types';
import { sendMessage, type HighlightResult } from '@/utils/messaging';

export interface TargetTab {
  id: number;
  /** only known when the user granted access to the tab (activeTab) */
  url?: string;
}

/** The tab the popup was opened over (the active tab of the popup's window). */
export async function activeTab(): Promise<TargetTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null || tab.id < 0) throw new Error('No active tab');
  return { id: tab.id, url: tab.url };
}

/**
 * Injects the content script (it replaces an earlier copy of itself) and asks it for an audit.
 * Needs the activeTab grant that the toolbar click gives for this tab.
 */
export async function auditTab(tabId: number, force: boolean): Promise<Report> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  const report = await sendMessage('audit', { force }, tabId);
  if (!report || typeof report !== 'object' || !Array.isArray(report.findings)) throw new Error('No response from the page');
  return report;
}

export function highlightIn(tabId: number, selector: string, label?: string): Promise<HighlightResult> {
  return sendMessage('highlight', { selector, label }, tabId);
}

export function clearIn(tabId: number): Promise<void> {
  return sendMessage('clear', undefined, tabId);
}

/** Badge text for a report: the number of errors and warnings; empty when there are none. */
export function badgeText(summary: Report['summary']): string {
  const count = summary.error + summary.warning;
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Sets the toolbar badge of this tab (the background worker clears it when the tab navigates). */
export async function setBadge(tabId: number, summary: Report['summary']): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: summary.error > 0 ? '#b3261e' : '#8a5300' });
  await browser.action.setBadgeText({ tabId, text: badgeText(summary) });
}
