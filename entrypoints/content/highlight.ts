// Outlines one page element without touching it: a fixed-position box drawn from
// getBoundingClientRect() inside a closed shadow root on our own host element. The page's elements
// never get a class, a style or an attribute from us; page CSS cannot reach the box and page scripts
// cannot reach into the shadow root. All styles are set through the CSSOM (element.style), which a
// page's Content-Security-Policy does not block, unlike an injected <style> element.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightResult } from '@/utils/messaging';

export const HOST_TAG = 'clinic-lint-highlight';
const PAD = 4;
const COLOR = '#c5221f';

type Styles = Record<string, string>;

function setStyles(el: HTMLElement, styles: Styles): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

export interface Highlighter {
  show(selector: string, label?: string): HighlightResult;
  clear(): void;
}

export function createHighlighter(ctx: ContentScriptContext): Highlighter {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let tag: HTMLElement | null = null;
  let target: Element | null = null;
  /** aborts the listeners of the current highlight */
  let current: AbortController | null = null;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;

  function build(): void {
    if (host?.isConnected) return;
    host = document.createElement(HOST_TAG);
    setStyles(host, {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      overflow: 'visible',
      'pointer-events': 'none',
      'z-index': '2147483647',
    });
    // Decorative: the popup already tells assistive tech what is highlighted.
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    box = document.createElement('div');
    setStyles(box, {
      position: 'fixed',
      'box-sizing': 'border-box',
      border: `3px solid ${COLOR}`,
      'border-radius': '4px',
      'box-shadow': '0 0 0 3px rgba(255,255,255,0.85), 0 0 0 7px rgba(197,34,31,0.28)',
      background: 'rgba(197,34,31,0.06)',
      'pointer-events': 'none',
      margin: '0',
      padding: '0',
    });
    tag = document.createElement('div');
    setStyles(tag, {
      position: 'fixed',
      'max-width': 'min(360px, calc(100vw - 16px))',
      overflow: 'hidden',
      'white-space': 'nowrap',
      'text-overflow': 'ellipsis',
      background: COLOR,
      color: '#fff',
      font: '600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      padding: '2px 8px',
      'border-radius': '3px',
      'pointer-events': 'none',
      margin: '0',
    });
    root.append(box, tag);
    // On <html>, after <body>: the page's body children (and their nth-of-type selectors) stay as they were.
    document.documentElement.append(host);
  }

  function place(): void {
    frame = 0;
    if (!target || !box || !tag) return;
    if (!target.isConnected) {
      clear();
      return;
    }
    const r = target.getBoundingClientRect();
    setStyles(box, {
      left: `${r.left - PAD}px`,
      top: `${r.top - PAD}px`,
      width: `${r.width + PAD * 2}px`,
      height: `${r.height + PAD * 2}px`,
    });
    // the label sits above the box, or inside its top edge when there is no room above
    const above = r.top - PAD - 24 >= 0;
    setStyles(tag, {
      left: `${Math.max(8, r.left - PAD)}px`,
      top: above ? `${r.top - PAD - 24}px` : `${Math.max(0, r.top - PAD) + 4}px`,
      display: tag.textContent ? 'block' : 'none',
    });
  }

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(place);
  }

  function clear(): void {
    current?.abort();
    current = null;
    resizeObserver?.disconnect();
    resizeObserver = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    target = null;
    host?.remove();
    host = box = tag = null;
  }

  function show(selector: string, label?: string): HighlightResult {
    let el: Element | null = null;
    try {
      el = document.querySelector(selector);
    } catch {
      el = null; // not a valid selector (a report from another page or version)
    }
    if (!el) {
      clear();
      return { found: false, visible: false };
    }
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      clear();
      return { found: true, visible: false };
    }

    clear();
    build();
    target = el;
    tag!.textContent = label ?? '';

    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });

    current = new AbortController();
    // (ctx invalidation calls clear(), which aborts these too)
    const opts = { capture: true, passive: true, signal: current.signal } as const;
    window.addEventListener('scroll', schedule, opts);
    window.addEventListener('resize', schedule, opts);
    // The outline stays until the user presses Escape or clicks in the page (or the popup clears it).
    window.addEventListener('keydown', (e) => { if (e.key === 'Escape') clear(); }, opts);
    window.addEventListener('pointerdown', () => clear(), opts);
    if (typeof ResizeObserver === 'function') {
      resizeObserver = new ResizeObserver(schedule);
      resizeObserver.observe(el);
    }
    place();
    return { found: true, visible: true };
  }

  ctx.onInvalidated(clear);
  return { show, clear };
}
