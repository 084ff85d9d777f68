// The host page is never changed by Clinic Lint: on sample pages and on copies of real clinic sites
// (../shared/corpus/real/clinic), the page's markup outside the overlay host and the computed
// style, size and position of every element (in open shadow roots and same-origin frames too) are
// the same before the audit, while findings are outlined, while every finding is marked ("Mark all
// in page"), and after the overlay is closed.
//
// Outlining a finding scrolls the page (and scroll boxes) to it, which is what it is for; before a
// snapshot the test scrolls everything back where it was, so positions compare like for like.
// The real-site copies are served from a temporary folder with every request off the loopback
// server aborted (closed network); their own scripts run as they do.
// Run: npx wxt build && node --test tests/e2e/host-page-untouched.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../scripts/lib/serve.mjs';
import { OVERLAY_TAG, ROOT, eventually, openActionPopup, overlayState, startHarness, styleChanges, waitForAudit } from './helpers.mjs';

/** Sample pages with findings to outline: an article, a service page, the clinic home page, a long page with a scroll box, a page with a shadow root and a same-origin frame. */
const SAMPLE_PAGES = ['ketamine-back-pain.html', 'dental-implants.html', 'index.html', 'long-article.html', 'widgets.html'];

const REAL_CLINIC = path.resolve(ROOT, '../shared/corpus/real/clinic');
/** Real clinic sites: a page with an inline stylesheet and a fixed header, a big home page, a blog article. */
const CORPUS_PAGES = ['aesthetica-dental/index.html', 'dee-family-dental/index.html', 'tpl-mediplus-lite/blog-single.html'];
const CORPUS_SKIP = existsSync(REAL_CLINIC) ? false : `the shared corpus is absent (${REAL_CLINIC}): real-site pages skipped`;
if (CORPUS_SKIP) console.warn(CORPUS_SKIP);

/** How many findings to outline one by one on each page (the rest are covered by "mark all"). */
const OUTLINE_AT_MOST = 8;

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;
let corpus;
let tmp;

before(async () => {
  h = await startHarness();
  if (!CORPUS_SKIP) {
    tmp = await mkdtemp(path.join(tmpdir(), 'cliniclint-untouched-'));
    for (const rel of CORPUS_PAGES) {
      await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
      await copyFile(path.join(REAL_CLINIC, rel), path.join(tmp, rel));
    }
    corpus = await serveStatic(tmp);
  }
});

after(async () => {
  await corpus?.close();
  await h?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/**
 * The page as data: its markup without the overlay host (plus the markup of open shadow roots and
 * same-origin frames), and one line per element with its document position, size and every
 * computed style property. Runs in the page.
 */
function snapshotPage(tag) {
  const docs = [document];
  for (let i = 0; i < docs.length; i++) {
    for (const frame of docs[i].querySelectorAll('iframe, frame')) {
      // same-origin frames (srcdoc or same-origin src) only: a lazy cross-origin frame shows an
      // accessible about:blank until it is scrolled to, then nothing
      const src = frame.getAttribute('src');
      if (src && new URL(src, frame.ownerDocument.baseURI).origin !== location.origin) continue;
      try {
        if (frame.contentDocument?.documentElement) docs.push(frame.contentDocument);
      } catch {
        // cross-origin
      }
    }
  }
  const markup = [];
  const styles = [];
  docs.forEach((doc, d) => {
    const clone = doc.documentElement.cloneNode(true);
    for (const el of clone.querySelectorAll(tag)) el.remove();
    markup.push(clone.outerHTML);
    const win = doc.defaultView;
    const roots = [doc];
    for (let r = 0; r < roots.length; r++) {
      if (r > 0) markup.push(`shadow ${d}.${r}: ${roots[r].innerHTML}`);
      for (const el of roots[r].querySelectorAll('*')) {
        if (el.localName === tag) continue;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const cs = win.getComputedStyle(el);
        let props = '';
        for (let i = 0; i < cs.length; i++) props += `${cs[i]}:${cs.getPropertyValue(cs[i])};`;
        const b = el.getBoundingClientRect();
        const at = el.getClientRects().length ? `${Math.round(b.left + win.scrollX)},${Math.round(b.top + win.scrollY)},${Math.round(b.width)}x${Math.round(b.height)}` : 'no box';
        styles.push(`${el.localName}${el.id ? `#${el.id}` : ''} (doc ${d})|${at}|${props}`);
      }
    }
  });
  return { markup: markup.join('\n<!-- next document -->\n'), styles, elements: styles.length };
}

/**
 * Lets the page settle before the first snapshot, as if a person had read it: scrolls through it
 * once (lazy images and frames load, scroll-triggered reveals run), back to the top, and waits for
 * its finite CSS animations and transitions to end. Runs in the page.
 */
async function settle() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const step = Math.max(200, innerHeight * 0.8);
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    scrollTo({ left: 0, top: y, behavior: 'instant' });
    await frame();
    await new Promise((r) => setTimeout(r, 30));
  }
  scrollTo({ left: 0, top: 0, behavior: 'instant' });
  await new Promise((r) => setTimeout(r, 100));
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 5000))]);
  await frame();
}

