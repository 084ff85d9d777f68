// The in-page overlay: outlines one finding (its exact words when they can be found, else its
// element) or marks every finding with a numbered badge ("show all"). It never touches the page's
// elements: no class, style or attribute is added to them. Everything is drawn as fixed-position
// boxes computed from getBoundingClientRect()/Range.getClientRects() inside a *closed* shadow root
// on our own host element, which hangs off <html> after <body> with no size, so the page's layout,
// selectors such as body > :nth-child and computed styles stay as they were. Styles are set through
// the CSSOM (element.style), which a page's Content-Security-Policy does not block, unlike a
// <style> element.
//
// Boxes follow the page: scroll (the window or any scrolled container, caught in the capture phase),
// resize and size changes of the target re-place them on the next animation frame, clipped to the
// scroll containers the target sits in. Escape clears. Reads layout, so it runs only on request.
//
// Targets inside open shadow roots and same-origin frames (which the engine audits too) come with a
// chained selector (`host >>> inner`, see utils/gather/selector.ts); a frame's boxes are moved from
// the frame's viewport into the page's and clipped to the frame.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightRequest, HighlightResult, MarkItem, ShowAllResult, TargetSpec } from '@/utils/messaging';
import type { Severity } from '@/utils/types';
import { resolveSelector } from '@/utils/gather/selector';
import { collectText, findTextRange } from './text-range';
import { inReadingOrder } from './reading-order';

export const HOST_TAG = 'clinic-lint-highlight';
const PAD = 3;
const FONT = '600 11.5px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const COLOR: Record<Severity, { edge: string; fill: string; halo: string }> = {
  error: { edge: '#c5221f', fill: 'rgba(197,34,31,0.10)', halo: 'rgba(197,34,31,0.28)' },
  warning: { edge: '#b35c00', fill: 'rgba(255,176,32,0.18)', halo: 'rgba(179,92,0,0.28)' },
  info: { edge: '#1a5fb4', fill: 'rgba(26,95,180,0.10)', halo: 'rgba(26,95,180,0.28)' },
};

type Styles = Record<string, string>;

function setStyles(el: HTMLElement, styles: Styles): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const toRect = (r: DOMRect | DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const isEmpty = (r: Rect) => r.right - r.left <= 0 || r.bottom - r.top <= 0;
const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** Line boxes of a range, one per line (inline fragments of the same line merged). */
export function lineRects(rects: ArrayLike<DOMRect | DOMRectReadOnly>): Rect[] {
  const out: Rect[] = [];
  for (const r of Array.from(rects)) {
    if (r.width <= 0 || r.height <= 0) continue;
    const line = out.find((o) => Math.abs(o.top - r.top) < r.height / 2 && Math.abs(o.bottom - r.bottom) < r.height / 2);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else out.push(toRect(r));
  }
  return out;
}

/** The parent in the flat (rendered) tree: the slot an element is assigned to, its parent, or its shadow host. */
function layoutParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
}

/** Ancestors that clip their content (scroll containers, overflow:hidden boxes), nearest first, within el's document. */
function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  for (let a = layoutParent(el); a && a !== doc.documentElement && a !== doc.body; a = layoutParent(a)) {
    const cs = win.getComputedStyle(a);
    if (cs.position === 'fixed') break;
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(a);
  }
  return out;
}

/** The same-origin <iframe>s around an element's document, innermost first (empty in the page itself). */
function framesAround(el: Element): Element[] {
  const out: Element[] = [];
  for (let doc = el.ownerDocument; doc !== document; ) {
    const frame = doc.defaultView?.frameElement ?? null;
    if (!frame) break;
    out.push(frame);
    doc = frame.ownerDocument;
  }
  return out;
}

/** Moves a rect from the viewport of a frame's document to the page's viewport. */
function toPage(r: Rect, frames: readonly Element[]): Rect {
  let { left, top, right, bottom } = r;
  for (const f of frames) {
    const box = f.getBoundingClientRect();
    const cs = f.ownerDocument.defaultView!.getComputedStyle(f);
    const dx = box.left + f.clientLeft + (parseFloat(cs.paddingLeft) || 0);
    const dy = box.top + f.clientTop + (parseFloat(cs.paddingTop) || 0);
    left += dx;
    right += dx;
    top += dy;
    bottom += dy;
  }
  return { left, top, right, bottom };
}

