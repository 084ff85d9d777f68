// End to end in real Chromium: the built extension, the real toolbar popup, sample clinic pages.
// Run: npx wxt build && node --test tests/e2e/
//
// activeTab: the extension has no host permissions, so it may script a page only after the user
// clicks its toolbar button on that page. The tests click it the way Chromium allows automation to:
// CDP Extensions.triggerAction on the page's tab target, which grants activeTab and opens the real
// popup (see scripts/lib/popup.mjs). No test-only permission or code path is in the build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  ARTIFACTS,
  accessibilityViolations,
  OVERLAY_TAG,
  eventually,
  openActionPopup,
  overlayState,
  pageHtml,
  readManifest,
  startHarness,
  waitForAudit,
} from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  h = await startHarness();
});

after(async () => {
  await h?.close();
});

const SEVERITIES = ['error', 'warning', 'info'];
/** runs in the popup (serialised: takes the id as an argument) */
const isSelected = (id) => document.querySelector(`[data-finding-id="${id}"]`)?.classList.contains('cl-finding--selected');

test('the manifest asks for activeTab, scripting and storage only, with no host permissions', async () => {
  const manifest = await readManifest();
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.ok(!manifest.content_scripts?.length, 'the content script is injected on demand, never declared');
  assert.equal(manifest.action?.default_popup, 'popup.html');
});

