// Shared set-up for the end-to-end tests: the built extension in real Chromium (headless), the
// sample pages on a loopback server, and helpers to look at the page and the extension's state.
// The launch/serve/popup code is the same one `npm start` uses (scripts/lib).
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, extensionTabIdOf } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/serve.mjs';

export { openActionPopup, waitForAudit, readPopup } from '../../scripts/lib/popup.mjs';
export { extensionTabIdOf } from '../../scripts/lib/chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_PATH = path.join(ROOT, '.output/chrome-mv3');
export const SITE_DIR = path.join(ROOT, 'tests/fixtures/site');
/** screenshots of the last run, for looking at failures (gitignored) */
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
/** screenshots for the README, taken by the suite */
export const DOCS = path.join(ROOT, 'docs');
export const OVERLAY_TAG = 'clinic-lint-highlight';

/**
 * Starts the sample-site server and Chromium with the built extension.
 * Run `npx wxt build` first (npm run test:e2e does).
 * @param {{ args?: string[], deviceScaleFactor?: number }} [options] extra Chromium flags; pixel density of
 *   the pages (2 for crisp README screenshots)
 */
export async function startHarness({ args = [], deviceScaleFactor } = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await serveStatic(SITE_DIR);
  let browser;
  try {
    browser = await launchWithExtension({ extensionPath: EXTENSION_PATH, headless: true, args, deviceScaleFactor });
  } catch (err) {
    await server.close();
    throw err;
  }
  const { context, extensionId, serviceWorker } = browser;
  const sw = (fn, arg) => serviceWorker.evaluate(fn, arg);
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    origin: new URL(server.url).origin,
    /** URL of a sample page */
    url: (name) => new URL(name, server.url).href,
    /** a new tab showing the sample page `name` */
    async open(name) {
      const page = await context.newPage();
      await page.goto(new URL(name, server.url).href);
      return page;
    },
    /** the options page, as a tab */
    async options() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.locator('#rules').waitFor();
      return page;
    },
    /** the tab id the extension APIs use for `page` */
    tabId: (page) => extensionTabIdOf(serviceWorker, page),
    /** the toolbar badge text of a tab, read in the service worker */
    badgeText: (tabId) => sw((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    /** chrome.storage.<area>.get(null), read in the service worker */
    storage: (area) => sw((a) => chrome.storage[a].get(null), area),
    /** the runtime content-script registrations */
    registered: () => sw(() => chrome.scripting.getRegisteredContentScripts()),
    /** permissions.contains for one origin pattern */
    hasOrigin: (pattern) => sw((p) => chrome.permissions.contains({ origins: [p] }), pattern),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

export async function readManifest() {
  return JSON.parse(await readFile(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
}

/** The page's own markup, without Clinic Lint's overlay host (shadow roots are not serialised). */
export function pageHtml(page) {
  return page.evaluate((tag) => {
    const clone = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true));
    for (const el of clone.querySelectorAll(tag)) el.remove();
    return clone.outerHTML;
  }, OVERLAY_TAG);
}

/**
 * Every computed style property and the document position of every page element (the overlay
 * host excluded), one string per element: equal snapshots = the page looks and lays out the same.
 */
export function styleSnapshot(page) {
  return page.evaluate((tag) => {
    const out = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.localName === tag) continue;
      const cs = getComputedStyle(el);
      let props = '';
      for (let i = 0; i < cs.length; i++) props += `${cs[i]}:${cs.getPropertyValue(cs[i])};`;
      const r = el.getBoundingClientRect();
      // elements without a box (display: none) report 0,0 whatever the scroll position
      const at = el.getClientRects().length ? `${Math.round(r.left + scrollX)},${Math.round(r.top + scrollY)},${Math.round(r.width)}x${Math.round(r.height)}` : 'no box';
      out.push(`${el.localName}|${at}|${props}`);
    }
    return out;
  }, OVERLAY_TAG);
}

/** What differs between two styleSnapshot()s, in short lines ("p #12: color rgb(…) → rgb(…)"). */
export function styleChanges(before, after) {
  if (before.length !== after.length) return [`${before.length} elements before, ${after.length} after`];
  const out = [];
  before.forEach((b, i) => {
    const a = after[i];
    if (a === b) return;
    const [tagB, atB, propsB] = b.split('|');
    const [, atA, propsA] = a.split('|');
    if (atA !== atB) out.push(`${tagB} #${i}: position ${atB} → ${atA}`);
    const pb = new Map(propsB.split(';').map((kv) => [kv.slice(0, kv.indexOf(':')), kv]));
    for (const kv of propsA.split(';')) {
      const key = kv.slice(0, kv.indexOf(':'));
      if (pb.get(key) !== kv) out.push(`${tagB} #${i}: ${pb.get(key) ?? key} → ${kv}`);
    }
  });
  return out.slice(0, 20);
}

/**
 * Looks at the overlay through CDP, which also sees *closed* shadow roots (page scripts and
 * Playwright locators cannot): how many hosts, where, the shadow root's mode, and every box drawn
 * (outlines, labels, badges) with its text and position on screen. Hidden parts are left out.
 * @param {import('playwright-core').Page} page
 */