/** Scroll positions of the windows and of every scrolled box (including in frames). Runs in the page. */
function scrollState() {
  const docs = [document];
  for (const f of document.querySelectorAll('iframe, frame')) {
    try {
      if (f.contentDocument) docs.push(f.contentDocument);
    } catch {
      // cross-origin
    }
  }
  return docs.map((doc) => ({
    x: doc.defaultView.scrollX,
    y: doc.defaultView.scrollY,
    boxes: [...doc.querySelectorAll('*')].filter((el) => el.scrollTop || el.scrollLeft).length,
  }));
}

/**
 * Puts every window and scroll box back at the top-left, as the page loaded, and waits for the
 * page's own scroll effects (a header that changes when scrolled) to finish their transitions.
 * Runs in the page.
 */
async function scrollBack() {
  const docs = [document];
  for (const f of document.querySelectorAll('iframe, frame')) {
    try {
      if (f.contentDocument) docs.push(f.contentDocument);
    } catch {
      // cross-origin
    }
  }
  for (const doc of docs) {
    for (const el of doc.querySelectorAll('*')) {
      if (el.scrollTop) el.scrollTop = 0;
      if (el.scrollLeft) el.scrollLeft = 0;
    }
    doc.defaultView.scrollTo({ left: 0, top: 0, behavior: 'instant' });
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await frame();
  await frame();
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 5000))]);
  await frame();
}

const snapshot = (page) => page.evaluate(snapshotPage, OVERLAY_TAG);

function assertSame(before, now, when) {
  assert.equal(now.elements, before.elements, `${when}: the page has as many elements as before`);
  if (now.markup !== before.markup) {
    const at = [...now.markup].findIndex((c, i) => c !== before.markup[i]);
    assert.fail(`${when}: the page's markup changed near …${before.markup.slice(Math.max(0, at - 80), at + 80)}… → …${now.markup.slice(Math.max(0, at - 80), at + 80)}…`);
  }
  assert.deepEqual(styleChanges(before.styles, now.styles), [], `${when}: the computed styles, sizes and positions of the page's elements are unchanged`);
}

const selectedOrNoted = (id) => {
  const li = document.querySelector(`[data-finding-id="${id}"]`);
  if (li?.classList.contains('cl-finding--selected')) return 'outlined';
  return li?.querySelector('.cl-finding__note')?.textContent?.trim() ? 'note' : null;
};

/**
 * Opens `url`, snapshots it, audits it with the real toolbar popup, outlines findings one by one,
 * marks them all, closes the overlay, and compares the page with the snapshot at each step.
 */
