// Opening and driving the extension's real toolbar popup, the way a user gets it.
//
// How: CDP `Extensions.triggerAction` on the page's tab target = a click on the toolbar button. It
// grants activeTab for that tab (the only way this extension, which has no host permissions, may
// script a page) and opens popup.html as the actual action popup. Playwright does not surface that
// popup as a Page (it is not a tab), so this module attaches to its target over the browser CDP
// session and talks to it with Target.sendMessageToTarget (non-flattened session): evaluate, click,
// screenshot. The popup code under test is the production build, unchanged.
import { writeFile } from 'node:fs/promises';
import { browserSession, tabTargetOf } from './chromium.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Keys that are not text, with their DOM code and Windows virtual key code (what CDP needs). */
const KEYS = {
  Enter: { code: 'Enter', vk: 13, text: '\r' },
  Escape: { code: 'Escape', vk: 27 },
  Tab: { code: 'Tab', vk: 9 },
  ArrowDown: { code: 'ArrowDown', vk: 40 },
  ArrowUp: { code: 'ArrowUp', vk: 38 },
  Home: { code: 'Home', vk: 36 },
  End: { code: 'End', vk: 35 },
  ' ': { code: 'Space', vk: 32, text: ' ' },
  '/': { code: 'Slash', vk: 191, text: '/' },
};

