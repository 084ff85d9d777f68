// A clinic page whose words are script payloads, audited by the built extension in real Chromium:
// no page content ever runs in the extension. The page (tests/fixtures/xss-site/ketamine-xss.html)
// has payloads as TEXT (in its paragraphs, headings, links, <title> and JSON-LD; the page shows them
// as words and never runs them) and as real MARKUP (<svg onload>, <img onerror>, MathML,
// javascript: links). Every payload records itself in window.__xssFired when it runs, and the text
// ones also call alert(). The page's own onload/onerror markup does run in the page when it loads:
// that baseline is recorded first, and nothing the extension does may add to it.
//
// Then every surface that shows the page's text is opened the way a person opens it: the real
// toolbar popup (each finding opened and outlined in the page, "mark all in page", the search box),
// the report page, the HTML export (as saved, and again without its Content-Security-Policy), and
// the draft checker with the page's source pasted in. In each: no dialog, no __xssFired, no element
// or attribute that could run code (on* attributes, javascript: URLs, scripts other than the
// extension's own files, frames, objects), and the payloads are there as text.
// Run: npx wxt build && node --test tests/e2e/hostile-xss.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../../scripts/lib/serve.mjs';
import { ARTIFACTS, OVERLAY_TAG, ROOT, eventually, openActionPopup, overlayState, readPopup, startHarness, waitForAudit } from './helpers.mjs';

const XSS_DIR = path.join(ROOT, 'tests/fixtures/xss-site');
const PAGE = 'ketamine-xss.html';

/** Payload words that must reach the extension's pages as text (they are in findings' excerpts and messages). */
const AS_TEXT = [
  '<img src=x onerror="(window.__xssFired=window.__xssFired||[]).push(\'text-title\')', // the page title
  '<img src=x onerror="(window.__xssFired=window.__xssFired||[]).push(\'text-cta\')', // a dead call to action's words
  '<svg onload="(window.__xssFired=window.__xssFired||[]).push(\'text-claim\')', // an absolute claim's sentence
];

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
/** the server of the hostile page */
let site;
let tmp;
let downloadDir;
/** every dialog any tab or extension page opened: "where: type: message" */
const dialogs = [];

function watchDialogs(page) {
  page.on('dialog', async (d) => {
    dialogs.push(`${page.url()}: ${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
}

before(async () => {
  // Downloads land in a temporary folder under the names the extension asks for (see export.test.mjs).
  tmp = await mkdtemp(path.join(tmpdir(), 'cliniclint-xss-'));
  downloadDir = path.join(tmp, 'Downloads');
  await mkdir(path.join(tmp, 'config'), { recursive: true });
  await mkdir(downloadDir);
  await writeFile(path.join(tmp, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
  process.env.XDG_CONFIG_HOME = path.join(tmp, 'config');
  h = await startHarness();
  site = await serveStatic(XSS_DIR);
  const cdp = await h.context.browser().newBrowserCDPSession();
  const { defaultBrowserContextId } = await cdp.send('Target.getBrowserContexts');
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default', browserContextId: defaultBrowserContextId });
  await cdp.detach();
  for (const p of h.context.pages()) watchDialogs(p);
  h.context.on('page', watchDialogs);
});

after(async () => {
  await site?.close();
  await h?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Opens the hostile page in a tab and returns it with the page's own baseline of payloads that ran. */
async function openHostile(t) {
  const page = await h.context.newPage();
  t.after(() => page.close());
  await page.goto(new URL(PAGE, site.url).href);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300); // the page's own onload/onerror handlers
  const baseline = await page.evaluate(() => [...(window.__xssFired ?? [])].sort());
  // Control: the page's own markup vectors did run in the page (so the detector works), and none of
  // its text payloads did (the page shows them as words).
  assert.ok(baseline.includes('page-svg-onload') && baseline.includes('page-img-onerror'), `the page's own handlers ran in the page: ${baseline}`);
  assert.deepEqual(baseline.filter((x) => x.startsWith('text-')), [], 'the page itself never runs its text payloads');
  return { page, baseline };
}

/** Reports dialogs of the action popup (not a Playwright page): Page.javascriptDialogOpening over its CDP session. */
async function watchPopupDialogs(popup) {
  popup.cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== popup.sessionId) return;
    const msg = JSON.parse(event.message);
    if (msg.method === 'Page.javascriptDialogOpening') {
      dialogs.push(`popup: ${msg.params.type}: ${msg.params.message}`);
      void popup.send('Page.handleJavaScriptDialog', { accept: false }).catch(() => {});
    }
  });
  await popup.send('Page.enable');
}

