// Popup open → first findings shown, with the production build, the way a user gets it: a click on
// the toolbar button (CDP Extensions.triggerAction, as in scripts/lib/popup.mjs), then the popup
// injects the content script, the page audits, the popup renders the list.
//
// Clock: t0 is taken in Node just before the click; the popup reports the moment its first
// `.cl-finding` is in the DOM and painted (two animation frames later) as performance.timeOrigin +
// performance.now(), i.e. on the same wall clock. We attach to the popup as soon as Chromium
// announces its target; if the findings are already there when we get in, the figure is an upper
// bound and flagged `late`.
import { browserSession, tabTargetOf } from '../../scripts/lib/chromium.mjs';
import { ActionPopup } from '../../scripts/lib/popup.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const wall = () => performance.timeOrigin + performance.now();

/** runs in the popup: resolves when a finding (or a status panel other than loading) is shown */
function waitForFindingsInPopup(maxMs) {
  return new Promise((resolve) => {
    const found = () => document.querySelector('.cl-finding') || document.querySelector('.cl-status:not([data-state="loading"])');
    const finish = (late) => {
      const inDom = performance.timeOrigin + performance.now();
      const sinceOpen = performance.now();
      const el = found();
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          resolve({
            late,
            inDom,
            painted: performance.timeOrigin + performance.now(),
            sinceOpen,
            findings: document.querySelectorAll('.cl-finding').length,
            state: el?.classList.contains('cl-finding') ? 'findings' : el?.getAttribute('data-state') ?? null,
          }),
        ),
      );
    };
    if (found()) return finish(true);
    const mo = new MutationObserver(() => {
      if (found()) {
        mo.disconnect();
        finish(false);
      }
    });
    mo.observe(document, { subtree: true, childList: true });
    setTimeout(() => {
      mo.disconnect();
      resolve(null);
    }, maxMs);
  });
}

/**
 * Opens the popup `times` times over `page` and measures each opening.
 * @param {import('playwright-core').BrowserContext} context persistent context with the extension
 * @param {import('playwright-core').Page} page the seed page
 * @param {string} extensionId
 */
export async function measurePopup(context, page, extensionId, { times = 5, timeout = 15_000 } = {}) {
  const cdp = await browserSession(context);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const results = [];
  try {
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    for (let i = 0; i < times; i++) {
      const tabTarget = await tabTargetOf(cdp, page);
      let onCreated;
      const created = new Promise((resolve) => {
        onCreated = (e) => {
          if (e.targetInfo.type === 'page' && e.targetInfo.url.startsWith(popupUrl)) resolve(e.targetInfo.targetId);
        };
        // the popup's target is announced as type "other" with no URL, then changes to the page
        cdp.on('Target.targetCreated', onCreated);
        cdp.on('Target.targetInfoChanged', onCreated);
      });
      const t0 = wall();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTarget });
      const targetId = await Promise.race([created, sleep(timeout).then(() => null)]);
      cdp.off('Target.targetCreated', onCreated);
      cdp.off('Target.targetInfoChanged', onCreated);
      if (!targetId) throw new Error('The action popup did not open');
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      const popup = new ActionPopup(cdp, sessionId, targetId);
      try {
        let r = null;
        const deadline = Date.now() + timeout;
        while (!r && Date.now() < deadline) {
          // the first evaluations can land in the popup's initial empty document: retry until the
          // real one answers
          r = await popup.evaluate(waitForFindingsInPopup, 2000).catch(() => null);
          if (!r) await sleep(5);
        }
        if (!r) throw new Error('The popup showed no findings in time');
        results.push({
          run: i + 1,
          clickToFindingsMs: Math.round((r.inDom - t0) * 10) / 10,
          clickToPaintMs: Math.round((r.painted - t0) * 10) / 10,
          popupNavToFindingsMs: Math.round(r.sinceOpen * 10) / 10,
          findings: r.findings,
          state: r.state,
          late: r.late,
        });
      } finally {
        // not popup.close(): it would also detach the browser session this loop reuses
        cdp.off('Target.receivedMessageFromTarget', popup.onMessage);
        cdp.off('Target.detachedFromTarget', popup.onDetached);
        popup.closed = true;
        await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      }
      await sleep(300);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  return results;
}