/** Everything that clips a target, with the frames each clipping box sits in. */
interface Clip {
  el: Element;
  frames: Element[];
}

function clipsFor(el: Element, frames: Element[]): Clip[] {
  const out: Clip[] = clippingAncestors(el).map((a) => ({ el: a, frames }));
  frames.forEach((frame, i) => {
    const outer = frames.slice(i + 1);
    // the frame's own box (its viewport), then whatever clips the frame in its document
    out.push({ el: frame, frames: outer }, ...clippingAncestors(frame).map((a) => ({ el: a, frames: outer })));
  });
  return out;
}

function isScrollable(el: Element): boolean {
  const cs = el.ownerDocument.defaultView!.getComputedStyle(el);
  const scrollY = /(auto|scroll|overlay)/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
  const scrollX = /(auto|scroll|overlay)/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
  return scrollY || scrollX;
}

/** The client area of a box (inside borders, without scrollbars) in viewport coordinates. */
function clientArea(el: Element): Rect {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

interface Target {
  el: Element;
  /** the finding's exact words, when found */
  range: Range | null;
  severity: Severity;
  n?: number;
  label?: string;
  /** same-origin frames around the element, innermost first */
  frames: Element[];
  clips: Clip[];
  boxes: HTMLElement[];
  badge?: HTMLElement;
}

export interface Overlay {
  highlight(req: HighlightRequest): HighlightResult;
  showAll(items: MarkItem[]): ShowAllResult;
  clear(): void;
}

export function createOverlay(ctx: ContentScriptContext): Overlay {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let tag: HTMLElement | null = null;
  let hint: HTMLElement | null = null;
  let targets: Target[] = [];
  let mode: 'none' | 'single' | 'all' = 'none';
  let listeners: AbortController | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let frame = 0;

  const isOurs = (el: Element) => el.localName === HOST_TAG;

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
    // Decorative: the popup tells assistive technology what is outlined.
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    layer = document.createElement('div');
    setStyles(layer, { position: 'fixed', inset: '0', 'pointer-events': 'none', margin: '0', padding: '0' });
    root.append(layer);
    // On <html>, after <body>: the page's body children (and their nth-child selectors) stay as they were.
    document.documentElement.append(host);
  }

  function resolve(spec: TargetSpec): { el: Element | null; range: Range | null } {
    // null for a selector that is not valid or matches nothing (a report from another page or version)
    const el = resolveSelector(document, spec.selector);
    if (!el) return { el: null, range: null };
    const found = findTextRange(el, spec, isOurs);
    if (!found) return { el, range: null };
    // The words are (nearly) all of the element: outline the element, it reads better (a button, a link).
    const all = collectText(el, isOurs).text.length;
    const words = found.range.toString().replace(/\s+/g, ' ').trim().length;
    return { el, range: words >= all * 0.9 ? null : found.range };
  }

  /** The target's boxes in the page's viewport: one per line of its words, or its element's box. */
  function rectsOf(t: Target): Rect[] {
    if (t.range) {
      const lines = lineRects(t.range.getClientRects());
      if (lines.length) return t.frames.length ? lines.map((r) => toPage(r, t.frames)) : lines;
    }
    return [toPage(toRect(t.el.getBoundingClientRect()), t.frames)];
  }

  function clipOf(t: Target): Rect {
    let clip: Rect = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    for (const c of t.clips) clip = intersect(clip, toPage(clientArea(c.el), c.frames));
    return clip;
  }

  function hasBox(el: Element): boolean {
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  }

  function box(severity: Severity, strong: boolean): HTMLElement {
    const c = COLOR[severity];
    const el = document.createElement('div');
    setStyles(el, {
      position: 'fixed',
      'box-sizing': 'border-box',
      margin: '0',
      padding: '0',
      'pointer-events': 'none',
      'border-radius': '3px',
      border: strong ? `2px solid ${c.edge}` : `1.5px dashed ${c.edge}`,
      background: strong ? c.fill : 'transparent',
      'box-shadow': strong ? `0 0 0 2px rgba(255,255,255,0.9), 0 0 0 6px ${c.halo}` : 'none',
    });
    return el;
  }

  function pill(text: string, styles: Styles): HTMLElement {
    const el = document.createElement('div');
    setStyles(el, {
      position: 'fixed',
      margin: '0',
      'pointer-events': 'none',
      font: FONT,
      color: '#fff',
      'white-space': 'nowrap',
      ...styles,
    });
    el.textContent = text;
    return el;
  }

  function place(): void {
    frame = 0;
    if (!layer) return;
    targets = targets.filter((t) => t.el.isConnected);
    if (!targets.length) {
      clear();
      return;
    }
    const taken = new Map<string, number>();
    for (const t of targets) {
      const clip = clipOf(t);
      const rects = rectsOf(t)
        .map((r) => intersect({ left: r.left - PAD, top: r.top - PAD, right: r.right + PAD, bottom: r.bottom + PAD }, clip))
        .filter((r) => !isEmpty(r));
      while (t.boxes.length < rects.length) {
        const b = box(t.severity, mode === 'single');
        t.boxes.push(b);
        layer.append(b);
      }
      t.boxes.forEach((b, i) => {
        const r = rects[i];
        if (!r) {
          setStyles(b, { display: 'none' });
          return;
        }
        setStyles(b, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.right - r.left}px`, height: `${r.bottom - r.top}px` });
      });
      const first = rects[0];
      if (t.badge) {
        if (!first) setStyles(t.badge, { display: 'none' });
        else {
          // badges of findings at the same spot line up side by side instead of stacking
          const key = `${Math.round(first.left / 8)}:${Math.round(first.top / 8)}`;
          const nth = taken.get(key) ?? 0;
          taken.set(key, nth + 1);
          const left = Math.min(Math.max(first.left - 12 + nth * 26, clip.left), clip.right - 24);
          const top = Math.min(Math.max(first.top - 14, clip.top), clip.bottom - 24);
          setStyles(t.badge, { display: 'block', left: `${left}px`, top: `${top}px` });
        }
      }
      if (mode === 'single' && tag) {
        if (!first) setStyles(tag, { display: 'none' });
        else {
          // above the outline, or under it when there is no room above
          const above = first.top - 22 >= clip.top;
          const last = rects[rects.length - 1]!;
          setStyles(tag, {
            display: 'block',
            left: `${Math.max(8, Math.min(first.left, window.innerWidth - 340))}px`,
            top: above ? `${first.top - 22}px` : `${Math.min(last.bottom + 3, window.innerHeight - 22)}px`,
          });
        }
      }
    }
  }

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(place);
  }

  function listen(): void {
    listeners?.abort();
    listeners = new AbortController();
    const opts = { capture: true, passive: true, signal: listeners.signal } as const;
    window.addEventListener('scroll', schedule, opts);
    window.addEventListener('resize', schedule, opts);
    // scrolling inside a frame does not reach this window
    const frameWindows = new Set(targets.flatMap((t) => t.frames.map((f) => (f as HTMLIFrameElement).contentWindow)));
    for (const w of frameWindows) w?.addEventListener('scroll', schedule, opts);
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') clear();
      },
      opts,
    );
    if (typeof ResizeObserver === 'function') {
      resizeObserver = new ResizeObserver(schedule);
      for (const t of targets) resizeObserver.observe(t.el);
    }
  }

  function clear(): void {
    listeners?.abort();
    listeners = null;
    resizeObserver?.disconnect();
    resizeObserver = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    targets = [];
    mode = 'none';
    host?.remove();
    host = layer = tag = hint = null;
  }

  /** Scrolls every scroll container (and the window) so the target's first line is in the middle. */
  function reveal(t: Target): void {
    const r0 = t.el.getBoundingClientRect();
    const tall = r0.height > window.innerHeight * 0.8;
    t.el.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    if (!t.range && !t.frames.length) return;
    // The words may sit far down a long element: bring them, not the element's top, to the middle.
    const words = () => rectsOf(t)[0];
    const doc = t.el.ownerDocument;
    for (let a = layoutParent(t.el); a; a = layoutParent(a)) {
      if (a === doc.body || a === doc.documentElement) break;
      if (!isScrollable(a)) continue;
      const w = words();
      if (!w) return;
      const area = toPage(clientArea(a), t.frames);
      if (w.top < area.top || w.bottom > area.bottom) a.scrollTop += (w.top + w.bottom) / 2 - (area.top + area.bottom) / 2;
    }
    // finally the page itself: the words in the middle band of the window (a frame's scrollIntoView
    // only brings the frame into view)
    const w = words();
    if (w && (w.top < window.innerHeight * 0.15 || w.bottom > window.innerHeight * 0.85)) {
      window.scrollBy({ top: (w.top + w.bottom) / 2 - window.innerHeight / 2, behavior: 'instant' as ScrollBehavior });
    }
  }

  function highlight(req: HighlightRequest): HighlightResult {
    const { el, range } = resolve(req);
    if (!el) {
      clear();
      return { found: false, visible: false };
    }
    if (!hasBox(el)) {
      clear();
      return { found: true, visible: false };
    }
    clear();
    build();
    mode = 'single';
    const severity = req.severity ?? 'error';
    const frames = framesAround(el);
    const t: Target = { el, range, severity, label: req.label, frames, clips: clipsFor(el, frames), boxes: [] };
    targets = [t];
    const label = req.label ? `${req.label.length > 70 ? `${req.label.slice(0, 69)}…` : req.label}` : '';
    tag = pill(label, {
      'max-width': 'min(330px, calc(100vw - 16px))',
      overflow: 'hidden',
      'text-overflow': 'ellipsis',
      background: COLOR[severity].edge,
      padding: '1px 7px',
      'border-radius': '3px',
      'box-shadow': '0 1px 2px rgba(0,0,0,0.3)',
    });
    if (!label) setStyles(tag, { display: 'none' });
    hint = pill('Clinic Lint · Esc to clear', {
      right: '12px',
      bottom: '12px',
      background: 'rgba(27,31,35,0.88)',
      padding: '4px 10px',
      'border-radius': '999px',
    });
    layer!.append(tag, hint);
    reveal(t);
    listen();
    place();
    return { found: true, visible: true, text: !!range };
  }

  function showAll(items: MarkItem[]): ShowAllResult {
    clear();
    const shown: number[] = [];
    const missing: number[] = [];
    const list: Target[] = [];
    for (const item of items) {
      const { el, range } = resolve(item);
      if (!el || !hasBox(el)) {
        missing.push(item.n);
        continue;
      }
      shown.push(item.n);
      const frames = framesAround(el);
      list.push({ el, range, severity: item.severity, n: item.n, label: item.label, frames, clips: clipsFor(el, frames), boxes: [] });
    }
    if (!list.length) return { shown, missing, order: [] };
    // Number the marks as a reader meets them; the popup shows the same numbers on its cards.
    const ordered = inReadingOrder(list);
    const order: Array<[number, number]> = ordered.map((t, i) => [t.n!, i + 1]);
    ordered.forEach((t, i) => (t.n = i + 1));
    build();
    mode = 'all';
    targets = ordered;
    for (const t of ordered) {
      t.badge = pill(String(t.n), {
        'min-width': '24px',
        height: '24px',
        'box-sizing': 'border-box',
        padding: '0 5px',
        'border-radius': '12px',
        background: COLOR[t.severity].edge,
        border: '2px solid #fff',
        'box-shadow': '0 1px 4px rgba(0,0,0,0.4)',
        'text-align': 'center',
        font: '700 12px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      });
      layer!.append(t.badge);
    }
    hint = pill(`Clinic Lint · ${list.length} finding${list.length === 1 ? '' : 's'} marked · Esc to clear`, {
      right: '12px',
      bottom: '12px',
      background: 'rgba(27,31,35,0.88)',
      padding: '4px 10px',
      'border-radius': '999px',
    });
    layer!.append(hint);
    listen();
    place();
    return { shown, missing, order };
  }

  ctx.onInvalidated(clear);
  return { highlight, showAll, clear };
}