/**
 * Runs in an extension page (or the exported file): everything in the document that could run
 * code, or load something, that is not the extension's own. Empty = clean.
 */
function dangerousDom() {
  const own = location.protocol === 'chrome-extension:' ? location.origin : null;
  const out = [];
  const isOwn = (url) => {
    try {
      return own !== null && new URL(url, location.href).origin === own;
    } catch {
      return false;
    }
  };
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName;
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${tag}[${a.name}]`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background)$/i.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/[\s\u0000-\u001f]/g, ''))) {
          out.push(`${tag}[${a.name}=${a.value.slice(0, 40)}]`);
        }
        if (a.name === 'srcdoc') out.push(`${tag}[srcdoc]`);
      }
      if (tag === 'script' && !(el.getAttribute('src') && isOwn(el.src))) out.push(`script ${el.getAttribute('src') ?? '(inline)'}`);
      if (['iframe', 'frame', 'object', 'embed', 'base', 'portal'].includes(tag)) out.push(tag);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) out.push('meta refresh');
      if ((tag === 'img' || tag === 'image' || tag === 'video' || tag === 'audio' || tag === 'source') && el.getAttribute('src') && !isOwn(el.src) && !/^data:image\//.test(el.getAttribute('src'))) {
        out.push(`${tag} src=${el.getAttribute('src').slice(0, 40)}`);
      }
      if (tag === 'use' || tag === 'animate' || tag === 'set' || tag === 'foreignobject') out.push(`svg ${tag}`);
    }
  }
  return out;
}

/** Text of the document, with the values of form fields (a pasted draft is in a textarea). */
const documentText = () => document.documentElement.textContent.replace(/\s+/g, ' ');

/** Every node inside the overlay hosts in the page, seen through CDP (the shadow root is closed). */
async function overlayNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const out = [];
    const walk = (node, inside) => {
      const here = inside || node.nodeName === OVERLAY_TAG.toUpperCase();
      if (here && node.nodeType === 1) {
        const attrs = [];
        for (let i = 0; i < (node.attributes ?? []).length; i += 2) attrs.push(node.attributes[i]);
        out.push({ name: node.nodeName, attrs });
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, here);
    };
    walk(root, false);
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * The overlay is made of plain boxes only: the host, <div>s styled inline, and the marks' toolbar
 * (spans and <button type="button">s with our own labels); no attribute that loads or runs anything.
 */
const OVERLAY_ELEMENTS = [OVERLAY_TAG.toUpperCase(), 'DIV', 'SPAN', 'BUTTON'];
const OVERLAY_ATTRIBUTES = ['style', 'aria-hidden', 'part', 'role', 'aria-label', 'type', 'title', 'tabindex', 'data-action'];
function assertInertOverlay(nodes, when) {
  const odd = nodes.filter((n) => !OVERLAY_ELEMENTS.includes(n.name) || n.attrs.some((a) => !OVERLAY_ATTRIBUTES.includes(a)));
  assert.deepEqual(odd, [], `${when}: the overlay holds only its host, boxes and the toolbar`);
}

const firedIn = (page) => page.evaluate(() => [...(window.__xssFired ?? [])].sort());

test('the popup, each finding outlined in the page and "mark all in page" show the hostile page\'s text as text and run none of it', async (t) => {
  const { page, baseline } = await openHostile(t);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  await watchPopupDialogs(popup);
  const shown = await waitForAudit(popup);

  assert.equal(shown.kind, 'clinic-article');
  assert.ok(shown.findings.length >= 8, `findings listed: ${shown.findings.length}`);
  assert.ok(shown.title.includes(AS_TEXT[0]), `the page title is shown as text: ${shown.title}`);
  const text = await popup.evaluate(documentText);
  for (const words of AS_TEXT) assert.ok(text.includes(words), `the popup shows as text: ${words}`);
  assert.ok(shown.findings.some((f) => f.ruleId === 'cta/dead-href' && f.excerpt.includes('<img src=x onerror=')), 'the dead CTA with the payload in its words is listed with them');
  assert.ok(shown.findings.some((f) => f.category === 'phone' && f.excerpt.includes("<img src=x onerror=alert('tel')>")), 'the broken tel: link is listed with its payload as text');

  // Open every finding (why it matters, how to fix, its words outlined in the page).
  const locatable = shown.findings.filter((f) => f.locatable);
  assert.ok(locatable.length >= 5, `findings with an element: ${locatable.length}`);
  for (const f of shown.findings) {
    await popup.click(`[data-finding-id="${f.id}"] .cl-finding__head`);
    await popup.waitFor((id) => document.querySelector(`[data-finding-id="${id}"] .cl-finding__head`)?.getAttribute('aria-expanded') === 'true', { message: `finding ${f.ruleId} to open` }, f.id);
    assert.deepEqual(await popup.evaluate(dangerousDom), [], `nothing in the popup can run (${f.ruleId} open)`);
    if (f.locatable) {
      await popup.waitFor((id) => document.querySelector(`[data-finding-id="${id}"]`)?.classList.contains('cl-finding--selected'), { message: `finding ${f.ruleId} to be outlined` }, f.id);
      await eventually(async () => (await overlayState(page)).hosts === 1, { message: `the outline of ${f.ruleId}` });
      assertInertOverlay(await overlayNodes(page), `outline of ${f.ruleId}`);
    }
  }

  // "Mark all in page": every finding numbered in the overlay.
  await popup.click('.cl-filters__marks');
  await popup.waitFor(() => document.querySelector('.cl-filters__marks')?.getAttribute('aria-pressed') === 'true', { message: 'mark all to be on' });
  const marked = await eventually(async () => {
    const s = await overlayState(page);
    return s.badges.length ? s : null;
  }, { message: 'the numbered badges' });
  assert.ok(marked.hosts === 1 && marked.badges.length > 0);
  assertInertOverlay(await overlayNodes(page), 'mark all in page');
  await page.screenshot({ path: path.join(ARTIFACTS, 'xss-mark-all.png') });

  // The search box, with a payload typed into it.
  await popup.focus('#cl-search');
  await popup.type("<img src=x onerror=alert('tel");
  await popup.waitFor(() => !!document.querySelector('.cl-finding') || !!document.querySelector('.cl-status--filter'), { message: 'the search to apply' });
  const searched = await readPopup(popup);
  assert.ok(searched.findings.length > 0, 'the findings whose words hold the payload are found by it');
  assert.ok(searched.findings.length < shown.findings.length, 'not the others');
  await popup.press('Escape');

  await page.keyboard.press('Escape');
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'Escape to clear the overlay' });

  assert.deepEqual(await popup.evaluate(dangerousDom), [], 'nothing in the popup can run');
  assert.equal(await popup.evaluate(() => window.__xssFired), undefined, 'no payload ran in the popup');
  assert.deepEqual(await firedIn(page), baseline, 'nothing the extension did ran a payload in the page');
  assert.equal(await h.serviceWorker.evaluate(() => self.__xssFired), undefined, 'nor in the service worker');
  assert.deepEqual(dialogs, [], 'no dialog opened anywhere');
  assert.deepEqual(popup.logs.filter((l) => /^uncaught/.test(l)), [], 'no error in the popup');
});

test('the report page and the HTML export of the hostile page show its text as text and run none of it', async (t) => {
  const { page, baseline } = await openHostile(t);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  await watchPopupDialogs(popup);
  const shown = await waitForAudit(popup);

  // The HTML export, downloaded through the popup's export menu.
  const before = await h.serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await popup.click('#export');
  await popup.waitFor(() => document.querySelector('#export')?.getAttribute('aria-expanded') === 'true', { message: 'the export menu' });
  await popup.click('.cl-menu__item[data-format="html"]');
  const download = await eventually(
    async () => (await h.serviceWorker.evaluate(async () => chrome.downloads.search({}))).find((d) => !before.includes(d.id) && d.state === 'complete') ?? null,
    { message: 'the HTML export to download' },
  );
  assert.equal(path.dirname(download.filename), downloadDir);
  const exported = await readFile(download.filename, 'utf8');
  for (const words of ['onerror', 'onload']) assert.ok(exported.includes(words), `the export holds the payload words (${words}), escaped`);

  // The full report page, from the popup's menu (the audit is saved to the history first).
  const opened = h.context.waitForEvent('page');
  await popup.click('#export');
  await popup.waitFor(() => document.querySelector('#export')?.getAttribute('aria-expanded') === 'true', { message: 'the export menu' });
  await popup.click('.cl-menu__item[data-action="full-report"]');
  const report = await opened;
  t.after(() => report.close());
  await report.waitForLoadState();
  await report.locator('.cl-finding').first().waitFor();
  assert.equal(await report.locator('.cl-finding').count(), shown.findings.length);
  // open every finding card in turn (one is open at a time), each checked while open
  const heads = await report.locator('.cl-finding__head').count();
  for (let i = 0; i < heads; i++) {
    await report.evaluate((n) => /** @type {HTMLElement} */ (document.querySelectorAll('.cl-finding__head')[n]).click(), i);
    await report.waitForFunction((n) => document.querySelectorAll('.cl-finding__head')[n]?.getAttribute('aria-expanded') === 'true', i);
    assert.deepEqual(await report.evaluate(dangerousDom), [], `nothing in the report page can run (finding ${i + 1} open)`);
  }
  const reportText = await report.evaluate(documentText);
  for (const words of AS_TEXT) assert.ok(reportText.includes(words), `the report page shows as text: ${words}`);
  assert.ok((await report.locator('h1').innerText()).includes(AS_TEXT[0]), 'the page title is the heading, as text');
  assert.deepEqual(await report.evaluate(dangerousDom), [], 'nothing in the report page can run');
  assert.equal(await report.evaluate(() => window.__xssFired), undefined, 'no payload ran in the report page');
  await report.screenshot({ path: path.join(ARTIFACTS, 'xss-report-page.png') });

  // The exported file, opened as saved (file://), then without its Content-Security-Policy, where
  // any payload that had become markup would run.
  for (const [how, open] of [
    ['as saved', async (p) => p.goto(pathToFileURL(download.filename).href)],
    ['without its CSP', async (p) => p.setContent(exported.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''), { waitUntil: 'load' })],
  ]) {
    const file = await h.context.newPage();
    t.after(() => file.close());
    const errors = [];
    file.on('pageerror', (e) => errors.push(String(e)));
    await open(file);
    await file.waitForTimeout(300);
    assert.equal(await file.evaluate(() => document.scripts.length), 0, `${how}: the export has no script`);
    assert.deepEqual(await file.evaluate(dangerousDom), [], `${how}: nothing in the export can run`);
    assert.equal(await file.evaluate(() => window.__xssFired), undefined, `${how}: no payload ran`);
    const fileText = await file.evaluate(documentText);
    for (const words of AS_TEXT) assert.ok(fileText.includes(words), `${how}: the export shows as text: ${words}`);
    assert.deepEqual(errors, [], `${how}: no error`);
  }

  assert.deepEqual(await firedIn(page), baseline, 'nothing ran in the audited page');
  assert.deepEqual(dialogs, [], 'no dialog opened anywhere');
});

test('control: the watchers do see a payload that became markup (dialog, __xssFired, dangerous DOM)', async (t) => {
  // In a plain page with no CSP, the payload text turned into markup runs and opens a dialog…
  const plain = await h.context.newPage();
  t.after(() => plain.close());
  const seen = dialogs.length;
  await plain.setContent(`<p>x</p><img src=x onerror="(window.__xssFired=window.__xssFired||[]).push('text-control');alert('control')">`, { waitUntil: 'load' });
  await eventually(async () => (await firedIn(plain)).length > 0, { message: 'the control payload to run' });
  assert.deepEqual(await firedIn(plain), ['text-control']);
  await eventually(() => dialogs.length > seen, { message: 'the control dialog to be seen' });
  assert.match(dialogs.splice(seen).join('\n'), /alert: control/);
  // …and in an extension page (where the CSP would stop it running) the element itself is caught.
  const ext = await h.context.newPage();
  t.after(() => ext.close());
  await ext.goto(`chrome-extension://${h.extensionId}/draft.html`);
  await ext.locator('#draft-source').waitFor();
  assert.deepEqual(await ext.evaluate(dangerousDom), []);
  await ext.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = `<img src=x onerror="alert(1)"><a href=" JaVaScRiPt:alert(1)">x</a><svg onload="alert(1)"></svg><iframe srcdoc="x"></iframe>`;
    document.body.append(div);
  });
  assert.deepEqual(await ext.evaluate(dangerousDom), ['img[onerror]', 'a[href= JaVaScRiPt:alert(1)]', 'svg[onload]', 'iframe[srcdoc]', 'iframe']);
});

