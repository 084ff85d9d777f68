// Audit history in real Chromium: each popup audit is saved per origin+path in local storage; after
// the page changes, the next audit shows what is new and what is fixed (popup and report page);
// an unchanged page says so without piling up copies; the report page lists the history, prints,
// and shows a finding in its tab; the options page shows the history's size and clears it.
// Run: npx wxt build && node --test tests/e2e/history.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../scripts/lib/serve.mjs';
import {
  ARTIFACTS,
  DOCS,
  SITE_DIR,
  accessibilityViolations,
  eventually,
  openActionPopup,
  overlayState,
  pageAccessibilityViolations,
  readPopup,
  startHarness,
  waitForAudit,
} from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
/** a site whose page the test rewrites between audits */
let site;
let dir;

const OLD_CTA = 'Call us at 949-945-0927 or book an appointment online anytime.';
const NEW_CTA = 'Call us at <a href="tel:+19499450927">949-945-0927</a> or <a href="/book.html">book an appointment online</a> anytime.';
const NEW_PROBLEM = '<p>Questions about insurance? Our billing line is 949-945-0931, weekdays.</p>';

before(async () => {
  h = await startHarness({ deviceScaleFactor: 2 });
  dir = await mkdtemp(path.join(tmpdir(), 'cliniclint-history-'));
  site = await serveStatic(dir);
});

