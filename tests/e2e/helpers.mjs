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
export const OVERLAY_TAG = 'clinic-lint-highlight';

/**
 * Starts the sample-site server and Chromium with the built extension.
 * Run `npx wxt build` first (npm run test:e2e does).
 */
export async function startHarness() {
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await serveStatic(SITE_DIR);
  let browser;
  try {
    browser = await launchWithExtension({ extensionPath: EXTENSION_PATH, headless: true });
  } catch (err) {
    await server.close();
    throw err;
  }
  const { context, extensionId, serviceWorker } = browser;
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    /** URL of a sample page */
    url: (name) => new URL(name, server.url).href,
    /** a new tab showing the sample page `name` */
    async open(name) {
      const page = await context.newPage();
      await page.goto(new URL(name, server.url).href);
      return page;
    },
    /** the tab id the extension APIs use for `page` */
    tabId: (page) => extensionTabIdOf(serviceWorker, page),
    /** the toolbar badge text of a tab, read in the service worker */
    badgeText: (tabId) => serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
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
 * Looks at the overlay through CDP, which also sees *closed* shadow roots (page scripts and
 * Playwright locators cannot): how many hosts, where, the shadow root's mode, and where its box is.
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
    if (hosts.length === 0) return { hosts: 0 };
    const { node, parent } = hosts[0];
    const shadow = node.shadowRoots?.[0];
    const boxNode = shadow?.children?.[0];
    let box = null;
    if (boxNode) {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: boxNode.backendNodeId });
      const [x1, y1, , , x3, y3] = model.border;
      box = { left: x1, top: y1, right: x3, bottom: y3 };
    }
    return {
      hosts: hosts.length,
      parent: parent?.nodeName ?? null,
      shadowRootType: shadow?.shadowRootType ?? null,
      shadowChildren: shadow?.children?.length ?? 0,
      box,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

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

/**
 * Runs axe-core (WCAG 2.x A/AA rules) in the popup and returns its violations, one line each.
 * Evaluated over CDP, so the extension's CSP (script-src 'self') is not loosened for it.
 * @param {import('../../scripts/lib/popup.mjs').ActionPopup} popup
 */
export async function accessibilityViolations(popup) {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await popup.send('Runtime.evaluate', { expression: `${source};typeof axe`, returnByValue: true });
  if (loaded.result?.value !== 'object') throw new Error('axe-core did not load in the popup');
  return popup.evaluate(async () => {
    const results = await /** @type {any} */ (window).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
    );
  });
}
