// Launching Chromium with the built extension, for `npm start` and the e2e tests.
// Facts this relies on (checked on Debian Chromium 156 + playwright-core 1.65):
// - Unpacked extensions load only in a persistent context, headless included.
// - Extensions.triggerAction (CDP) is allowed on the *browser* session only (a page session gets
//   "Method not allowed"), needs the *tab* target id (a page target id gets "Action can only be
//   triggered on a tab target"), and does what a click on the toolbar button does: it grants
//   activeTab for that tab and opens the real action popup. Playwright does not expose that popup
//   as a Page, so popup.mjs drives it over CDP.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Flags for a closed network: no background requests, updates, sync or QUIC. */
export const CLOSED_NETWORK_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The Chromium binary: $CHROME_PATH, else `chromium` (or chromium-browser, google-chrome) on PATH. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
}

/**
 * Launches Chromium with one unpacked extension in a fresh temporary profile.
 * @param {{ extensionPath: string, headless?: boolean, args?: string[], viewport?: { width: number, height: number } | null, deviceScaleFactor?: number }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, serviceWorker: import('playwright-core').Worker, close: () => Promise<void> }>}
 */
export async function launchWithExtension({ extensionPath, headless = true, args = [], viewport, deviceScaleFactor }) {
  const ext = path.resolve(extensionPath);
  if (!existsSync(path.join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npx wxt build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless,
    viewport: viewport === undefined ? { width: 1280, height: 800 } : viewport,
    ...(deviceScaleFactor && viewport !== null ? { deviceScaleFactor } : {}),
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...CLOSED_NETWORK_FLAGS,
      // headless has an 800×600 screen, which leaves the toolbar popup 510 px of its 600 px height
      ...(headless && !args.some((a) => a.startsWith('--screen-info=')) ? ['--screen-info={0,0 1280x1024}'] : []),
      ...args,
    ],
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // The id is a hash of the load path, so it is derived, never hard-coded.
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close: () => context.close() };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

/**
 * A browser-level CDP session (needed for Extensions.* and for tab targets).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function browserSession(context) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle for this context');
  return browser.newBrowserCDPSession();
}

/**
 * The CDP *tab* target of a Playwright page. Tab targets carry no link to their page target, so the
 * page is brought to the front (as a user would look at it before clicking the toolbar button) and
 * matched by URL and "active tab".
 * @param {import('playwright-core').CDPSession} cdp browser session
 * @param {import('playwright-core').Page} page
 */
export async function tabTargetOf(cdp, page) {
  await page.bringToFront();
  const url = page.url();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
  const active = tabs.filter((t) => /** @type {any} */ (t).embedderData?.tabActive);
  const tab = active.length === 1 ? active[0] : tabs.length === 1 ? tabs[0] : null;
  if (!tab) throw new Error(`Cannot tell which tab shows ${url} (${tabs.length} candidates)`);
  return tab.targetId;
}

/**
 * The browser's own tab id (as the extension sees it) of the active tab, read in the service worker.
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {import('playwright-core').Page} page
 */
export async function extensionTabIdOf(serviceWorker, page) {
  await page.bringToFront();
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (typeof id === 'number') return id;
    } catch (err) {
      // the worker can be reached a moment before chrome.* is bound
      if (attempt >= 10) throw err;
    }
    if (attempt >= 10) throw new Error('No active tab');
    await new Promise((r) => setTimeout(r, 100));
  }
}
