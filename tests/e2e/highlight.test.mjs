// In-page highlighting in real Chromium: a click in the popup scrolls the page to the finding and
// outlines it (the exact words for text findings) in an overlay inside a closed shadow root; the
// page's own elements keep every computed style and their layout. "Mark all in page" numbers
// every finding; Escape in the page clears. Long pages and scrolled containers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  ARTIFACTS,
  DOCS,
  OVERLAY_TAG,
  eventually,
  openActionPopup,
  overlayState,
  overlaps,
  pageHtml,
  readPopup,
  startHarness,
  styleChanges,
  styleSnapshot,
  waitForAudit,
} from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  // 2× pixels: the page screenshots go into the README
  h = await startHarness({ deviceScaleFactor: 2 });
});

after(async () => {
  await h?.close();
});

const isSelected = (id) => document.querySelector(`[data-finding-id="${id}"]`)?.classList.contains('cl-finding--selected');
const head = (id) => `[data-finding-id="${id}"] .cl-finding__head`;

/**
 * Where some words are on screen (a Range in the page's own world), and the viewport. `within`
 * narrows the search to one element (a CSS selector); `nth` picks an occurrence.
 */
function wordsRect(page, words, within = 'body', nth = 0) {
  return page.evaluate(
    ([text, sel, n]) => {
      const root = document.querySelector(sel);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0 || seen++ < n) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight, scrollY };
      }
      return null;
    },
    [words, within, nth],
  );
}

/** The outline drawn over `rect` (the box that overlaps it), or null. */
const outlineOver = (state, rect) => state.outlines.find((b) => overlaps(b, rect)) ?? null;
const inViewport = (r) => r.top >= 0 && r.bottom <= r.height && r.left >= 0 && r.right <= r.width;

test('a click outlines the exact words in a closed shadow root, and the page keeps its styles and layout', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const markupBefore = await pageHtml(page);
  const stylesBefore = await styleSnapshot(page);

  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const phone = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  assert.ok(phone?.locatable, 'the unlinked phone number finding points at an element');
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page starts at the top');

  await popup.click(head(phone.id));
  await popup.waitFor(isSelected, { message: 'the finding to be outlined' }, phone.id);

  // The words are scrolled into view and outlined: the outline fits the number, not the paragraph.
  const { state, words } = await eventually(
    async () => {
      const [state, words] = await Promise.all([overlayState(page), wordsRect(page, 'Call us at 949-945-0927')]);
      const number = await wordsRect(page, '949-945-0927', '#main');
      return number && inViewport(number) && outlineOver(state, number) ? { state, words: number, sentence: words } : null;
    },
    { message: 'an outline over 949-945-0927, in view' },
  );
  assert.equal(state.hosts, 1);
  assert.equal(state.parent, 'HTML', 'the host hangs off <html>, outside the page body');
  assert.equal(state.shadowRootType, 'closed');
  assert.equal(await page.locator(OVERLAY_TAG).count(), 1);
  const box = outlineOver(state, words);
  assert.ok(box.right - box.left < (words.right - words.left) + 20, `the outline hugs the number (${box.right - box.left}px for ${words.right - words.left}px of text)`);
  assert.ok(box.left <= words.left && box.right >= words.right && box.top <= words.top && box.bottom >= words.bottom, 'the outline surrounds the number');
  assert.ok(state.labels.includes('Phone number is not a tap-to-call link') || state.labels.some((l) => /phone/i.test(l)), `a label names the problem: ${state.labels}`);
  assert.ok(state.labels.some((l) => /Esc to clear/.test(l)), 'a hint says how to clear it');
  assert.ok(await page.evaluate(() => scrollY) > 0, 'the page scrolled to it');

  // The page: same markup, same computed styles and layout for every one of its elements.
  assert.equal(await pageHtml(page), markupBefore, 'no attribute, class or style added to page elements');
  assert.deepEqual(styleChanges(stylesBefore, await styleSnapshot(page)), [], 'computed styles and positions unchanged');

  // For the README: the outlined finding in its page.
  await page.screenshot({ path: path.join(DOCS, 'highlight.png'), clip: { x: 240, y: Math.max(0, words.top - 260), width: 800, height: 380 } });

  // Escape in the page clears the outline.
  await page.keyboard.press('Escape');
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'Escape to clear the outline' });
  assert.deepEqual(styleChanges(stylesBefore, await styleSnapshot(page)), []);
});

