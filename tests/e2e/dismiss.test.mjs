// Dismissals in real Chromium: dismiss one finding with a reason (gone from the list, counted out of
// the badge, listed under "Dismissed", still dismissed when the popup is opened again, restorable),
// and silence a rule for a whole site.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, accessibilityViolations, eventually, openActionPopup, readPopup, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  h = await startHarness();
});

after(async () => {
  await h?.close();
});

const head = (id) => `[data-finding-id="${id}"] .cl-finding__head`;
const isOpen = (id) => document.querySelector(`[data-finding-id="${id}"] .cl-finding__head`)?.getAttribute('aria-expanded') === 'true';

/** Opens a finding, chooses Dismiss…, picks how, types a reason and confirms, all with real clicks and keys. */
async function dismissVia(popup, id, { how = 'finding', reason = '', checkAccessibility = false } = {}) {
  await popup.click(head(id));
  await popup.waitFor(isOpen, { message: 'the finding to open' }, id);
  await popup.click(`[data-finding-id="${id}"] .cl-finding__dismiss`);
  await popup.waitFor((fid) => !!document.querySelector(`[data-finding-id="${fid}"] form.cl-dismiss`), { message: 'the dismiss form' }, id);
  if (how === 'rule') await popup.click(`[data-finding-id="${id}"] input[value="rule"]`);
  if (reason) {
    await popup.focus(`[data-finding-id="${id}"] .cl-dismiss__reason input`);
    await popup.type(reason);
    await popup.screenshot(path.join(ARTIFACTS, `popup-dismiss-form-${how}.png`));
  }
  if (checkAccessibility) assert.deepEqual(await accessibilityViolations(popup), [], 'no accessibility problems in the dismiss form');
  await popup.click(`[data-finding-id="${id}"] .cl-dismiss__confirm`);
  await popup.waitFor((fid) => !document.querySelector(`.cl-finding[data-finding-id="${fid}"]`), { message: 'the finding to leave the list' }, id);
}

test('dismiss one finding with a reason: gone, counted out, still dismissed after reopening, restorable', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const tabId = await h.tabId(page);

  let popup = await openActionPopup(h.context, page, h.extensionId);
  const before = await waitForAudit(popup);
  const phone = before.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  assert.ok(phone, 'the unlinked phone number finding');
  const badgeBefore = await h.badgeText(tabId);

  await dismissVia(popup, phone.id, { reason: 'Call tracking number, checked with the front desk', checkAccessibility: true });
  let shown = await readPopup(popup);
  assert.ok(!shown.findings.some((f) => f.id === phone.id), 'gone from the list');
  assert.equal(shown.counts[phone.severity], before.counts[phone.severity] - 1, `${phone.severity} count down by one`);
  assert.equal(await h.badgeText(tabId), String(Number(badgeBefore) - (phone.severity === 'info' ? 0 : 1)), 'badge counts it out');
  assert.equal(await popup.evaluate(() => document.activeElement?.classList.contains('cl-finding__head')), true, 'focus moved to the next finding');

  // Stored by the finding's stable id under the page (origin + path).
  const { dismissals } = await h.storage('local');
  const pageKey = h.url('ketamine-back-pain.html');
  assert.deepEqual(Object.keys(dismissals.findings[pageKey] ?? {}), [phone.id]);
  assert.equal(dismissals.findings[pageKey][phone.id].reason, 'Call tracking number, checked with the front desk');
  await popup.close();

  // Reopen: still dismissed, listed with its reason under "Dismissed".
  popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  shown = await waitForAudit(popup);
  assert.ok(!shown.findings.some((f) => f.id === phone.id), 'still dismissed after reopening the popup');
  await popup.click('.cl-dismissed__summary');
  shown = await readPopup(popup);
  assert.deepEqual(
    shown.dismissed.map((d) => [d.id, d.reason]),
    [[phone.id, '“Call tracking number, checked with the front desk”']],
  );
  assert.deepEqual(await accessibilityViolations(popup), [], 'no accessibility problems with the Dismissed section open');
  await popup.screenshot(path.join(ARTIFACTS, 'popup-dismissed.png'));

  // Restore: back in the list and in the counts.
  await popup.click(`.cl-dismissed__item[data-finding-id="${phone.id}"] button`);
  await popup.waitFor((id) => !!document.querySelector(`.cl-finding[data-finding-id="${id}"]`), { message: 'the finding to come back' }, phone.id);
  shown = await readPopup(popup);
  assert.equal(shown.counts[phone.severity], before.counts[phone.severity]);
  assert.equal(shown.dismissed.length, 0);
  assert.deepEqual((await h.storage('local')).dismissals.findings, {}, 'nothing left in storage');
  await eventually(async () => (await h.badgeText(tabId)) === badgeBefore, { message: 'the badge to count it again' });
});

test('silence a rule for the site: every finding of that rule goes, on every page of the site, until restored', async (t) => {
  const page = await h.open('long-article.html');
  t.after(() => page.close());
  let popup = await openActionPopup(h.context, page, h.extensionId);
  const before = await waitForAudit(popup);
  const phones = before.findings.filter((f) => f.ruleId === before.findings.find((x) => x.category === 'phone' && /238-4410/.test(x.excerpt))?.ruleId);
  assert.ok(phones.length >= 2, `two findings of the same phone rule on this page (${phones.length})`);
  const ruleId = phones[0].ruleId;

  await dismissVia(popup, phones[0].id, { how: 'rule', reason: 'We use a click-to-call widget' });
  let shown = await readPopup(popup);
  assert.ok(!shown.findings.some((f) => f.ruleId === ruleId), `no ${ruleId} findings left`);
  assert.equal(shown.findings.length, before.findings.length - phones.length);
  await popup.click('.cl-dismissed__summary');
  shown = await readPopup(popup);
  assert.deepEqual(shown.silenced.map((s) => s.ruleId), [ruleId]);
  assert.match(shown.silenced[0].text, new RegExp(`${phones.length} findings on this page · “We use a click-to-call widget”`));
  await popup.close();

  // Another page of the same site: silenced there too.
  const other = await h.open('ketamine-back-pain.html');
  t.after(() => other.close());
  popup = await openActionPopup(h.context, other, h.extensionId);
  t.after(() => popup.close());
  shown = await waitForAudit(popup);
  assert.ok(!shown.findings.some((f) => f.ruleId === ruleId), 'silenced on the other page of the site');
  await popup.click('.cl-dismissed__summary');
  shown = await readPopup(popup);
  assert.deepEqual(shown.silenced.map((s) => s.ruleId), [ruleId]);

  // Restore the rule from there: its findings come back.
  await popup.click(`.cl-dismissed__item[data-rule-id="${ruleId}"] button`);
  await popup.waitFor((id) => !!document.querySelector(`.cl-finding[data-rule-id="${id}"]`), { message: 'the rule’s findings to come back' }, ruleId);
  assert.deepEqual((await h.storage('local')).dismissals.rules, {});
});