export async function overlayState(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const hosts = [];
    const walk = (node, parent) => {
      if (node.nodeName === OVERLAY_TAG.toUpperCase()) hosts.push({ node, parent });
      for (const child of node.children ?? []) walk(child, node);
    };
    walk(root, null);
    if (hosts.length === 0) return { hosts: 0, boxes: [], outlines: [], badges: [], labels: [], toolbar: null };
    const { node, parent } = hosts[0];
    const shadow = node.shadowRoots?.[0];
    const layer = shadow?.children?.[0];
    const boxes = [];
    let toolbar = null;
    const boxOf = async (node) => {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
      const [x1, y1, , , x3, y3] = model.border;
      return { left: x1, top: y1, right: x3, bottom: y3 };
    };
    const deepText = (node) => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(deepText).join(''));
    for (const child of layer?.children ?? []) {
      try {
        // the bar of "Mark all" (count, previous, next, close): its text and its buttons
        if ((child.attributes ?? []).join(' ').includes('toolbar')) {
          const buttons = [];
          for (const b of child.children ?? []) {
            if (b.nodeName !== 'BUTTON') continue;
            const attrs = Object.fromEntries((b.attributes ?? []).flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]]])));
            buttons.push({ action: attrs['data-action'], label: attrs['aria-label'], ...(await boxOf(b)) });
          }
          toolbar = { text: deepText(child), buttons, ...(await boxOf(child)) };
          continue;
        }
        const text = (child.children ?? []).filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join('');
        boxes.push({ ...(await boxOf(child)), text });
      } catch {
        // display: none
      }
    }
    return {
      hosts: hosts.length,
      parent: parent?.nodeName ?? null,
      shadowRootType: shadow?.shadowRootType ?? null,
      boxes,
      /** outline boxes (no text) */
      outlines: boxes.filter((b) => !b.text),
      /** numbered badges */
      badges: boxes.filter((b) => /^\d+$/.test(b.text)),
      /** the label and the hint (and the toolbar's text) */
      labels: [...boxes.filter((b) => b.text && !/^\d+$/.test(b.text)).map((b) => b.text), ...(toolbar ? [toolbar.text] : [])],
      /** "Mark all": the bar with previous / next / close */
      toolbar,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Rectangles overlap. */
export const overlaps = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Polls `fn` until it returns a truthy value. */
export async function eventually(fn, { timeout = 10_000, interval = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

async function axeSource() {
  return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

const describeViolations = (violations) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);

/**
 * Runs axe-core (WCAG 2.x A/AA rules + best practices) in the popup and returns its violations, one
 * line each. Evaluated over CDP, so the extension's CSP (script-src 'self') is not loosened for it.
 * @param {import('../../scripts/lib/popup.mjs').ActionPopup} popup
 */
export async function accessibilityViolations(popup) {
  const loaded = await popup.send('Runtime.evaluate', { expression: `${await axeSource()};typeof axe`, returnByValue: true });
  if (loaded.result?.value !== 'object') throw new Error('axe-core did not load in the popup');
  const violations = await popup.evaluate(async (options) => (await /** @type {any} */ (window).axe.run(document, options)).violations, AXE_OPTIONS);
  return describeViolations(violations);
}

/**
 * The same for a Playwright page (the options page), optionally only inside `selector`.
 * page.evaluate goes through CDP too, so CSP does not apply.
 */
export async function pageAccessibilityViolations(page, selector = null) {
  if (!(await page.evaluate(() => typeof (/** @type {any} */ (window).axe) === 'object'))) await page.evaluate(`${await axeSource()};undefined`);
  const violations = await page.evaluate(
    async ([sel, options]) => (await /** @type {any} */ (window).axe.run(sel ? document.querySelector(sel) : document, options)).violations,
    [selector, AXE_OPTIONS],
  );
  return describeViolations(violations);
}

/**
 * Grants the extension access to a site the way a person can in the browser's own UI: the
 * extension's details page (chrome://extensions → Site access → add a site), which calls
 * chrome.developerPrivate.addHostPermission. Chromium's permission prompt is browser UI that CDP
 * cannot click, but it is not shown for a permission the user already granted: the extension's
 * permissions.request (called from a real click in the popup, a user gesture) then resolves true
 * at once and the permission becomes active. Without this grant the request waits on the prompt.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function grantSiteAccess(context, extensionId, pattern) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    await page.evaluate(([id, host]) => /** @type {any} */ (globalThis).chrome.developerPrivate.addHostPermission(id, host), [extensionId, pattern]);
  } finally {
    await page.close();
  }
}

/**
 * What the extension has put into a page's isolated world: whether a content script runs there at
 * all (its world exists) and whether the audit engine (/engine.js, utils/page-engine.ts) was loaded.
 * Read over CDP, since page scripts (and page.evaluate) cannot see the isolated world.
 * @param {import('playwright-core').Page} page
 */
export async function isolatedWorldState(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    /** @type {any[]} */
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await new Promise((r) => setTimeout(r, 100)); // the existing contexts are reported right after enable
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Clinic Lint' && c.auxData?.isDefault === false);
    if (!world) return { contentScript: false, engine: false };
    const { result } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression: 'typeof globalThis.__clinicLintEngine', returnByValue: true });
    return { contentScript: true, engine: result.value === 'object' };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
