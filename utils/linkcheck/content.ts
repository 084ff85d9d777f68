// The link checker in the content script: answers the popup's `linkTargets` message with the
// page's links to check (gathered fresh by the page engine, classified by targets.ts). Registered
// with one line in entrypoints/content/index.ts, so a newer copy of the content script takes over
// cleanly. Reads no network and no storage but the clinic profile (booking URL patterns decide
// what a booking link is).
import { readSettings } from '../settings/items';
import type { PageEngine } from '../page-engine';
import { onLinkMessage } from './messaging';

/** Time gather may take here, in milliseconds (an audit just ran, so the page is warm). */
const GATHER_MS = 1500;

export function registerLinkTargets(loadEngine: () => Promise<PageEngine>): () => void {
  return onLinkMessage('linkTargets', async () => {
    const [settings, engine] = await Promise.all([readSettings(), loadEngine()]);
    return engine.linkTargets({ settings, budgetMs: GATHER_MS });
  });
}
