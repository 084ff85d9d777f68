// The opt-in link checker in real Chromium, on a local site: off by default (an audit sends no
// request for the page's links); turned on in the options page (a real click, which asks for the
// all-sites permission); then the popup shows "Checking 4 links…" and merges the broken booking
// link (404) and the removed guide (410) into the report as real findings, with the badge counting
// them; tel:, mailto:, the #fragment, the menu and the footer are never requested; turning it off
// gives the permission back and the next audit sends nothing again; with the permission taken away
// in the browser, the popup and the options page say so and nothing is requested.
//
// Runs on the build in .output/chrome-mv3 (npm run test:e2e), or on CLINICLINT_EXTENSION_PATH.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import path from 'node:path';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import {
  ARTIFACTS,
  EXTENSION_PATH,
  accessibilityViolations,
  eventually,
  extensionTabIdOf,
  grantSiteAccess,
  openActionPopup,
  pageAccessibilityViolations,
  readPopup,
  waitForAudit,
} from './helpers.mjs';

const ALL_SITES = '*://*/*';

/** The article: a booking button, a source on another host, two in-article links, tel:, mailto:, a #fragment, a menu and a footer. */
const page = (port) => `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Ketamine therapy for depression | Example Clinic</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Example Clinic","telephone":"+1-949-945-0927"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ketamine therapy for depression","datePublished":"2026-10-01","dateModified":"2026-10-01","author":{"@type":"Person","name":"Dr. Ana Ruiz, MD"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/services">Services</a></nav><a class="btn" href="/book-online">Book an appointment</a></header>
<main><article>
<h1>Ketamine therapy for depression</h1>
<p>By Dr. Ana Ruiz, MD · Updated October 1, 2026</p>
<p>Ketamine infusions are used off-label for treatment-resistant depression at our clinic. Patients receive a series of infusions under medical supervision.</p>
<p>Esketamine nasal spray was approved by the FDA in 2019 (<a href="http://localhost:${port}/studies/esketamine-2019">FDA announcement</a>). Read our <a href="/blog/old-guide">guide to Spravato</a> and the <a href="/blog/first-visit">first-visit checklist</a>.</p>
<p>Call <a href="tel:+19499450927">949-945-0927</a> or email <a href="mailto:info@clinic.example">info@clinic.example</a>. See <a href="#faq">the FAQ</a>.</p>
<h2 id="faq">FAQ</h2>
<p>Most patients need six infusions over two to three weeks.</p>
</article></main>
<footer><p>© 2026 Example Clinic · <a href="/privacy">Privacy</a></p></footer>
</body></html>`;

let server;
let port;
/** "HEAD /book-online", in arrival order */
const requests = [];
let context;
let extensionId;
let serviceWorker;