test('long pages and scrolled containers: the words are brought into view, the outline is clipped to the box', async (t) => {
  const page = await h.open('long-article.html');
  t.after(() => page.close());
  const stylesBefore = await styleSnapshot(page);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const phones = shown.findings.filter((f) => f.category === 'phone' && /238-4410/.test(f.excerpt));
  const inBox = phones.find((f) => f.excerpt === '619-238-4410');
  const farDown = phones.find((f) => f.excerpt === '(619) 238-4410');
  assert.ok(inBox && farDown, `two unlinked numbers: one in the scrolled FAQ box, one far down; listed: ${phones.map((f) => f.excerpt)}`);

  // 1. Inside the scrolled FAQ box, at its bottom: the box scrolls, then the window.
  assert.equal(await page.evaluate(() => document.querySelector('.faq').scrollTop), 0);
  await popup.click(head(inBox.id));
  await popup.waitFor(isSelected, { message: 'the FAQ finding to be outlined' }, inBox.id);
  const faq = await eventually(
    async () => {
      const [state, words, box] = await Promise.all([
        overlayState(page),
        wordsRect(page, '619-238-4410', '.faq'),
        page.evaluate(() => {
          const el = document.querySelector('.faq');
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top + el.clientTop, right: r.right, bottom: r.top + el.clientTop + el.clientHeight, scrollTop: el.scrollTop };
        }),
      ]);
      const visible = words && inViewport(words) && words.top >= box.top && words.bottom <= box.bottom;
      return visible && outlineOver(state, words) ? { state, words, box } : null;
    },
    { message: 'the number inside the FAQ box scrolled into view and outlined' },
  );
  assert.ok(faq.box.scrollTop > 0, 'the FAQ box scrolled');

  // Scrolling the box by hand: the outline follows the words…
  await page.evaluate(() => document.querySelector('.faq').scrollBy(0, -20));
  await eventually(
    async () => {
      const [state, words] = await Promise.all([overlayState(page), wordsRect(page, '619-238-4410', '.faq')]);
      const o = outlineOver(state, words);
      return o && Math.abs(o.top - (words.top - 3)) < 2 ? o : null;
    },
    { message: 'the outline to follow the scrolled box' },
  );
  // …and is clipped to the box: scrolled out of the box's visible area, nothing is drawn outside it.
  await page.evaluate(() => (document.querySelector('.faq').scrollTop = 0));
  await eventually(
    async () => {
      const [state, box, words] = await Promise.all([
        overlayState(page),
        page.evaluate(() => {
          const el = document.querySelector('.faq');
          const r = el.getBoundingClientRect();
          return { top: r.top + el.clientTop, bottom: r.top + el.clientTop + el.clientHeight };
        }),
        wordsRect(page, '619-238-4410', '.faq'),
      ]);
      const hidden = words.top > box.bottom;
      return hidden && state.outlines.length === 0 && !state.labels.some((l) => /phone/i.test(l)) ? true : null;
    },
    { message: 'the outline and its label to be clipped away with the words' },
  );

  // 2. Far down a long page.
  await popup.click(head(farDown.id));
  await popup.waitFor(isSelected, { message: 'the far finding to be outlined' }, farDown.id);
  const far = await eventually(
    async () => {
      const [state, words] = await Promise.all([overlayState(page), wordsRect(page, '(619) 238-4410', 'main')]);
      return words && inViewport(words) && outlineOver(state, words) ? words : null;
    },
    { message: 'the far number in view and outlined' },
  );
  assert.ok(far.scrollY > 2000, `the window scrolled far down (${far.scrollY}px)`);
  assert.deepEqual(styleChanges(stylesBefore, await styleSnapshot(page)), [], 'the page kept its styles and layout');
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-long-highlight.png') });
});

