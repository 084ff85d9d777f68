// Settings and history are never lost, in real Chromium with the built extension:
// - the browser's storage for the extension full (storage.local filled up to its 10 MB quota):
//   the popup still shows the audit, says the history and a dismissal were not saved and why,
//   and what was stored before is kept;
// - sync storage full (storage.sync filled up to its 100 KB quota): saving or importing settings
//   says so and changes nothing;
// - a hostile settings file (prototype-pollution keys, deep nesting, 5 MB, wrong types) is refused
//   by the options page with its reasons, and changes nothing.
// Run: npx wxt build && node --test tests/e2e/storage-and-settings.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, openActionPopup, readPopup, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  h = await startHarness();
});

after(async () => {
  await h?.close();
});

const head = (id) => `[data-finding-id="${id}"] .cl-finding__head`;
const storageAlert = () => document.querySelector('.storage-error[role="alert"]')?.textContent ?? null;

/**
 * Fills a storage area up to its quota, from the service worker, leaving `room` bytes free, and
 * checks that a write of more than that is refused. Returns the filler keys.
 */
async function fillUp(area, room) {
  return h.serviceWorker.evaluate(
    async ([a, free]) => {
      const s = chrome.storage[a];
      const perItem = s.QUOTA_BYTES_PER_ITEM ?? Infinity;
      const keys = [];
      for (let i = 0; ; i++) {
        const left = s.QUOTA_BYTES - (await s.getBytesInUse(null)) - free;
        const key = `filler${i}`;
        // bytes of an item = key length + JSON length of the value (the string's quotes included)
        const size = Math.min(left - key.length - 2, perItem - key.length - 2);
        if (size <= 0) break;
        await s.set({ [key]: 'x'.repeat(size) });
        keys.push(key);
      }
      let refused = null;
      await s.set({ probe: 'y'.repeat(free + 16) }).catch((e) => (refused = String(e?.message ?? e)));
      return { keys, used: await s.getBytesInUse(null), quota: s.QUOTA_BYTES, refused };
    },
    [area, room],
  );
}

const emptyOut = (area, keys) => h.serviceWorker.evaluate(([a, k]) => chrome.storage[a].remove(k), [area, keys]);

test('with the browser\'s storage for the extension full, the popup still lists the audit and says the history and a dismissal were not saved; what was saved before is kept', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());

  // A first audit is saved normally (history kept from before the storage filled up).
  let popup = await openActionPopup(h.context, page, h.extensionId);
  await waitForAudit(popup);
  await popup.waitFor(() => document.querySelector('.cl-changes')?.getAttribute('data-changes') === 'first', { message: 'the first audit to be saved' });
  const savedHistory = async () => Object.fromEntries(Object.entries(await h.storage('local')).filter(([k]) => k.startsWith('history:')));
  const historyBefore = await eventually(async () => {
    const saved = await savedHistory();
    return Object.keys(saved).length === 1 ? saved : null;
  }, { message: 'one page in the history' });
  await popup.close();

  const filled = await fillUp('local', 64);
  t.after(() => emptyOut('local', filled.keys));
  assert.match(filled.refused ?? '', /quota/i, `the browser refuses writes now (${filled.used} of ${filled.quota} bytes used)`);

  // Change the page so the next audit is a new history entry (which cannot be written).
  await page.evaluate(() => document.querySelector('.entry-content').insertAdjacentHTML('beforeend', '<p>Our billing line is 949-945-0931.</p>'));
  popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  assert.ok(shown.findings.length > 0, 'the findings are listed');
  const message = await popup.waitFor(storageAlert, { message: 'the storage-full message' });
  assert.match(message, /^Couldn’t save this audit to the history: your browser’s storage for Clinic Lint is full\. Clear the audit history in Settings/);
  assert.deepEqual(await savedHistory(), historyBefore, 'the history saved before is kept as it was');

  // "Open the full report" cannot show an audit that was not saved: the popup stays, with the message.
  const tabs = h.context.pages().length;
  await popup.click('#export');
  await popup.waitFor(() => document.querySelector('#export')?.getAttribute('aria-expanded') === 'true', { message: 'the export menu' });
  await popup.click('.cl-menu__item[data-action="full-report"]');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(h.context.pages().length, tabs, 'no report tab opened');
  assert.ok(!popup.closed, 'the popup is still open');
  assert.match(await popup.evaluate(storageAlert), /this audit to the history/);

  // Dismissing a finding: refused, said so, the finding stays in the list.
  const phone = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  assert.ok(phone);
  await popup.click(head(phone.id));
  await popup.waitFor((id) => document.querySelector(`[data-finding-id="${id}"] .cl-finding__head`)?.getAttribute('aria-expanded') === 'true', { message: 'the finding to open' }, phone.id);
  await popup.click(`[data-finding-id="${phone.id}"] .cl-finding__dismiss`);
  await popup.waitFor((id) => !!document.querySelector(`[data-finding-id="${id}"] form.cl-dismiss`), { message: 'the dismiss form' }, phone.id);
  await popup.click(`[data-finding-id="${phone.id}"] .cl-dismiss__confirm`);
  await popup.waitFor(() => /the dismissal/.test(document.querySelector('.storage-error')?.textContent ?? ''), { message: 'the dismissal message' });
  assert.match(await popup.evaluate(storageAlert), /^Couldn’t save the dismissal: your browser’s storage for Clinic Lint is full/);
  const after = await readPopup(popup);
  assert.ok(after.findings.some((f) => f.id === phone.id), 'the finding is still listed (it was not dismissed)');
  assert.equal(after.dismissed.length, 0, 'nothing listed as dismissed');
  assert.equal((await h.storage('local')).dismissals, undefined, 'nothing stored');
  assert.deepEqual(popup.logs.filter((l) => /^uncaught/.test(l)), [], 'no uncaught error in the popup');

  // Room again: the same dismissal goes through and the message goes.
  await emptyOut('local', filled.keys);
  await popup.click(head(phone.id));
  await popup.waitFor((id) => document.querySelector(`[data-finding-id="${id}"] .cl-finding__head`)?.getAttribute('aria-expanded') === 'true', { message: 'the finding to open again' }, phone.id);
  await popup.click(`[data-finding-id="${phone.id}"] .cl-finding__dismiss`);
  await popup.waitFor((id) => !!document.querySelector(`[data-finding-id="${id}"] form.cl-dismiss`), { message: 'the dismiss form' }, phone.id);
  await popup.click(`[data-finding-id="${phone.id}"] .cl-dismiss__confirm`);
  await popup.waitFor((id) => !document.querySelector(`.cl-finding[data-finding-id="${id}"]`), { message: 'the finding to be dismissed' }, phone.id);
  const still = await popup.evaluate(storageAlert);
  assert.doesNotMatch(still ?? '', /dismissal/, 'the dismissal message is gone');
  assert.match(still ?? '', /^Couldn’t save this audit to the history/, 'the audit on screen is still not in the history, and the popup still says so');
  assert.ok((await h.storage('local')).dismissals, 'the dismissal is stored');
});

