// Auto-audit in real Chromium, on a localhost site: the popup's switch asks for that origin only and
// registers the content script at runtime; other pages of the site then get a badge count without
// the popup; a single-page app is re-audited after history.pushState and stays silent on a view
// that is not a clinic page; turning it off gives the permission back and drops the registration.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, accessibilityViolations, eventually, grantSiteAccess, isolatedWorldState, openActionPopup, readPopup, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  h = await startHarness();
});

after(async () => {
  await h?.close();
});

const switchIs = (checked) => document.querySelector('#auto-audit')?.getAttribute('aria-checked') === String(checked) && !document.querySelector('#auto-audit')?.disabled;

test('auto-audit a localhost site: badge on every page without the popup, re-audit after pushState, silent on other pages, removable', async (t) => {
  const pattern = `${h.origin}/*`;

  // The person allows the site in the browser's extension settings (see grantSiteAccess: the
  // browser's own prompt cannot be clicked through CDP). Nothing is active until the extension asks.
  await grantSiteAccess(h.context, h.extensionId, pattern);
  assert.equal(await h.hasOrigin(pattern), false, 'no host permission before the switch');
  assert.deepEqual(await h.registered(), []);

  // 1. The switch in the popup, clicked for real (a user gesture, which permissions.request needs).
  const first = await h.open('ketamine-back-pain.html');
  t.after(() => first.close());
  let popup = await openActionPopup(h.context, first, h.extensionId);
  let shown = await waitForAudit(popup);
  assert.deepEqual(shown.auto, { checked: false, busy: false });
  await popup.evaluate(() => (document.querySelector('details.site').open = true)); // the site tools fold to one line
  await popup.click('#auto-audit');
  await popup.waitFor(switchIs, { message: 'the switch to turn on' }, true);
  assert.equal(await h.hasOrigin(pattern), true, 'the permission for this origin is active');
  assert.equal(await h.hasOrigin('https://other.example/*'), false, 'and only for this origin');
  const registered = await eventually(async () => {
    const list = await h.registered();
    return list.length ? list : null;
  }, { message: 'the runtime registration' });
  assert.deepEqual(
    registered.map((r) => ({ id: r.id, matches: r.matches, js: r.js })),
    [{ id: 'cliniclint-auto-audit', matches: [pattern], js: ['content-scripts/content.js'] }],
  );
  assert.deepEqual((await h.storage('local')).autoAuditSites, [h.origin]);
  assert.deepEqual(await accessibilityViolations(popup), []);
  await popup.screenshot(path.join(ARTIFACTS, 'popup-auto-audit-on.png'));
  await popup.close();

  // 2. Another page of the site, no popup: the badge shows its count.
  const second = await h.open('dental-implants.html');
  t.after(() => second.close());
  const tab2 = await h.tabId(second);
  const badge = await eventually(async () => (await h.badgeText(tab2)) || null, { message: 'a badge count without opening the popup' });
  assert.match(badge, /^\d+$/);
  // The same count the popup shows for that page.
  popup = await openActionPopup(h.context, second, h.extensionId);
  shown = await waitForAudit(popup);
  assert.equal(badge, String(shown.counts.error + shown.counts.warning), 'badge = errors + warnings in the popup');
  // the switch state is looked up while the audit runs and shown once both are done
  await popup.waitFor(switchIs, { message: 'the switch to show that this site is on' }, true);
  await popup.close();
  assert.deepEqual(await isolatedWorldState(second), { contentScript: true, engine: true }, 'a clinic page gets the audit engine');

  // 2b. A page of the site that is not a clinic page: the small content script looks, finds no
  // clinic, and neither sets a badge nor loads the audit engine.
  const news = await h.open('city-news.html');
  t.after(() => news.close());
  await eventually(async () => (await isolatedWorldState(news)).contentScript || null, { message: 'the content script to run on the news page' });
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await h.badgeText(await h.tabId(news)), '', 'no badge on a page that is not a clinic page');
  assert.deepEqual(await isolatedWorldState(news), { contentScript: true, engine: false }, 'no audit engine on a page that is not a clinic page');

  // 3. A single-page app on the site: re-audited after history.pushState, silent on a news view.
  const app = await h.open('app.html');
  t.after(() => app.close());
  const tab3 = await h.tabId(app);
  const home = await eventually(async () => (await h.badgeText(tab3)) || null, { message: 'the badge of the app’s first view' });
  await app.evaluate(() => (/** @type {any} */ (window).sameDocument = true));
  await app.click('a[data-route="book"]'); // the app calls history.pushState and renders the booking view
  assert.equal(new URL(app.url()).pathname, '/app/book');
  const book = await eventually(async () => {
    const b = await h.badgeText(tab3);
    return b && b !== home ? b : null;
  }, { message: 'the badge to change after pushState' });
  assert.ok(Number(book) > Number(home), `the booking view has more problems (${book} > ${home})`);
  await app.click('a[data-route="news"]');
  await eventually(async () => (await h.badgeText(tab3)) === '', { message: 'the badge to go silent on the news view' });
  assert.equal(await app.evaluate(() => /** @type {any} */ (window).sameDocument), true, 'no page load: SPA navigation only');
  await app.click('a[data-route="home"]');
  await eventually(async () => (await h.badgeText(tab3)) === home, { message: 'the badge of the first view again' });

  // 4. Turning it off in the popup gives the permission back and drops the registration.
  popup = await openActionPopup(h.context, second, h.extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  await popup.evaluate(() => (document.querySelector('details.site').open = true)); // the site tools fold to one line
  await popup.click('#auto-audit');
  await popup.waitFor(switchIs, { message: 'the switch to turn off' }, false);
  assert.equal(await h.hasOrigin(pattern), false, 'permission removed');
  await eventually(async () => (await h.registered()).length === 0, { message: 'the registration to go' });
  assert.deepEqual((await h.storage('local')).autoAuditSites, []);
  assert.equal((await readPopup(popup)).auto?.checked, false);
});