after(async () => {
  await site?.close();
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const changesState = () => document.querySelector('.cl-changes')?.getAttribute('data-changes') ?? null;

/** The changes section of the popup or the report page, opened, as data. */
const readChanges = () => {
  const box = document.querySelector('.cl-changes');
  if (box instanceof HTMLDetailsElement) box.open = true;
  const items = (list) => [...document.querySelectorAll(`.cl-changes [data-list="${list}"] li`)].map((li) => ({ id: li.dataset.findingId, ruleId: li.dataset.ruleId, text: li.textContent.replace(/\s+/g, ' ').trim() }));
  return { state: box?.getAttribute('data-changes'), added: Number(box?.getAttribute('data-new') ?? 0), fixed: Number(box?.getAttribute('data-fixed') ?? 0), summary: box?.querySelector('summary')?.textContent.replace(/\s+/g, ' ').trim() ?? box?.textContent.trim(), newItems: items('new'), fixedItems: items('fixed') };
};

async function historyKeys() {
  const local = await h.storage('local');
  return Object.fromEntries(Object.entries(local).filter(([k]) => k.startsWith('history:') && !k.endsWith('$')));
}

test('a changed page: the next audit shows what is new and what is fixed; history in the report page and the options page', async (t) => {
  const base = await readFile(path.join(SITE_DIR, 'ketamine-back-pain.html'), 'utf8');
  assert.ok(base.includes(OLD_CTA), 'the sample has the closing call to action this test edits');
  await writeFile(path.join(dir, 'clinic.html'), base);
  const pageUrl = new URL('clinic.html', site.url).href;
  const key = `history:${new URL(pageUrl).origin}/clinic.html`;

  const page = await h.context.newPage();
  t.after(() => page.close());
  await page.goto(`${pageUrl}?utm_source=newsletter`);

  // 1. First audit: saved, nothing to compare with.
  let popup = await openActionPopup(h.context, page, h.extensionId);
  const first = await waitForAudit(popup);
  await popup.waitFor(changesState, { message: 'the history line' });
  assert.equal(await popup.evaluate(changesState), 'first');
  await popup.close();
  let saved = await historyKeys();
  assert.deepEqual(Object.keys(saved), [key], 'one key per origin + path (the query is not part of it)');
  assert.equal(saved[key].length, 1);
  const phone = first.findings.find((f) => f.category === 'phone' && f.excerpt.includes('949-945-0927'));
  const cta = first.findings.find((f) => f.category === 'cta' && /book an appointment online/i.test(`${f.excerpt} ${f.message}`));
  assert.ok(phone && cta, 'the first audit finds the plain-text number and the unlinked booking call to action');

  // 2. The page changes: the number and the booking link are fixed, a new plain number appears.
  await writeFile(path.join(dir, 'clinic.html'), base.replace(OLD_CTA, NEW_CTA).replace('</article>', `${NEW_PROBLEM}</article>`));
  await page.reload();
  popup = await openActionPopup(h.context, page, h.extensionId);
  const second = await waitForAudit(popup);
  await popup.waitFor(() => document.querySelector('.cl-changes')?.getAttribute('data-changes') === 'some', { message: 'new and fixed findings' });
  const changes = await popup.evaluate(readChanges);
  assert.match(changes.summary, /^Since the last audit \(.+\): \d+ new \d+ fixed$/);
  assert.ok(changes.fixedItems.some((i) => i.id === phone.id), `the phone finding is fixed: ${JSON.stringify(changes.fixedItems)}`);
  assert.ok(changes.fixedItems.some((i) => i.id === cta.id), 'the booking call to action is fixed');
  assert.ok(changes.newItems.some((i) => i.text.includes('949-945-0931')), `the new number is new: ${JSON.stringify(changes.newItems)}`);
  assert.equal(changes.added, changes.newItems.length);
  assert.equal(changes.fixed, changes.fixedItems.length);
  const listed = new Set(second.findings.map((f) => f.id));
  for (const i of changes.newItems) assert.ok(listed.has(i.id), 'a new finding is in the list');
  for (const i of changes.fixedItems) assert.ok(!listed.has(i.id), 'a fixed finding is not');
  assert.deepEqual(await accessibilityViolations(popup), [], 'axe-core: the popup with the changes open');
  await popup.screenshot(path.join(ARTIFACTS, 'popup-history-changes.png'));
  saved = await historyKeys();
  assert.equal(saved[key].length, 2, 'two audits of the page');

  // 3. The full report: same changes, the page's history, print view, a finding shown in its tab.
  const opened = h.context.waitForEvent('page');
  await popup.click('#export');
  await popup.click('.cl-menu__item[data-action="full-report"]');
  const report = await opened;
  t.after(() => report.close());
  await report.waitForLoadState();
  assert.match(report.url(), /\/report\.html\?key=/);
  await report.locator('.cl-history__item').nth(1).waitFor();
  assert.equal(await report.locator('.cl-history__item').count(), 2);
  assert.equal(await report.locator('.cl-history__link[aria-current="page"]').count(), 1);
  const inReport = await report.evaluate(readChanges);
  assert.equal(inReport.added, changes.added);
  assert.equal(inReport.fixed, changes.fixed);
  assert.deepEqual(
    await report.locator('.cl-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id')).sort()),
    [...listed].sort(),
    'the report page lists the audit’s findings',
  );
  assert.equal(await report.locator('h1').innerText(), await page.title());
  assert.equal(await report.locator('.page-head__link').getAttribute('href'), `${pageUrl}?utm_source=newsletter`, 'a link back to the page');
  // same filters as the popup
  await report.locator('.cl-count--error .cl-count__button').click();
  assert.ok((await report.locator('.cl-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).every((s) => s === 'error'));
  await report.locator('.cl-filters__status .cl-link').click();
  assert.equal(await report.locator('.cl-finding').count(), listed.size);
  assert.deepEqual(await pageAccessibilityViolations(report), [], 'axe-core: the report page');
  await report.setViewportSize({ width: 1180, height: 900 });
  await report.screenshot({ path: path.join(DOCS, 'report.png') });

  await report.emulateMedia({ media: 'print' });
  const print = await report.evaluate(() => ({
    controls: ['#print', '#export', '.cl-filters', '.side', '.cl-groups'].filter((s) => document.querySelector(s)?.checkVisibility()),
    printed: [...document.querySelectorAll('.cl-print__finding')].filter((el) => el.checkVisibility()).length,
  }));
  assert.deepEqual(print.controls, [], 'no controls (nor the interactive list) on paper');
  assert.equal(print.printed, listed.size, 'every finding written out');
  const pdf = await report.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, 'prints to PDF');
  await report.emulateMedia({ media: 'screen' });

  // "Show in page": the finding is outlined in its tab, which comes to the front.
  const locatable = second.findings.find((f) => f.locatable);
  await report.locator(`.cl-finding[data-finding-id="${locatable.id}"] .cl-finding__head`).click();
  await eventually(async () => (await overlayState(page)).outlines.length > 0, { message: 'the outline in the page' });
  assert.equal(await report.locator(`.cl-finding[data-finding-id="${locatable.id}"] .cl-finding__note`).innerText(), 'Outlined in its tab.');

  // An older audit of the history: its own findings, with a way back to the latest.
  await report.locator('.cl-history__link').nth(1).click();
  await report.waitForURL(/&at=/);
  await report.locator('.notice a').waitFor();
  assert.deepEqual(
    await report.locator('.cl-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id')).sort()),
    first.findings.map((f) => f.id).sort(),
  );
  assert.equal(await report.locator('.cl-changes').getAttribute('data-changes'), 'first');

  // 4. Audited again, unchanged: "no changes", and no second copy in the history.
  popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  await popup.waitFor(changesState, { message: 'the history line' });
  assert.equal(await popup.evaluate(changesState), 'none');
  assert.match(await popup.evaluate(() => document.querySelector('.cl-changes').textContent), /^No changes since the last audit \(.+\)\.$/);
  assert.equal((await historyKeys())[key].length, 2, 'the unchanged audit replaced the latest instead of adding one');
  assert.equal((await readPopup(popup)).findings.length, second.findings.length);

  // 5. Options: the history's size, and "Clear history".
  const options = await h.options();
  t.after(() => options.close());
  const usage = options.locator('#history-usage');
  await usage.waitFor();
  assert.match(await usage.innerText(), /^2 saved audits of 1 page, using [\d.]+ (KB|B) of 4\.0 MB\.$/);
  assert.deepEqual(await pageAccessibilityViolations(options, '#history'), []);
  await options.locator('#clear-history').click();
  await options.locator('.toast', { hasText: 'History cleared' }).waitFor();
  assert.equal(await usage.innerText(), 'No saved audits.');
  assert.deepEqual(await historyKeys(), {});
  assert.equal(await options.locator('#clear-history').isDisabled(), true);
});