test('the draft checker, given the hostile page\'s source, shows a sanitized copy and runs none of it', async (t) => {
  const { page } = await openHostile(t);
  const source = await readFile(path.join(XSS_DIR, PAGE), 'utf8');
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  await waitForAudit(popup);
  const opened = h.context.waitForEvent('page');
  await popup.click('#export');
  await popup.waitFor(() => document.querySelector('#export')?.getAttribute('aria-expanded') === 'true', { message: 'the export menu' });
  await popup.click('.cl-menu__item[data-action="draft"]');
  const draft = await opened;
  t.after(() => draft.close());
  const requests = [];
  draft.on('request', (r) => requests.push(r.url()));
  const errors = [];
  draft.on('pageerror', (e) => errors.push(String(e)));
  await draft.waitForLoadState();
  await draft.locator('#draft-source').waitFor();

  await draft.locator('#draft-source').fill(source);
  await draft.locator('#as-of').fill('2026-11-26');
  await draft.locator('#check').click();
  await draft.locator('.findings-card .cl-summary').waitFor();
  await draft.waitForFunction(() => !document.querySelector('#check')?.textContent?.includes('Checking'));
  const cards = draft.locator('.findings-card .cl-finding');
  assert.ok((await cards.count()) >= 8, 'the draft has findings');
  for (const head of await draft.locator('.findings-card .cl-finding__head').all()) await head.click();
  await draft.waitForTimeout(300);

  const preview = await draft.evaluate(() => {
    const box = document.querySelector('.draft-preview');
    return { text: box.textContent.replace(/\s+/g, ' '), images: box.querySelectorAll('img').length, styles: box.querySelectorAll('style').length };
  });
  assert.ok(preview.text.includes("<script>(window.__xssFired=window.__xssFired||[]).push('text-h1')"), 'the heading\'s payload is shown as text in the preview');
  // the MathML mutation vector (<math><mtext><table><mglyph><style><img onerror>) leaves no image or style behind
  assert.deepEqual({ images: preview.images, styles: preview.styles }, { images: 0, styles: 0 }, 'no image or style element of the draft in the preview');
  assert.deepEqual(await draft.evaluate(dangerousDom), [], 'nothing in the draft checker can run');
  assert.equal(await draft.evaluate(() => window.__xssFired), undefined, 'no payload ran in the draft checker');
  assert.deepEqual(requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`)), [], 'nothing of the draft was loaded');
  assert.deepEqual(errors, []);
  assert.deepEqual(dialogs, [], 'no dialog opened anywhere');
  await draft.screenshot({ path: path.join(ARTIFACTS, 'xss-draft.png'), fullPage: true });
});