test('with sync storage full, saving or importing settings says so and changes nothing', async (t) => {
  const options = await h.options();
  t.after(() => options.close());
  const stored = await h.storage('sync');
  const filled = await fillUp('sync', 32);
  t.after(() => emptyOut('sync', filled.keys));
  assert.match(filled.refused ?? '', /quota/i, `sync storage refuses writes now (${filled.used} of ${filled.quota} bytes used)`);

  // Saving the clinic profile.
  await options.locator('#as-of').fill('2026-01-15');
  await options.click('#save-profile');
  const toast = options.locator('.toast', { hasText: 'Couldn’t save the settings' });
  await toast.waitFor();
  assert.match(await toast.innerText(), /sync storage for Clinic Lint is full\. Remove some custom claims in Settings, then try again\. Nothing was changed\./);

  // Importing a good file.
  const good = JSON.stringify({ schema: 'cliniclint.settings', version: 2, settings: { asOf: '2025-06-01' } });
  await options.setInputFiles('#import-settings', { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  const problems = options.locator('.problems', { hasText: 'team.json' });
  await problems.waitFor();
  assert.match(await problems.innerText(), /not imported; nothing changed[\s\S]*sync storage for Clinic Lint is full/);

  const { settings, settings$ } = await h.storage('sync');
  assert.deepEqual(settings, stored.settings, 'the stored settings are as they were');
  // WXT writes an item's version marker (`settings$`, 16 bytes) beside a first value in a separate
  // write, which can fit where the value did not: harmless, it names the version this build reads.
  assert.ok(settings$ === undefined || settings$.v === 2, `version marker: ${JSON.stringify(settings$)}`);
});

test('a hostile settings file (__proto__, constructor, deep nesting, 5 MB, wrong types) is refused by the options page with its reasons and changes nothing', async (t) => {
  const options = await h.options();
  t.after(() => options.close());
  await options.locator('#as-of').fill('2026-01-15');
  await options.click('#save-profile');
  await options.locator('.toast', { hasText: 'Clinic profile saved' }).waitFor();
  const stored = await h.storage('sync');
  const deep = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const cases = [
    ['proto.json', '{"__proto__":{"polluted":"yes"},"rules":{}}', /"__proto__" is not a setting/],
    ['ctor.json', '{"schema":"cliniclint.settings","version":2,"settings":{"constructor":{"prototype":{"polluted":"yes"}}}}', /"constructor" is not a setting/],
    ['profile.json', '{"schema":"cliniclint.settings","version":2,"settings":{"profile":{"__proto__":{"phones":["+1 555 0100"]}}}}', /profile: "__proto__" is not a setting/],
    ['deep.json', `{"schema":"cliniclint.settings","version":2,"settings":{"claims":[{"id":"c","pattern":"x","fact":"y","sources":${deep(50_000)}}]}}`, /claims\[0\]\.sources must be a list of strings/],
    ['types.json', '{"schema":"cliniclint.settings","version":2,"settings":{"rules":[],"profile":"x","claims":{},"asOf":5}}', /rules must be an object/],
    ['huge.json', `{"settings":"${'x'.repeat(5 * 1024 * 1024)}"}`, /huge\.json is 5\d{3} KB; a settings file is a few KB\. Nothing was changed\./],
  ];
  for (const [name, text, why] of cases) {
    await options.setInputFiles('#import-settings', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const box = options.locator('.problems', { hasText: name });
    await box.waitFor();
    assert.match(await box.innerText(), why, name);
    assert.deepEqual(await h.storage('sync'), stored, `${name}: settings unchanged`);
  }
  assert.equal(await options.evaluate(() => /** @type {any} */ ({}).polluted), undefined, 'nothing polluted in the options page');
  assert.equal(await options.locator('#as-of').inputValue(), '2026-01-15', 'the form still shows the settings');
  await eventually(async () => (await h.storage('sync')).settings?.asOf === '2026-01-15', { message: 'the saved settings' });
});
