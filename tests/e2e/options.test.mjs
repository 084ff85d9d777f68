// The options page in real Chromium: accessible; a change (rule off, severity override, "as of"
// date, a custom claim) shows in the next audit; a broken settings file is explained and changes
// nothing; an export imports back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS, DOCS, accessibilityViolations, openActionPopup, pageAccessibilityViolations, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  // 2× pixels: the options screenshot goes into the README
  h = await startHarness({ deviceScaleFactor: 2 });
});

after(async () => {
  await h?.close();
});

/** Audits a sample page through the real popup and returns what it shows (the popup is closed again). */
async function auditThroughPopup(name) {
  const page = await h.open(name);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  try {
    return await waitForAudit(popup);
  } finally {
    await popup.close();
    await page.close();
  }
}

const toastSaid = (options, text) => options.locator('.toast', { hasText: text }).waitFor();

test('the options page has no accessibility problems', async (t) => {
  const options = await h.options();
  t.after(() => options.close());
  await options.screenshot({ path: path.join(DOCS, 'options.png') });
  // the whole page, with the claim form open
  await options.click('#add-claim');
  assert.deepEqual(await pageAccessibilityViolations(options), []);
});

test('an options change shows in the next audit: rule off, severity override, "as of" date, custom claim', async (t) => {
  const before = await auditThroughPopup('ketamine-back-pain.html');
  const off = before.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  const lowered = before.findings.find((f) => f.severity === 'error' && f.locatable && f.ruleId !== off?.ruleId);
  assert.ok(off && lowered, 'a phone finding to turn off and an error to make a note');
  assert.ok(!before.notes.some((n) => /as of/i.test(n)));

  const options = await h.options();
  t.after(() => options.close());

  // Rules: one off, one down to Info.
  await options.locator(`[data-rule-id="${off.ruleId}"] input[type="checkbox"]`).uncheck();
  await toastSaid(options, 'off');
  await options.locator(`[data-rule-id="${lowered.ruleId}"] select`).selectOption('info');
  await toastSaid(options, 'severity');

  // Clinic profile: audit as of a past date.
  await options.locator('#as-of').fill('2025-06-01');
  await options.click('#save-profile');
  await toastSaid(options, 'Clinic profile saved');

  // A custom claim about text on the page.
  await options.click('#add-claim');
  const form = options.locator('form[aria-label="New claim"]');
  await form.getByLabel('Words on the page (pattern)').fill('booster infusions?');
  await form.getByLabel('What is true now').fill('We stopped offering booster infusions in 2025; follow-up is a maintenance plan.');
  await form.locator('#claim-severity').selectOption('error');
  await options.click('#save-claim');
  await toastSaid(options, 'New claim saved');
  await options.locator('.claim', { hasText: 'booster infusions?' }).waitFor();

  const { settings } = await h.storage('sync');
  assert.deepEqual(settings.rules[off.ruleId], { enabled: false });
  assert.deepEqual(settings.rules[lowered.ruleId], { severity: 'info' });
  assert.equal(settings.asOf, '2025-06-01');
  assert.equal(settings.claims.length, 1);
  await options.close();

  const after = await auditThroughPopup('ketamine-back-pain.html');
  assert.ok(!after.findings.some((f) => f.ruleId === off.ruleId), `${off.ruleId} is off`);
  const again = after.findings.filter((f) => f.ruleId === lowered.ruleId);
  assert.ok(again.length > 0 && again.every((f) => f.severity === 'info'), `${lowered.ruleId} findings are now Info`);
  assert.ok(after.notes.some((n) => /Audited as of June 1, 2025/.test(n)), `the "as of" note; notes: ${after.notes}`);
  const claim = after.findings.find((f) => /booster infusion/i.test(f.excerpt) && f.severity === 'error');
  assert.ok(claim, `the custom claim is reported; findings: ${after.findings.map((f) => `${f.ruleId} ${f.excerpt}`).join(' | ')}`);
  assert.match(claim.message, /maintenance plan/);
});

test('importing a broken settings file shows what is wrong and changes nothing; an export imports back', async (t) => {
  const options = await h.options();
  t.after(() => options.close());
  // Some settings to protect.
  await options.locator('#as-of').fill('2026-01-15');
  await options.click('#save-profile');
  await toastSaid(options, 'Clinic profile saved');
  const stored = await h.storage('sync');

  const importFile = async (name, text) => {
    await options.setInputFiles('#import-settings', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  // Not JSON at all.
  await importFile('settings.json', '{ "schema": "cliniclint.settings", "version": 2, ');
  const alert = options.locator('.problems[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /settings\.json was not imported; nothing changed/);
  assert.match(await alert.innerText(), /not valid JSON/);
  assert.deepEqual(await h.storage('sync'), stored, 'settings unchanged');

  // Valid JSON, bad values: every problem listed, nothing changed.
  await importFile(
    'team.json',
    JSON.stringify({ schema: 'cliniclint.settings', version: 2, settings: { rules: { 'no/such-rule': { enabled: false } }, profile: { reviewCycleMonths: 'often' }, asOf: '15/01/2026' } }),
  );
  await options.locator('.problems', { hasText: 'team.json' }).waitFor();
  const problems = await options.locator('.problems li').allInnerTexts();
  assert.equal(problems.length, 3, `three problems: ${problems.join(' | ')}`);
  assert.ok(problems.some((p) => /unknown rule "no\/such-rule"/.test(p)));
  assert.ok(problems.some((p) => /reviewCycleMonths/.test(p)));
  assert.ok(problems.some((p) => /asOf/.test(p)));
  assert.deepEqual(await h.storage('sync'), stored, 'settings unchanged');
  assert.deepEqual(await pageAccessibilityViolations(options, '#transfer'), [], 'the error message is accessible');
  await options.locator('#transfer').screenshot({ path: path.join(ARTIFACTS, 'options-import-error.png') });

  // Export, change something, import the export: back as it was.
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-settings')]);
  const exported = await readFile(await download.path(), 'utf8');
  assert.match(download.suggestedFilename(), /^cliniclint-settings-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(exported).settings.asOf, '2026-01-15');
  await options.locator('#as-of').fill('2024-12-31');
  await options.click('#save-profile');
  await toastSaid(options, 'Clinic profile saved');
  await importFile('exported.json', exported);
  await options.locator('.done', { hasText: 'Imported exported.json' }).waitFor();
  assert.deepEqual((await h.storage('sync')).settings, stored.settings, 'the export restored the settings');
  assert.equal(await options.locator('#as-of').inputValue(), '2026-01-15', 'the form shows the imported settings');
});

test('the popup passes axe-core with settings in effect (the "as of" note)', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  assert.ok(shown.notes.some((n) => /as of/i.test(n)));
  assert.deepEqual(await accessibilityViolations(popup), []);
});