export class ActionPopup {
  /** @param {import('playwright-core').CDPSession} cdp @param {string} sessionId @param {string} targetId */
  constructor(cdp, sessionId, targetId) {
    this.cdp = cdp;
    this.sessionId = sessionId;
    this.targetId = targetId;
    this.nextId = 0;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
    this.pending = new Map();
    /** console output and uncaught errors of the popup, for failure messages */
    this.logs = [];
    this.onMessage = (/** @type {{ sessionId: string, message: string }} */ event) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message);
      if (msg.id != null && this.pending.has(msg.id)) {
        const { resolve, reject } = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) reject(new Error(`${msg.error.message} (${msg.error.code})`));
        else resolve(msg.result);
      } else if (msg.method === 'Runtime.consoleAPICalled') {
        this.logs.push(`console.${msg.params.type}: ${msg.params.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
      } else if (msg.method === 'Runtime.exceptionThrown') {
        const d = msg.params.exceptionDetails;
        this.logs.push(`uncaught: ${d.exception?.description ?? d.text}`);
      }
    };
    this.onDetached = (/** @type {{ sessionId: string }} */ event) => {
      if (event.sessionId !== this.sessionId) return;
      this.closed = true;
      for (const { reject } of this.pending.values()) reject(new Error('The popup closed'));
      this.pending.clear();
    };
    cdp.on('Target.receivedMessageFromTarget', this.onMessage);
    cdp.on('Target.detachedFromTarget', this.onDetached);
    this.closed = false;
  }

  /** Sends a CDP command to the popup's page. */
  send(method, params = {}) {
    if (this.closed) return Promise.reject(new Error('The popup is closed'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((err) => {
          this.pending.delete(id);
          reject(err);
        });
    });
  }

  /**
   * Runs `fn(...args)` in the popup and returns its (JSON) result; `fn` may be async.
   * @template T @param {(...args: any[]) => T} fn @param {...any} args @returns {Promise<Awaited<T>>}
   */
  async evaluate(fn, ...args) {
    const expression = `(${fn.toString()})(...${JSON.stringify(args)})`;
    const res = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true });
    if (res.exceptionDetails) {
      throw new Error(`In the popup: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    }
    return res.result.value;
  }

  /**
   * Polls `fn(...args)` in the popup until it returns a truthy value, and returns that value.
   * @template T @param {(...args: any[]) => T} fn @param {{ timeout?: number, message?: string }} [options] @param {...any} args
   * @returns {Promise<Awaited<T>>}
   */
  async waitFor(fn, { timeout = 10_000, message = 'condition' } = {}, ...args) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.evaluate(fn, ...args);
      if (last) return last;
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${message} in the popup. Popup log:\n${this.logs.join('\n') || '(empty)'}`);
      }
      await sleep(50);
    }
  }

  /** A real mouse click (Input.dispatchMouseEvent) in the middle of the first element matching `selector`. */
  async click(selector) {
    const point = await this.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, selector);
    if (!point) throw new Error(`Nothing matches ${selector} in the popup`);
    const base = { x: point.x, y: point.y, button: 'left', clickCount: 1 };
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y });
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...base });
    await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...base });
  }

  /** Focuses the first element matching `selector` (as a Tab key press would). */
  async focus(selector) {
    const ok = await this.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      el.focus();
      return document.activeElement === el;
    }, selector);
    if (!ok) throw new Error(`Cannot focus ${selector} in the popup`);
  }

  /** A real key press (Input.dispatchKeyEvent) on the focused element: Enter, Escape, ArrowDown, Home, "/", "a"… */
  async press(key) {
    const special = KEYS[key];
    const base = special ? { key, code: special.code, windowsVirtualKeyCode: special.vk, nativeVirtualKeyCode: special.vk } : { key, text: key, unmodifiedText: key };
    const text = special?.text;
    await this.send('Input.dispatchKeyEvent', { type: text || !special ? 'keyDown' : 'rawKeyDown', ...base, ...(text ? { text, unmodifiedText: text } : {}) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  /** Types text into the focused field, as an input method would (Input.insertText). */
  async type(text) {
    await this.send('Input.insertText', { text });
  }

  /** PNG of the popup as it is drawn (the popup sizes itself to its content, up to 800×600). */
  async screenshot(file) {
    // Clip to the body: when the content is taller than the popup, Chromium widens the popup for a
    // scrollbar, which headless (overlay scrollbars) does not draw, leaving an empty strip.
    // The clip is in document coordinates: start at the current scroll position (what is on screen).
    const area = await this.evaluate(() => ({
      x: scrollX,
      y: scrollY,
      width: Math.min(document.documentElement.clientWidth, Math.ceil(document.body.getBoundingClientRect().width)),
      height: innerHeight,
    }));
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', clip: { ...area, scale: 1 } });
    const png = Buffer.from(data, 'base64');
    if (file) await writeFile(file, png);
    return png;
  }

  async close() {
    this.cdp.off('Target.receivedMessageFromTarget', this.onMessage);
    this.cdp.off('Target.detachedFromTarget', this.onDetached);
    if (!this.closed) {
      this.closed = true;
      await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    }
    await this.cdp.detach().catch(() => {});
  }
}

/**
 * Clicks the extension's toolbar button for `page` (CDP Extensions.triggerAction) and returns the
 * popup that opens.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page the tab to click the button on
 * @param {string} extensionId
 * @param {{ timeout?: number }} [options]
 */
export async function openActionPopup(context, page, extensionId, { timeout = 10_000 } = {}) {
  const cdp = await browserSession(context);
  try {
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const listPopups = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'page' && t.url === popupUrl).map((t) => t.targetId);
    const before = new Set(await listPopups());
    const tabTarget = await tabTargetOf(cdp, page);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTarget });

    const deadline = Date.now() + timeout;
    let targetId;
    while (!(targetId = (await listPopups()).find((id) => !before.has(id)))) {
      if (Date.now() > deadline) throw new Error('The action popup did not open');
      await sleep(50);
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const popup = new ActionPopup(cdp, sessionId, targetId);
    await popup.send('Runtime.enable');
    return popup;
  } catch (err) {
    await cdp.detach().catch(() => {});
    throw err;
  }
}

/** Waits until the popup has finished its audit (or shows an error) and returns what it shows. */
export async function waitForAudit(popup, { timeout = 20_000 } = {}) {
  await popup.waitFor(
    () => !document.querySelector('[data-state="loading"]') && !!document.querySelector('.cl-summary, .cl-status'),
    { timeout, message: 'the audit to finish' },
  );
  return readPopup(popup);
}

/**
 * What the popup shows, as data: page title, kind, severity counts, designed-state panels and the
 * listed findings (read from the rendered DOM, i.e. what the user sees).
 */
export function readPopup(popup) {
  return popup.evaluate(() => {
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = document.querySelector('.cl-summary__kind');
    const counts = {};
    for (const li of document.querySelectorAll('.cl-count')) counts[li.dataset.severity] = Number(li.dataset.count);
    return {
      title: text(document.querySelector('.bar__page')),
      kind: kind?.dataset.kind ?? null,
      kindLabel: text(kind?.querySelector('.cl-summary__kind-label')),
      confidence: text(kind?.querySelector('.cl-summary__confidence')),
      counts,
      states: [...document.querySelectorAll('.cl-status')].map((s) => ({
        state: s.dataset.state,
        title: text(s.querySelector('.cl-status__title')),
        text: text(s.querySelector('.cl-status__body p')),
        actions: [...s.querySelectorAll('.cl-status__actions button')].map(text),
      })),
      notes: [...document.querySelectorAll('.note')].map(text),
      auto: (() => {
        const sw = document.querySelector('#auto-audit');
        return sw ? { checked: sw.getAttribute('aria-checked') === 'true', busy: sw.hasAttribute('disabled') } : null;
      })(),
      filterStatus: text(document.querySelector('.cl-filters__status')),
      dismissed: [...document.querySelectorAll('.cl-dismissed__item[data-finding-id]')].map((li) => ({
        id: li.dataset.findingId,
        message: text(li.querySelector('.cl-dismissed__message')),
        reason: text(li.querySelector('.cl-dismissed__why')),
      })),
      silenced: [...document.querySelectorAll('.cl-dismissed__item[data-rule-id]')].map((li) => ({
        ruleId: li.dataset.ruleId,
        text: text(li.querySelector('.cl-dismissed__why')),
      })),
      findings: [...document.querySelectorAll('.cl-finding')].map((li) => ({
        id: li.dataset.findingId,
        ruleId: li.dataset.ruleId,
        category: li.dataset.category,
        group: text(li.closest('.cl-group')?.querySelector('.cl-group__title')?.firstChild),
        severity: li.dataset.severity,
        message: text(li.querySelector('.cl-finding__message')),
        excerpt: text(li.querySelector('.cl-finding__excerpt q')),
        fix: text(li.querySelector('.cl-finding__fix')),
        locatable: !!li.querySelector('.cl-finding__head[data-locatable]'),
        /** "Show in page", "Hidden on the page", "Whole page" */
        locate: text(li.querySelector('.cl-finding__locate')),
        expanded: li.querySelector('.cl-finding__head')?.getAttribute('aria-expanded') === 'true',
        selected: li.classList.contains('cl-finding--selected'),
        number: li.querySelector('.cl-finding__number') ? Number(text(li.querySelector('.cl-finding__number')).replace(/\D/g, '')) : null,
        note: text(li.querySelector('.cl-finding__note')),
      })),
    };
  });
}