test('findings inside an open shadow root and a same-origin iframe are outlined where they are drawn', async (t) => {
  const page = await h.open('widgets.html');
  t.after(() => page.close());
  await page.frameLocator('iframe').locator('p').last().waitFor();
  const stylesBefore = await styleSnapshot(page);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const inShadow = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '626-584-3170');
  const inFrame = shown.findings.find((f) => f.category === 'phone' && f.excerpt === '626-584-3199');
  assert.ok(inShadow?.locatable && inFrame?.locatable, `phone findings in the shadow root and the frame; listed: ${shown.findings.map((f) => f.excerpt)}`);

  /** where the words are in the page's viewport: inside the shadow root, or inside the frame (moved by the frame's offset) */
  const rectIn = (where, words) =>
    page.evaluate(
      ([w, text]) => {
        let root;
        let dx = 0;
        let dy = 0;
        if (w === 'shadow') root = document.querySelector('office-hours').shadowRoot;
        else {
          const frame = document.querySelector('iframe');
          const r = frame.getBoundingClientRect();
          dx = r.left + frame.clientLeft;
          dy = r.top + frame.clientTop;
          root = frame.contentDocument.body;
        }
        const walker = (root.ownerDocument ?? root).createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = node.ownerDocument.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const b = range.getBoundingClientRect();
          return { left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy, width: innerWidth, height: innerHeight };
        }
        return null;
      },
      [where, words],
    );

  for (const [finding, where] of [
    [inShadow, 'shadow'],
    [inFrame, 'frame'],
  ]) {
    await popup.click(head(finding.id));
    await popup.waitFor(isSelected, { message: `the ${where} finding to be outlined` }, finding.id);
    const seen = await eventually(
      async () => {
        const [state, words] = await Promise.all([overlayState(page), rectIn(where, finding.excerpt)]);
        const o = words && inViewport(words) && outlineOver(state, words);
        return o && o.left <= words.left && o.right >= words.right && o.right - o.left < words.right - words.left + 20 ? { o, words } : null;
      },
      { message: `an outline hugging ${finding.excerpt} (${where}), in view` },
    );
    assert.ok(seen);
  }
  assert.ok((await page.evaluate(() => scrollY)) > 300, 'the page scrolled down to the frame');
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-frame-highlight.png') });
  assert.deepEqual(styleChanges(stylesBefore, await styleSnapshot(page)), [], 'the page kept its styles and layout');
});

test('"Mark all in page" numbers every finding that has an element; Escape in the page clears', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const stylesBefore = await styleSnapshot(page);
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const locatable = shown.findings.filter((f) => f.locatable);
  assert.ok(locatable.length >= 3, 'several findings with elements');

  await popup.click('.cl-filters__marks');
  await popup.waitFor(() => document.querySelector('.cl-filters__marks')?.getAttribute('aria-pressed') === 'true', { message: 'the toggle to be on' });
  const marked = await readPopup(popup);
  const numbers = marked.findings.filter((f) => f.number !== null);
  assert.deepEqual(
    numbers.map((f) => f.number).sort((a, b) => a - b),
    locatable.map((_, i) => i + 1),
    'the popup numbers the findings with elements 1…n, the same numbers as the marks (reading order)',
  );
  assert.ok(marked.findings.filter((f) => !f.locatable).every((f) => f.number === null), 'whole-page findings get no number');

  const state = await eventually(
    async () => {
      const s = await overlayState(page);
      return s.badges.length ? s : null;
    },
    { message: 'badges in the page' },
  );
  // Badges are placed for every finding (those off screen are positioned off screen, not dropped).
  const all = await page.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_TAG);
  assert.equal(all, 1, 'one overlay host');
  const onScreen = state.badges.map((b) => Number(b.text));
  assert.ok(onScreen.every((n) => n >= 1 && n <= locatable.length), `badge numbers ${onScreen}`);
  assert.ok(state.labels.some((l) => new RegExp(`${locatable.length} findings marked`).test(l)), `the hint counts them: ${state.labels}`);
  // Reading order: mark n+1 is never above mark n (slack for a badge moved above its line when the line is crowded).
  const byNumber = [...state.badges].sort((a, b) => Number(a.text) - Number(b.text));
  for (let i = 1; i < byNumber.length; i++) {
    assert.ok(byNumber[i].top >= byNumber[i - 1].top - 32, `mark ${byNumber[i].text} (top ${byNumber[i].top}) is not above mark ${byNumber[i - 1].text} (top ${byNumber[i - 1].top})`);
  }

  // Badge n sits on finding n: check the phone number's badge.
  const phone = numbers.find((f) => f.category === 'phone' && f.excerpt === '949-945-0927');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const placed = await eventually(
    async () => {
      const [s, words] = await Promise.all([overlayState(page), wordsRect(page, '949-945-0927', '#main')]);
      const badge = s.badges.find((b) => Number(b.text) === phone.number);
      // on the words' line, left of them (in the paragraph's margin or just before them), covering none of them
      const level = badge && words && Math.abs((badge.top + badge.bottom) / 2 - (words.top + words.bottom) / 2) < 16;
      return level && badge.right <= words.left ? { badge, words } : null;
    },
    { message: `badge ${phone.number} at the phone number` },
  );
  assert.ok(placed);
  await page.screenshot({ path: path.join(DOCS, 'show-all.png'), clip: { x: 240, y: Math.max(0, placed.words.top - 330), width: 800, height: 420 } });
  assert.deepEqual(styleChanges(stylesBefore, await styleSnapshot(page)), [], 'the page kept its styles');

  await page.keyboard.press('Escape');
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'Escape to clear the marks' });
});

