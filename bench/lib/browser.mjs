// Chromium for the benchmark: Debian's binary through playwright-core (scripts/lib/chromium.mjs),
// headless, closed network. Each corpus page is served by the loopback server (scripts/lib/serve.mjs)
// and only its HTML is delivered, so the timings are about the DOM:
// - the document is fetched from the server through a route and fulfilled with bench headers: a CSP
//   that blocks every subresource in the renderer itself (`default-src 'none'`: no scripts, styles
//   sheets, images, fonts, frames; inline `<style>` and style attributes stay, as they decide what is
//   hidden), and COOP/COEP, which make the page cross-origin isolated so performance.now() has 5 µs
//   resolution instead of 100 µs;
// - every other navigation (meta refresh, frames) is aborted.
// The page's own scripts never run; the bench injects its code through CDP (page.evaluate), which
// a CSP does not block, whereas `javaScriptEnabled: false` would block page.evaluate too.
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'";
export const PAGE_HEADERS = {
  'content-type': 'text/html', // no charset: the page's own <meta charset> decides, as on its real server
  'content-security-policy': PAGE_CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

export async function launchBrowser({ headless = true, args = [] } = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: [...CLOSED_NETWORK_FLAGS, ...args],
  });
}

/**
 * Loads pages one after the other in one tab (a fresh tab after a failure), HTML only.
 * @param {import('playwright-core').BrowserContext} context
 */
export function htmlOnlyLoader(context) {
  /** @type {import('playwright-core').Page | null} */
  let page = null;
  /** the URL whose document the route may deliver, once */
  let expected = null;
  let blocked = 0;
  const ready = context.route('**/*', async (route) => {
    const req = route.request();
    if (expected && req.url() === expected && req.isNavigationRequest() && !req.frame().parentFrame()) {
      expected = null;
      try {
        const response = await route.fetch();
        await route.fulfill({ status: response.status(), headers: PAGE_HEADERS, body: await response.body() });
      } catch {
        await route.abort().catch(() => {});
      }
      return;
    }
    blocked++;
    await route.abort('blockedbyclient').catch(() => {});
  });
  return {
    /** Navigates the tab to `url` and resolves when it has loaded. */
    async load(url, { timeout = 30_000 } = {}) {
      await ready;
      page ??= await context.newPage();
      expected = url;
      try {
        await page.goto(url, { waitUntil: 'load', timeout });
      } catch (err) {
        await this.discard();
        throw err;
      }
      return page;
    },
    /** Closes the tab (after a hang or a crash); the next load opens a new one. */
    async discard() {
      const p = page;
      page = null;
      if (p) await Promise.race([p.close({ runBeforeUnload: false }).catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    },
    get blocked() {
      return blocked;
    },
  };
}

/** One page, HTML only, in a new tab of `context` (for the popup timing). */
export async function openHtmlOnly(context, url, options) {
  const loader = htmlOnlyLoader(context);
  const page = await loader.load(url, options);
  return { page, loader };
}
