// The link checker in the content script: answers the popup's `linkTargets` message with the
// page's links to check (gathered fresh, classified by targets.ts). Registered with one line in
// entrypoints/content/index.ts: `ctx.onInvalidated(registerLinkTargets())`, so a newer copy of the
// content script takes over cleanly. Reads no network and no storage but the clinic profile
// (booking URL patterns decide what a booking link is).
import { gather } from '../gather';
import { readSettings } from '../settings/items';
import { onLinkMessage } from './messaging';
import { linkTargets } from './targets';

/** Time gather may take here, in milliseconds (an audit just ran, so the page is warm). */
const GATHER_MS = 1500;

export function registerLinkTargets(): () => void {
  return onLinkMessage('linkTargets', async () => {
    const settings = await readSettings();
    const facts = gather(document, { url: location.href, deadline: performance.now() + GATHER_MS, clock: () => performance.now() });
    return { pageUrl: location.href, targets: linkTargets(facts, { profile: settings.profile }) };
  });
}