test('the popup audits the article tab, lists its problems, and outlines one in the page', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const tabId = await h.tabId(page);
  const markupBefore = await pageHtml(page);

  // Least privilege: before the toolbar click the extension cannot touch the page.
  await assert.rejects(
    h.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title }), tabId),
    /Cannot access|permission/i,
  );

  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  await popup.screenshot(path.join(ARTIFACTS, 'popup-article.png'));

  assert.equal(shown.title, await page.title());
  assert.equal(shown.kind, 'clinic-article', `page kind shown: ${shown.kindLabel}`);
  assert.match(shown.confidence, /^\d{1,3}% confidence$/);
  assert.ok(shown.findings.length > 0, `findings listed; popup states: ${JSON.stringify(shown.states)}`);

  const describe = () => shown.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message} [${f.excerpt}]`).join('\n');
  const phone = shown.findings.find((f) => f.category === 'phone' && /949-945-0927/.test(`${f.excerpt} ${f.message}`));
  assert.ok(phone, `a phone finding for the unlinked 949-945-0927; listed:\n${describe()}`);
  const cta = shown.findings.find((f) => f.category === 'cta' && /book an appointment online/i.test(`${f.excerpt} ${f.message}`));
  assert.ok(cta, `a cta finding for the unlinked "book an appointment online"; listed:\n${describe()}`);
  for (const f of shown.findings) {
    assert.ok(SEVERITIES.includes(f.severity), `severity of ${f.ruleId}`);
    assert.ok(f.message, `message of ${f.ruleId}`);
  }

  // The counts agree with the list, the list is grouped in the fixed category order, and the
  // badge shows errors + warnings.
  for (const severity of SEVERITIES) {
    assert.equal(shown.counts[severity], shown.findings.filter((f) => f.severity === severity).length, `${severity} count`);
  }
  const order = ['stale', 'cta', 'phone', 'claims', 'trust', 'links', 'internal'];
  const categories = [...new Set(shown.findings.map((f) => f.category))];
  assert.deepEqual(categories, [...categories].sort((a, b) => order.indexOf(a) - order.indexOf(b)), 'groups in category order');
  assert.deepEqual(await accessibilityViolations(popup), [], 'axe-core finds no accessibility problems in the popup');
  const expectedBadge = shown.counts.error + shown.counts.warning;
  assert.equal(await h.badgeText(tabId), expectedBadge > 0 ? String(expectedBadge) : '');

  // Click the phone finding: the page scrolls to it and gets an outline in a closed shadow root.
  assert.ok(phone.locatable, 'the phone finding points at an element');
  await popup.click(`[data-finding-id="${phone.id}"] button.cl-finding__head`);
  await popup.waitFor(isSelected, { message: 'the finding to be selected' }, phone.id);
  const overlay = await eventually(
    async () => {
      const state = await overlayState(page);
      return state.hosts === 1 && state.box ? state : null;
    },
    { message: 'the overlay host' },
  );
  assert.equal(overlay.parent, 'HTML', 'the host hangs off <html>, outside the page body');
  assert.equal(overlay.shadowRootType, 'closed');
  assert.equal(await page.locator(OVERLAY_TAG).count(), 1);

  // The outline sits on the paragraph with the number, scrolled into view.
  const target = await eventually(
    async () => {
      const [state, rect] = await Promise.all([
        overlayState(page),
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Call us at 949-945-0927'));
          if (!p) return null;
          const r = p.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, viewport: innerHeight };
        }),
      ]);
      if (!rect || !state.box) return null;
      const b = state.box;
      const overlaps = b.left < rect.right && b.right > rect.left && b.top < rect.bottom && b.bottom > rect.top;
      return overlaps && rect.top >= 0 && rect.bottom <= rect.viewport ? { rect, box: b } : null;
    },
    { message: 'the outline over the paragraph with 949-945-0927, in view' },
  );
  assert.ok(target.box.right - target.box.left > 0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-highlight.png') });

  // Apart from the overlay host, the page's DOM is exactly what it was before the audit.
  assert.equal(await pageHtml(page), markupBefore, 'no attribute, class or style added to page elements');

  // Clicking the selected finding again takes the outline away.
  await popup.click(`[data-finding-id="${phone.id}"] button.cl-finding__head`);
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'the overlay to go' });
  assert.equal(await pageHtml(page), markupBefore);

  // A new page in the tab clears the badge (background worker).
  await page.reload();
  await eventually(async () => (await h.badgeText(tabId)) === '', { message: 'the badge to clear on navigation' });
});

test('injecting the content script again replaces the old copy instead of adding a second one', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const tabId = await h.tabId(page);

  const first = await openActionPopup(h.context, page, h.extensionId);
  const firstShown = await waitForAudit(first);
  await first.close();

  // Second popup = second injection; a third copy straight from the service worker (activeTab
  // is still granted for this tab until it navigates).
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  await h.serviceWorker.evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }),
    tabId,
  );
  assert.deepEqual(
    shown.findings.map((f) => f.id),
    firstShown.findings.map((f) => f.id),
    'same findings (stable ids) on the second audit',
  );

  // One copy answers: a highlight draws exactly one overlay (two listeners would draw two).
  const finding = shown.findings.find((f) => f.locatable);
  assert.ok(finding, 'a finding with an element');
  await popup.click(`[data-finding-id="${finding.id}"] button.cl-finding__head`);
  await popup.waitFor(isSelected, { message: 'the finding to be selected' }, finding.id);
  await eventually(async () => (await overlayState(page)).hosts >= 1, { message: 'the overlay' });
  await new Promise((r) => setTimeout(r, 300)); // give a (wrong) second copy time to draw
  assert.equal((await overlayState(page)).hosts, 1);
});

test('a page that is not a clinic page: says so and offers "Audit anyway"', async (t) => {
  const page = await h.open('city-news.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());

  const shown = await waitForAudit(popup);
  const notice = shown.states.find((s) => s.state === 'notice');
  assert.ok(notice, `a notice; states: ${JSON.stringify(shown.states)}`);
  assert.match(notice.title, /doesn.t look like a clinic page/i);
  assert.deepEqual(notice.actions, ['Audit anyway']);
  assert.deepEqual(await accessibilityViolations(popup), []);

  await popup.click('.cl-status--notice .cl-status__actions button');
  const forced = await waitForAudit(popup);
  assert.equal(forced.kind, 'other');
  assert.ok(forced.notes.some((n) => /audited anyway/i.test(n)), `the "audited anyway" note; notes: ${forced.notes}`);
  assert.ok(!forced.states.some((s) => s.state === 'notice'), 'no notice after "Audit anyway"');
  for (const severity of SEVERITIES) {
    assert.equal(forced.counts[severity], forced.findings.filter((f) => f.severity === severity).length);
  }
});

test('a browser page that extensions may not read: the popup explains instead of failing', async (t) => {
  const page = await h.context.newPage();
  t.after(() => page.close());
  await page.goto('chrome://version/');
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());

  const shown = await waitForAudit(popup);
  const error = shown.states.find((s) => s.state === 'error');
  assert.ok(error, `an error state; states: ${JSON.stringify(shown.states)}`);
  assert.match(error.title, /can.t check this page/i);
  assert.match(error.text, /browser page/i);
  assert.equal(shown.findings.length, 0);
  assert.deepEqual(await accessibilityViolations(popup), []);
  await popup.screenshot(path.join(ARTIFACTS, 'popup-browser-page.png'));
});