test('"Mark all": badges sit beside the words, never on each other; previous/next buttons and N/P keys step through the marks', async (t) => {
  const page = await h.open('ketamine-back-pain.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const total = shown.findings.filter((f) => f.locatable).length;
  await popup.click('.cl-filters__marks');
  const state = await eventually(
    async () => {
      const s = await overlayState(page);
      return s.badges.length && s.toolbar ? s : null;
    },
    { message: 'badges and the toolbar in the page' },
  );
  // 1 px of slack: the mark in focus is drawn slightly larger
  const shrink = (r) => ({ left: r.left + 1, top: r.top + 1, right: r.right - 1, bottom: r.bottom - 1 });
  for (let i = 0; i < state.badges.length; i++) {
    for (let j = i + 1; j < state.badges.length; j++) {
      assert.ok(!overlaps(shrink(state.badges[i]), shrink(state.badges[j])), `badges ${state.badges[i].text} and ${state.badges[j].text} overlap`);
    }
    const covered = state.outlines.filter((o) => overlaps(shrink(state.badges[i]), o));
    assert.deepEqual(covered, [], `badge ${state.badges[i].text} covers marked words`);
  }
  assert.deepEqual(
    state.toolbar.buttons.map((b) => b.action),
    ['previous', 'next', 'close'],
    'the toolbar has previous, next and close',
  );

  const counterSays = (re) =>
    eventually(
      async () => {
        const s = await overlayState(page);
        return s.toolbar && re.test(s.toolbar.text) ? s : null;
      },
      { message: `the toolbar to say ${re}` },
    );
  const next = state.toolbar.buttons.find((b) => b.action === 'next');
  await page.mouse.click((next.left + next.right) / 2, (next.top + next.bottom) / 2);
  await counterSays(new RegExp(`\\b1 of ${total}\\b`));
  await page.keyboard.press('n');
  await counterSays(new RegExp(`\\b2 of ${total}\\b`));
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  // from the first mark, previous wraps to the last one, far down the page: it is scrolled into view
  const last = await counterSays(new RegExp(`\\b${total} of ${total}\\b`));
  const badge = last.badges.find((b) => Number(b.text) === total);
  const height = await page.evaluate(() => innerHeight);
  assert.ok(badge && badge.top >= 0 && badge.bottom <= height, `mark ${total} is on screen: ${JSON.stringify(badge)}`);
  assert.ok((await page.evaluate(() => scrollY)) > 0, 'the page scrolled to it');

  const close = last.toolbar.buttons.find((b) => b.action === 'close');
  await page.mouse.click((close.left + close.right) / 2, (close.top + close.bottom) / 2);
  await eventually(async () => (await overlayState(page)).hosts === 0, { message: 'the close button to clear the marks' });
});

test('a finding whose element is hidden (a closed FAQ answer) says so instead of offering "Show in page"', async (t) => {
  const page = await h.open('dental-implants.html');
  t.after(() => page.close());
  const popup = await openActionPopup(h.context, page, h.extensionId);
  t.after(() => popup.close());
  const shown = await waitForAudit(popup);
  const hidden = shown.findings.find((f) => f.excerpt === '(626) 584-3199');
  assert.ok(hidden, `the after-hours number in the closed FAQ is found: ${shown.findings.map((f) => f.excerpt)}`);
  assert.equal(hidden.locate, 'Hidden on the page');
  assert.equal(hidden.locatable, false);
  assert.ok(shown.findings.filter((f) => f !== hidden && f.locatable).every((f) => f.locate === 'Show in page'), 'the others can be shown');

  await popup.click(head(hidden.id));
  await popup.waitFor((id) => document.querySelector(`[data-finding-id="${id}"] .cl-finding__hidden`)?.textContent.includes('hidden right now'), { message: 'the card to explain' }, hidden.id);
  assert.equal((await overlayState(page)).hosts, 0, 'nothing is drawn for it');

  await popup.click('.cl-filters__marks');
  const marked = await readPopup(popup);
  assert.equal(marked.findings.find((f) => f.id === hidden.id).number, null, 'no mark number for the hidden one');
});
