// Typed messages between the popup and the content script (popup → tab via tabs.sendMessage).
// Built on @webext-core/messaging: one root runtime.onMessage listener per JS context, one handler per
// message type, errors thrown by a handler are re-thrown in the sender.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from './types';

export interface AuditRequest {
  /** run the clinic rules even when the page is not detected as a clinic page ("Audit anyway") */
  force?: boolean;
}

export interface HighlightRequest {
  /** the finding's CSS selector (Finding.selector) */
  selector: string;
  /** short text shown on the outline, e.g. the finding's message */
  label?: string;
}

export interface HighlightResult {
  /** the selector matched an element */
  found: boolean;
  /** the element has a box on screen (not display:none, not zero-sized) */
  visible: boolean;
}

export interface ProtocolMap {
  /** audit the page the content script runs in */
  audit(data: AuditRequest): Report;
  /** scroll to an element and outline it (overlay in a closed shadow root) */
  highlight(data: HighlightRequest): HighlightResult;
  /** remove the outline */
  clear(): void;
}

// Content scripts log into the page's own console: keep the library quiet except for real problems.
const quiet = {
  debug() {},
  log() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: quiet });