before(async () => {
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${pathname}`);
    const html = (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
    switch (pathname) {
      case '/blog/ketamine':
        return html(page(port));
      case '/book-online':
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      case '/blog/old-guide':
        return res.writeHead(410).end();
      case '/blog/first-visit':
        // slow enough for the popup's "Checking…" line to be seen
        return setTimeout(() => html('<p>First visit</p>'), 1500);
      case '/studies/esketamine-2019':
        return res.writeHead(301, { location: '/studies/esketamine' }).end();
      case '/studies/esketamine':
        return html('<p>Study</p>');
      case '/favicon.ico':
        return res.writeHead(204).end();
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  ({ context, extensionId, serviceWorker } = await launchWithExtension({ extensionPath: process.env.CLINICLINT_EXTENSION_PATH || EXTENSION_PATH }));
});

after(async () => {
  await context?.close().catch(() => {});
  server?.closeAllConnections?.();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const sw = (fn, arg) => serviceWorker.evaluate(fn, arg);
const hasAllSites = () => sw((p) => chrome.permissions.contains({ origins: [p] }), ALL_SITES);
/** requests for anything but the article itself (the link checks) */
const checks = () => requests.filter((r) => !r.endsWith(' /blog/ketamine') && !r.endsWith(' /favicon.ico'));

async function openArticle() {
  const article = await context.newPage();
  await article.goto(`http://127.0.0.1:${port}/blog/ketamine`);
  return article;
}

async function openOptions() {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#link-check-switch').waitFor();
  return options;
}

test('link checker: off by default, on from the options page, broken links reported in the popup, off again, permission lost', async (t) => {
  // 1. Off by default: nothing stored, no permission, an audit sends no request for the links.
  assert.equal((await sw(() => chrome.storage.local.get(null))).linkCheck, undefined);
  assert.equal(await hasAllSites(), false);
  let article = await openArticle();
  let popup = await openActionPopup(context, article, extensionId);
  let shown = await waitForAudit(popup);
  assert.equal(shown.kind, 'clinic-article');
  await new Promise((r) => setTimeout(r, 500)); // a check, if there were one, would have started
  assert.equal(await popup.evaluate(() => document.querySelectorAll('[data-link-check]').length), 0);
  assert.deepEqual(checks(), [], 'no link was requested');
  await popup.close();
  await article.close();

  // 2. Turn it on in the options page. The browser's permission prompt is browser UI that CDP cannot
  // click, so the person's "allow" is given beforehand in the extension's site-access settings (see
  // grantSiteAccess); permissions.request, from the real click, then resolves at once.
  await grantSiteAccess(context, extensionId, ALL_SITES);
  assert.equal(await hasAllSites(), false, 'not active until the extension asks');
  const options = await openOptions();
  t.after(() => options.close());
  assert.equal(await options.locator('#link-check-switch').getAttribute('aria-checked'), 'false');
  await options.locator('#link-check-switch').click();
  await options.locator('#link-check-switch[aria-checked="true"]').waitFor();
  assert.equal(await hasAllSites(), true);
  assert.deepEqual((await sw(() => chrome.storage.local.get(null))).linkCheck, { enabled: true });
  await options.locator('#link-check').screenshot({ path: path.join(ARTIFACTS, 'options-link-check.png') });
  assert.deepEqual(await pageAccessibilityViolations(options, '#link-check'), []);

  // 3. The popup checks the page's links after the audit and merges the broken ones.
  article = await openArticle();
  t.after(() => article.close());
  const tabId = await extensionTabIdOf(serviceWorker, article); // (brings the tab to the front: before the popup opens)
  popup = await openActionPopup(context, article, extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  const checking = await popup.waitFor(() => document.querySelector('[data-link-check="checking"]')?.textContent, { message: 'the "Checking…" line' });
  assert.equal(checking.trim(), 'Checking 4 links…');
  const summary = await popup.waitFor(() => document.querySelector('[data-link-check="done"]')?.textContent, { timeout: 20_000, message: 'the link check to finish' });
  assert.equal(summary.trim(), '4 links checked: 2 broken or failing.');
  shown = await readPopup(popup);
  const cta = shown.findings.find((f) => f.ruleId === 'cta/broken-target');
  const link = shown.findings.find((f) => f.ruleId === 'links/broken-link');
  assert.ok(cta, `a cta/broken-target finding in ${JSON.stringify(shown.findings.map((f) => f.ruleId))}`);
  assert.equal(cta.severity, 'error');
  assert.equal(cta.category, 'cta');
  assert.match(cta.message, /booking link "Book an appointment" goes to http:\/\/127\.0\.0\.1:\d+\/book-online, which does not exist \(404 Not Found\)/);
  assert.ok(link);
  assert.equal(link.severity, 'warning');
  assert.equal(link.category, 'links');
  assert.match(link.message, /"guide to Spravato" goes to .*\/blog\/old-guide, which was removed \(410 Gone\)/);
  assert.equal(shown.findings.filter((f) => f.ruleId === 'links/broken-link' || f.ruleId === 'cta/broken-target').length, 2, 'the working links are not findings');
  await popup.screenshot(path.join(ARTIFACTS, 'popup-link-check.png'));
  assert.deepEqual(await accessibilityViolations(popup), []);
  // the badge counts them (errors + warnings, as the popup shows them)
  const badge = await eventually(async () => {
    const b = await sw((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    return b === String(shown.counts.error + shown.counts.warning) ? b : null;
  }, { message: 'the badge to include the link findings' });
  assert.ok(Number(badge) >= 2);

  // What was requested: HEAD for each checked URL, nothing else (no tel:, mailto:, #faq, menu, footer).
  const seen = checks();
  for (const r of ['HEAD /book-online', 'HEAD /blog/old-guide', 'HEAD /blog/first-visit', 'HEAD /studies/esketamine-2019', 'HEAD /studies/esketamine']) assert.ok(seen.includes(r), `${r} in ${seen}`);
  assert.deepEqual(
    seen.filter((r) => !/^HEAD \/(?:book-online|blog\/old-guide|blog\/first-visit|studies\/esketamine(?:-2019)?)$/.test(r)),
    [],
    'nothing else was requested',
  );
  await popup.close();

  // 4. Off again: the permission is given back, and the next audit requests nothing.
  await options.bringToFront();
  await options.locator('#link-check-switch').click();
  await options.locator('#link-check-switch[aria-checked="false"]').waitFor();
  await eventually(async () => !(await hasAllSites()), { message: 'the permission to be given back' });
  assert.deepEqual((await sw(() => chrome.storage.local.get(null))).linkCheck, { enabled: false });
  requests.length = 0;
  popup = await openActionPopup(context, article, extensionId);
  await waitForAudit(popup);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await popup.evaluate(() => document.querySelectorAll('[data-link-check]').length), 0);
  assert.equal((await readPopup(popup)).findings.filter((f) => f.ruleId === 'cta/broken-target').length, 0);
  assert.deepEqual(checks(), []);
  await popup.close();

  // 5. On again, then the permission is taken away in the browser's settings: the checker says so
  // (popup and options) and requests nothing.
  await grantSiteAccess(context, extensionId, ALL_SITES);
  await options.bringToFront();
  await options.locator('#link-check-switch').click();
  await options.locator('#link-check-switch[aria-checked="true"]').waitFor();
  assert.equal(await sw((p) => chrome.permissions.remove({ origins: [p] }), ALL_SITES), true);
  await options.locator('#link-check-switch[aria-checked="false"]').waitFor();
  await options.locator('#link-check [role="alert"]', { hasText: 'permission to access all sites was removed' }).waitFor();
  popup = await openActionPopup(context, article, extensionId);
  await waitForAudit(popup);
  const note = await popup.waitFor(() => document.querySelector('[data-link-check="no-permission"]')?.textContent, { message: 'the no-permission note' });
  assert.match(note, /no longer lets it access other sites, so no links were checked/);
  assert.deepEqual(checks(), []);
  await popup.close();
});
