// Exports from the real toolbar popup in Chromium: each format downloads a file (downloads API,
// Blob URL) named after the site and the audit day, holding the popup's open findings; after a
// dismissal the files leave that finding out and say so.
// Run: npx wxt build && node --test tests/e2e/export.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { ROOT, accessibilityViolations, eventually, openActionPopup, readPopup, startHarness, waitForAudit } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
let tmp;
let downloadDir;
let cdp;

before(async () => {
  // Downloads go where the browser puts them by default (its "Downloads" folder, the XDG download
  // directory on Linux), pointed at a temporary folder for this run. Playwright's own download
  // handling is turned back to the browser's: it would save files under random names and ignore
  // the names the extension asks for.
  tmp = await mkdtemp(path.join(tmpdir(), 'cliniclint-export-'));
  downloadDir = path.join(tmp, 'Downloads');
  await mkdir(path.join(tmp, 'config'), { recursive: true });
  await mkdir(downloadDir);
  await writeFile(path.join(tmp, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
  process.env.XDG_CONFIG_HOME = path.join(tmp, 'config'); // read by the Chromium this file launches
  h = await startHarness();
  cdp = await h.context.browser().newBrowserCDPSession();
  const { defaultBrowserContextId } = await cdp.send('Target.getBrowserContexts');
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default', browserContextId: defaultBrowserContextId });
});

after(async () => {
  await cdp?.detach().catch(() => {});
  await h?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const CSV_HEADERS = ['Severity', 'Category', 'Message', 'Excerpt', 'How to fix', 'Why it matters', 'Page URL', 'Selector', 'Rule', 'Context', 'Scope', 'Help URL', 'Finding ID', 'Page title', 'Audited as of'];

async function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = JSON.parse(await readFile(path.join(ROOT, 'schema/report-v1.schema.json'), 'utf8'));
  return ajv.compile(schema);
}

/** Chooses a format in the popup's export menu and returns the downloaded file (as the downloads API saw it). */
async function exportFrom(popup, format) {
  const before = await h.serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await popup.click('#export');
  await popup.waitFor(() => document.querySelector('#export')?.getAttribute('aria-expanded') === 'true' && !document.querySelector('.cl-menu__panel')?.hidden, { message: 'the export menu to open' });
  await popup.click(`.cl-menu__item[data-format="${format}"]`);
  const item = await eventually(
    async () => {
      const items = await h.serviceWorker.evaluate(async () => chrome.downloads.search({}));
      return items.find((d) => !before.includes(d.id) && d.state === 'complete') ?? null;
    },
    { message: `the ${format} download to complete` },
  );
  assert.equal(path.dirname(item.filename), downloadDir, 'saved in the downloads folder');
  return { ...item, name: path.basename(item.filename), bytes: await readFile(item.filename) };
}

test('the popup exports JSON, CSV, Markdown and HTML of the audit, and the files leave dismissed findings out', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  assert.ok(shown.findings.length >= 3, 'the sample article has findings');

  // The menu: keyboard reachable, labelled, and axe-clean while open.
  await popup.focus('#export');
  await popup.press('ArrowDown');
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('role')), 'menuitem', '↓ opens the menu on its first item');
  const labels = await popup.evaluate(() => [...document.querySelectorAll('#export-menu [role="menuitem"]')].map((b) => b.querySelector('.cl-menu__label').textContent));
  assert.deepEqual(labels, ['Open the full report', 'Check a draft', 'CSV', 'Markdown', 'HTML', 'JSON']);
  assert.deepEqual(await accessibilityViolations(popup), [], 'axe-core: the popup with the export menu open');
  await popup.press('Escape');
  assert.equal(await popup.evaluate(() => document.activeElement?.id), 'export', 'Escape closes the menu and returns to its button');
  assert.equal(await popup.evaluate(() => document.querySelector('#export').getAttribute('aria-expanded')), 'false');

  const host = new URL(h.url('x')).host.replace(':', '-');
  // the page's path in the name: three pages of one site export as three files
  const slug = new URL(page.url()).pathname.replace(/\.html?$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();
  const ids = shown.findings.map((f) => f.id).sort();
  const validate = await validator();

  // JSON: report format v1 (validates against the shipped schema), the popup's findings.
  const json = await exportFrom(popup, 'json');
  const report = JSON.parse(json.bytes.toString('utf8'));
  const day = report.page.auditedAt.slice(0, 10);
  assert.equal(json.name, `cliniclint-${host}-${slug}-${day}.json`);
  assert.equal(json.mime, 'application/json');
  assert.ok(validate(report), `valid report v1: ${JSON.stringify(validate.errors)}`);
  assert.equal(report.page.url, page.url());
  assert.deepEqual(report.findings.map((f) => f.id).sort(), ids, 'the findings the popup lists');
  for (const s of ['error', 'warning', 'info']) assert.equal(report.summary[s], shown.counts[s], `${s} count`);

  // CSV: UTF-8 with a BOM, the contract's columns, one row per finding.
  const csv = await exportFrom(popup, 'csv');
  assert.equal(csv.name, `cliniclint-${host}-${slug}-${day}.csv`);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const rows = Papa.parse(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  assert.deepEqual(rows.errors, []);
  assert.deepEqual(rows.meta.fields, CSV_HEADERS);
  assert.deepEqual(rows.data.map((r) => r['Finding ID']).sort(), ids);
  assert.ok(rows.data.every((r) => r['Page URL'] === page.url()));

  // Markdown: a summary table, then every finding under its category.
  const md = await exportFrom(popup, 'md');
  assert.equal(md.name, `cliniclint-${host}-${slug}-${day}.md`);
  const mdText = md.bytes.toString('utf8');
  assert.match(mdText, /^# Clinic Lint report\n/);
  assert.match(mdText, /\| Category \| Errors \| Warnings \| Notes \| Total \|/);
  for (const f of report.findings) assert.ok(mdText.includes(`\`${f.ruleId}\``), `Markdown lists ${f.ruleId}`);

  // HTML: self-contained, no scripts, every finding, sanitized by DOMPurify in the popup.
  const html = await exportFrom(popup, 'html');
  assert.equal(html.name, `cliniclint-${host}-${slug}-${day}.html`);
  const dom = new JSDOM(html.bytes.toString('utf8'));
  const doc = dom.window.document;
  assert.equal(doc.querySelectorAll('script, iframe, object, embed').length, 0);
  assert.ok(doc.querySelector('meta[http-equiv="Content-Security-Policy"]'), 'a CSP that forbids scripts');
  assert.equal(doc.querySelectorAll('.finding').length, report.findings.length);
  assert.equal(doc.querySelector('h1').textContent, report.page.title);

  // Dismiss one finding: the exports hold the open findings and say what was left out.
  const gone = shown.findings.find((f) => f.category === 'phone') ?? shown.findings[0];
  await popup.click(`[data-finding-id="${gone.id}"] .cl-finding__head`);
  await popup.waitFor((id) => !!document.querySelector(`[data-finding-id="${id}"] .cl-finding__dismiss`), { message: 'the dismiss button' }, gone.id);
  await popup.click(`[data-finding-id="${gone.id}"] .cl-finding__dismiss`);
  await popup.click(`[data-finding-id="${gone.id}"] .cl-dismiss__confirm`);
  await popup.waitFor((id) => !document.querySelector(`.cl-finding[data-finding-id="${id}"]`), { message: 'the finding to leave the list' }, gone.id);
  const note = await popup.evaluate(() => document.querySelector('#export-note')?.textContent ?? '');
  assert.match(note, /1 you dismissed is left out/);

  const json2 = JSON.parse((await exportFrom(popup, 'json')).bytes.toString('utf8'));
  assert.ok(validate(json2), `still valid report v1: ${JSON.stringify(validate.errors)}`);
  assert.ok(!json2.findings.some((f) => f.id === gone.id), 'the dismissed finding is left out');
  const scope = json2.findings.filter((f) => f.ruleId === 'internal/export-scope');
  assert.equal(scope.length, 1, 'one note says so');
  assert.match(scope[0].message, /open findings only: 1 finding you dismissed is left out/);
  assert.equal(scope[0].data.dismissed, 1);
  assert.equal(json2.findings.length, ids.length, 'open findings + the note');

  const csv2 = Papa.parse((await exportFrom(popup, 'csv')).bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  assert.ok(!csv2.data.some((r) => r['Finding ID'] === gone.id));
  assert.ok(csv2.data.some((r) => r.Rule === 'internal/export-scope' && /left out/.test(r.Message)), 'the CSV says so in a row');
  const md2 = (await exportFrom(popup, 'md')).bytes.toString('utf8');
  assert.match(md2, /open findings only: 1 finding you dismissed is left out/);
  const html2 = new JSDOM((await exportFrom(popup, 'html')).bytes.toString('utf8')).window.document;
  assert.match(html2.body.textContent, /open findings only: 1 finding you dismissed is left out/);

  // Same audit, same names: the browser keeps both files.
  const names = (await h.serviceWorker.evaluate(async () => chrome.downloads.search({}))).map((d) => path.basename(d.filename));
  assert.equal(new Set(names).size, names.length, `every download kept: ${names.join(', ')}`);
  assert.equal((await readPopup(popup)).findings.length, shown.findings.length - 1);
});