async function assertUntouched(t, url, { closedNetwork = false } = {}) {
  const page = await h.context.newPage();
  t.after(() => page.close());
  if (closedNetwork) {
    const origin = new URL(url).origin;
    await page.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
  }
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(settle);
  await page.waitForTimeout(300);
  assert.deepEqual((await page.evaluate(scrollState))[0], { x: 0, y: 0, boxes: 0 }, 'the page starts at the top');
  const before = await snapshot(page);
  await page.waitForTimeout(300);
  assertSame(before, await snapshot(page), 'control, before the audit (the page is static on its own)');

  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  let shown = await waitForAudit(popup);
  if (shown.kind === 'other') {
    await popup.click('.cl-status--notice .cl-status__actions button'); // "Audit anyway"
    shown = await waitForAudit(popup);
  }
  const locatable = shown.findings.filter((f) => f.locatable);
  assert.ok(locatable.length > 0, `findings with an element to outline: ${shown.findings.map((f) => f.ruleId).join(', ')}`);
  assertSame(before, await snapshot(page), 'after the audit');

  // One finding at a time, with the overlay open.
  let outlined = 0;
  for (const f of locatable.slice(0, OUTLINE_AT_MOST)) {
    await popup.click(`[data-finding-id="${f.id}"] .cl-finding__head`);
    const state = await popup.waitFor(selectedOrNoted, { message: `finding ${f.ruleId} to be outlined (or explained)` }, f.id);
    if (state !== 'outlined') continue;
    await eventually(async () => (await overlayState(page)).hosts === 1, { message: `the outline of ${f.ruleId}` });
    outlined++;
    if (outlined === 1) {
      await page.evaluate(scrollBack);
      assertSame(before, await snapshot(page), `with ${f.ruleId} outlined`);
    }
  }
  assert.ok(outlined > 0, 'at least one finding was outlined');
  await page.evaluate(scrollBack);
  assert.equal((await overlayState(page)).hosts, 1, 'the last outline is still shown');
  assertSame(before, await snapshot(page), `with the last of ${outlined} outlined findings shown`);

  // Every finding marked.
  await popup.click('.cl-filters__marks');
  await popup.waitFor(() => document.querySelector('.cl-filters__marks')?.getAttribute('aria-pressed') === 'true', { message: '"Mark all in page" to be on' });
  // (the badges of findings below the fold are hidden until scrolled to: the host is what counts here)
  await eventually(async () => (await overlayState(page)).hosts === 1, { message: 'the numbered badges' });
  // (numbered in reading order, so the first card need not be number 1)
  assert.match(await popup.evaluate(() => document.querySelector('.cl-finding__number')?.textContent ?? ''), /\d/, 'the popup numbers the marked findings');
  await page.evaluate(scrollBack);
  assertSame(before, await snapshot(page), 'with every finding marked');

  // Closed (Escape in the page).
  await page.keyboard.press('Escape');
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'Escape to close the overlay' });
  assert.equal(await page.locator(OVERLAY_TAG).count(), 0, 'the overlay host is gone');
  await page.evaluate(scrollBack);
  assertSame(before, await snapshot(page), 'after the overlay was closed');
  return { elements: before.elements, outlined };
}

for (const name of SAMPLE_PAGES) {
  test(`sample page ${name}: markup and computed styles unchanged with the overlay open and after it is closed`, async (t) => {
    const { elements, outlined } = await assertUntouched(t, h.url(name));
    t.diagnostic(`${elements} elements compared; ${outlined} findings outlined`);
  });
}

for (const rel of CORPUS_PAGES) {
  test(`real clinic page ${rel}: markup and computed styles unchanged with the overlay open and after it is closed`, { skip: CORPUS_SKIP }, async (t) => {
    const { elements, outlined } = await assertUntouched(t, new URL(rel, corpus.url).href, { closedNetwork: true });
    t.diagnostic(`${elements} elements compared; ${outlined} findings outlined`);
  });
}

test('control: the comparison does see a changed attribute and a changed computed style', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const before = await snapshot(page);
  // a CSSOM rule (no markup change): only the computed styles differ
  await page.evaluate(() => document.styleSheets[0].insertRule('p { outline-color: rgb(255, 0, 0) }', 0));
  const styled = await snapshot(page);
  assert.equal(styled.markup, before.markup);
  assert.ok(styleChanges(before.styles, styled.styles).some((c) => /outline-color/.test(c)), 'the style change is seen');
  assert.throws(() => assertSame(before, styled, 'control'), /computed styles/);
  // an attribute: the markup differs
  await page.evaluate(() => document.styleSheets[0].deleteRule(0));
  await page.evaluate(() => document.querySelector('h1').setAttribute('data-x', '1'));
  const marked = await snapshot(page);
  assert.throws(() => assertSame(before, marked, 'control'), /markup changed near .*data-x="1"/s);
});
