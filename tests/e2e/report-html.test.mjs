// The HTML report in real Chromium: a report made by the CLI from a page whose text, title and URL
// carry script payloads opens without running anything, loads nothing, and prints with page breaks.
// No extension needed. Run: node --test tests/e2e/report-html.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { ARTIFACTS, ROOT, SITE_DIR } from './helpers.mjs';

const run = promisify(execFile);

// Every payload sets window.__xss or opens a dialog if it ever runs.
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<svg onload="window.__xss=1">',
  '"><iframe srcdoc="<script>parent.__xss=1</script>">',
];
// --url takes no spaces: `<img/src=x/onerror=…>` is the same element to an HTML parser
const HOSTILE_URL = 'https://clinic.example/p"><script>window.__xss=1</script><img/src=x/onerror=alert(1)>';
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><title>${escapeText(PAYLOADS.join(' '))}</title></head>
<body><main><article><h1>Ketamine for depression</h1>
${PAYLOADS.map((p, i) => `<p>${escapeText(p)} Call us at 949-945-09${20 + i}.</p>`).join('\n')}
<p>=HYPERLINK("http://x","y") +cmd|' /C calc'!A0 @SUM(1+1) -2+3 call 949-945-0999</p>
</article></main></body></html>`;

let dir;
let browser;

/** Runs the CLI; exit 1 only means the report has error findings. */
async function cliniclint(...args) {
  try {
    await run(process.execPath, [path.join(ROOT, 'bin/cliniclint.mjs'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
  } catch (err) {
    if (err.code !== 1) throw new Error(`cliniclint ${args.join(' ')} failed (${err.code}): ${err.stderr}`);
  }
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cliniclint-report-'));
  await writeFile(path.join(dir, 'hostile.html'), HOSTILE_PAGE);
  await cliniclint('audit', path.join(dir, 'hostile.html'), '--url', HOSTILE_URL, '--now', '2026-11-26', '--force', '--format', 'html', '--out', path.join(dir, 'one.html'));
  await cliniclint('audit', path.join(dir, 'hostile.html'), path.join(SITE_DIR, 'ketamine-back-pain.html'), path.join(SITE_DIR, 'dental-implants.html'), '--now', '2026-11-26', '--format', 'html', '--quiet', '--out', path.join(dir, 'site.html'));
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CLOSED_NETWORK_FLAGS });
});

after(async () => {
  await browser?.close();
});

/** Opens a page and records every dialog, request and page error. */
async function openWatched(t) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const seen = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return { page, seen };
}

async function assertNothingRan(page, seen, documentUrl) {
  await page.waitForTimeout(500); // give any onerror/onload a chance to fire
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'window.__xss never set');
  const dom = await page.evaluate(() => ({
    scripts: document.scripts.length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    images: document.images.length,
    onAttrs: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    jsUrls: [...document.querySelectorAll('[href], [src]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
    text: document.body.innerText,
  }));
  assert.equal(dom.scripts, 0);
  assert.equal(dom.frames, 0);
  assert.equal(dom.images, 0);
  assert.deepEqual(dom.onAttrs, []);
  assert.equal(dom.jsUrls, 0);
  for (const p of PAYLOADS) assert.ok(dom.text.includes(p), `the payload is shown as text: ${p}`);
  if (documentUrl) assert.deepEqual(seen.requests, [documentUrl], 'nothing but the report itself was loaded');
  assert.deepEqual(seen.errors, []);
}

test('the HTML report of a hostile page opens in Chromium without running anything', async (t) => {
  const { page, seen } = await openWatched(t);
  const url = pathToFileURL(path.join(dir, 'one.html')).href;
  await page.goto(url);
  await assertNothingRan(page, seen, url);
  assert.ok((await page.title()).includes('<script>alert(1)</script>'), 'the page title is shown as text');
  assert.ok((await page.locator('body').innerText()).includes(HOSTILE_URL), 'the page URL is shown as text');
  // the payloads are in the findings too (the context of each unlinked number), not only in the title
  const contexts = await page.locator('.finding').allInnerTexts();
  for (const p of PAYLOADS) assert.ok(contexts.some((c) => c.includes(p)), `a finding shows ${p}`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'report-html.png'), fullPage: true }).catch(() => {});
});

test('it stays inert even without its Content-Security-Policy (the escaping alone is enough)', async (t) => {
  const html = (await readFile(path.join(dir, 'one.html'), 'utf8')).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.ok(!html.includes('Content-Security-Policy'));
  const { page, seen } = await openWatched(t);
  await page.setContent(html, { waitUntil: 'load' });
  await assertNothingRan(page, seen, null);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:')), []);
});

test('the combined report prints to PDF with a page break before each page', async (t) => {
  const { page, seen } = await openWatched(t);
  const url = pathToFileURL(path.join(dir, 'site.html')).href;
  await page.goto(url);
  await assertNothingRan(page, seen, url);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.evaluate(() => [...document.querySelectorAll('section.page-report')].map((s) => getComputedStyle(s).breakBefore));
  assert.deepEqual(breaks, ['page', 'page', 'page']);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 4, `summary + 3 pages, each starting a new sheet (got ${pages} PDF pages)`);
});

test('control: the watcher does see a payload that runs', async (t) => {
  const { page, seen } = await openWatched(t);
  await page.setContent(`<p>x</p>${PAYLOADS[2]}<script>alert(1)</script>`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), 1);
  assert.deepEqual(seen.dialogs, ['alert: 1']);
});
