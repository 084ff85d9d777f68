// "Audit all open tabs of this site" in real Chromium, least privilege: the popup asks for that one
// origin (a user gesture), the report page lists the site's tabs by URL pattern, audits each with
// progress shown, and shows one combined report (per-page sections and a site summary) that
// exports as a site report; the permission is given back afterwards. Tabs of other sites are left
// alone. Run: npx wxt build && node --test tests/e2e/all-tabs.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { serveStatic } from '../../scripts/lib/serve.mjs';
import { ARTIFACTS, ROOT, SITE_DIR, eventually, grantSiteAccess, openActionPopup, pageAccessibilityViolations, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
let other;
let tmp;

const PAGES = ['ketamine-back-pain.html', 'dental-implants.html', 'spravato-first-visit.html'];

before(async () => {
  // Exports land in a temporary "Downloads" folder under their own names (see export.test.mjs).
  tmp = await mkdtemp(path.join(tmpdir(), 'cliniclint-alltabs-'));
  await mkdir(path.join(tmp, 'config'));
  await mkdir(path.join(tmp, 'Downloads'));
  await writeFile(path.join(tmp, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${path.join(tmp, 'Downloads')}"\n`);
  process.env.XDG_CONFIG_HOME = path.join(tmp, 'config');
  h = await startHarness({ deviceScaleFactor: 2 });
  const cdp = await h.context.browser().newBrowserCDPSession();
  const { defaultBrowserContextId } = await cdp.send('Target.getBrowserContexts');
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default', browserContextId: defaultBrowserContextId });
  await cdp.detach();
  // the same sample page on another origin: not part of "this site"
  other = await serveStatic(SITE_DIR);
});

after(async () => {
  await other?.close();
  await h?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('three open tabs of a localhost site become one combined report, with progress, and the permission is given back', async (t) => {
  const pattern = `${h.origin}/*`;
  const tabs = [];
  for (const name of PAGES) tabs.push(await h.open(name));
  const elsewhere = await h.context.newPage();
  await elsewhere.goto(new URL('ketamine-back-pain.html', other.url).href);
  t.after(async () => {
    for (const p of [...tabs, elsewhere]) await p.close().catch(() => {});
  });

  // The browser's prompt cannot be clicked through CDP: the person allows the site in the
  // extension's settings instead, so the request from the click below resolves at once.
  await grantSiteAccess(h.context, h.extensionId, pattern);
  assert.equal(await h.hasOrigin(pattern), false, 'no access to the site before the click');

  // Record the report page's progress as it is drawn (its DOM is replaced by the report at the end).
  await h.context.addInitScript(() => {
    if (!location.pathname.endsWith('/report.html')) return;
    const seen = [];
    Object.defineProperty(window, '__progress', { value: seen });
    new MutationObserver(() => {
      const count = document.querySelector('.cl-progress__count');
      if (!count) return;
      const states = [...document.querySelectorAll('.cl-progress__item')].map((li) => li.getAttribute('data-state')).join(',');
      const entry = `${count.getAttribute('data-finished')}/${count.getAttribute('data-total')} ${states}`;
      if (seen.at(-1) !== entry) seen.push(entry);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });

  const popup = await openActionPopup(h.context, tabs[0], h.extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  const opened = h.context.waitForEvent('page');
  await popup.evaluate(() => (document.querySelector('details.site').open = true)); // the site tools fold to one line
  await popup.click('#audit-site-tabs');
  const report = await opened;
  t.after(() => report.close());
  assert.match(report.url(), /\/report\.html\?site=/);

  // The combined report.
  await report.locator('.site-table').waitFor({ timeout: 20_000 });
  assert.match(report.url(), /\?site=last$/, 'a reload shows this report instead of running again');
  const rows = await report.locator('.site-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-url')));
  assert.deepEqual(rows.sort(), PAGES.map((p) => h.url(p)).sort(), 'exactly the three tabs of this site');
  assert.match(await report.locator('h1').innerText(), new RegExp(`^Open tabs of ${h.origin.replace('http://', '').replace(/\./g, '\\.')}$`));
  assert.match((await report.locator('.page-head__where').first().textContent()).replace(/\s+/g, ' ').trim(), /^3 pages audited .+ · \d+ errors?, \d+ warnings?, \d+ notes?$/);

  // Progress was shown while it ran: every tab went from waiting or auditing to done.
  const drawn = await report.evaluate(() => /** @type {any} */ (window).__progress);
  t.diagnostic(`progress: ${drawn.join(' | ')}`);
  assert.match(drawn[0], /^0\/0 $/, 'first it looks for the tabs');
  const progress = drawn.slice(1);
  assert.ok(progress.length >= 2, `progress drawn more than once: ${JSON.stringify(progress)}`);
  assert.match(progress[0], /^0\/3 /, `starts at 0 of 3: ${progress[0]}`);
  assert.ok(progress.some((p) => /running/.test(p)), 'tabs shown while being audited');
  assert.match(progress.at(-1), /^3\/3 done,done,done$/);

  // Stored as one site report v1, each page also saved to its history.
  const local = await h.storage('local');
  const saved = local.lastSiteReport;
  assert.equal(saved.report.schema, 'cliniclint.site-report/v1');
  assert.equal(saved.report.pages.length, 3);
  assert.equal(saved.report.summary.pages, 3);
  assert.deepEqual(saved.failures, []);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(await readFile(path.join(ROOT, 'schema/report-v1.schema.json'), 'utf8')));
  const validSite = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schema/site-report-v1.schema.json'), 'utf8')));
  assert.ok(validSite(saved.report), JSON.stringify(validSite.errors));
  for (const p of PAGES) assert.ok(local[`history:${h.origin}/${p}`]?.length === 1, `${p} saved to its history`);

  // The same numbers as auditing the first page alone (the popup).
  const alone = (await h.storage('local'))[`history:${h.origin}/${PAGES[0]}`][0].report;
  const first = saved.report.pages.find((p) => p.page.url === h.url(PAGES[0]));
  assert.deepEqual(first.findings.map((f) => f.id).sort(), alone.findings.map((f) => f.id).sort());

  // Per-page sections: choosing a page shows its findings.
  for (const [i, name] of PAGES.entries()) {
    const row = report.locator(`.site-table tbody tr[data-url="${h.url(name)}"] .site-table__page`);
    await row.click();
    assert.equal(await row.getAttribute('aria-current'), 'true');
    const want = saved.report.pages.find((p) => p.page.url === h.url(name));
    assert.equal(await report.locator('.site-page h2.page-head__title').innerText(), want.page.title || want.page.url, `page ${i + 1}`);
    assert.deepEqual(
      await report.locator('.site-page .cl-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id')).sort()),
      want.findings.map((f) => f.id).sort(),
    );
  }
  assert.deepEqual(await pageAccessibilityViolations(report), [], 'axe-core: the site report');
  await report.screenshot({ path: path.join(ARTIFACTS, 'report-site.png'), fullPage: true });

  // Exportable as one file: a site report v1 with the three pages.
  const before = await h.serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await report.locator('#export').click();
  await report.locator('.cl-menu__item[data-format="json"]').click();
  const item = await eventually(async () => {
    const items = await h.serviceWorker.evaluate(async () => chrome.downloads.search({}));
    return items.find((d) => !before.includes(d.id) && d.state === 'complete') ?? null;
  }, { message: 'the site report download' });
  assert.match(path.basename(item.filename), new RegExp(`^cliniclint-${new URL(h.origin).host.replace(':', '-')}-site-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(await readFile(item.filename, 'utf8'));
  assert.ok(validSite(exported), JSON.stringify(validSite.errors));
  assert.deepEqual(exported.pages.map((p) => p.page.url).sort(), rows.sort());

  // Printing writes every page out, each on a new sheet.
  await report.emulateMedia({ media: 'print' });
  await report.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await report.locator('.print-page').nth(2).waitFor({ state: 'attached' });
  const sheets = await report.locator('.print-page').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.deepEqual(sheets, ['page', 'page', 'page']);
  await report.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await report.emulateMedia({ media: 'screen' });

  // Least privilege: the permission was only for the run.
  await eventually(async () => (await h.hasOrigin(pattern)) === false, { message: 'the site permission to be given back' });
  assert.deepEqual(await h.registered(), [], 'nothing registered for the site');
});
