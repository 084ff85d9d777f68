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
import { layoutBadges, type Rect } from './badge-layout';
import { isShown } from './visibility';

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
  /** "mark all": the block the words are in, whose margin holds the badge */
  block?: Element;
  clips: Clip[];
  boxes: HTMLElement[];
  badge?: HTMLElement;
}

/** The nearest element that is laid out as a block (the paragraph around a phrase or an inline link). */
function blockOf(el: Element): Element {
  const win = el.ownerDocument.defaultView!;
  for (let a: Element | null = el; a; a = layoutParent(a)) {
    const display = win.getComputedStyle(a).display;
    if (!display.startsWith('inline') && display !== 'contents') return a;
  }
  return el;
}

/** The key goes to a text field, not to us. */
function typing(e: KeyboardEvent): boolean {
  const el = e.composedPath()[0];
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.localName === 'textarea' || el.localName === 'select' || (el.localName === 'input' && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((el as HTMLInputElement).type));
}

const overlapsViewport = (r: Rect) => r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;

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
  /** "Mark all": the mark in focus (next/previous), -1 before the first step */
  let current = -1;
  let counter: HTMLElement | null = null;

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

  /** An outline: strong for the finding in focus, dashed for the others when all are marked. */
  function styleBox(el: HTMLElement, severity: Severity, strong: boolean): void {
    const c = COLOR[severity];
    setStyles(el, {
      border: strong ? `2px solid ${c.edge}` : `1.5px dashed ${c.edge}`,
      background: strong ? c.fill : 'transparent',
      'box-shadow': strong ? `0 0 0 2px rgba(255,255,255,0.9), 0 0 0 6px ${c.halo}` : 'none',
    });
  }

  function box(severity: Severity, strong: boolean): HTMLElement {
    const el = document.createElement('div');
    setStyles(el, {
      position: 'fixed',
      'box-sizing': 'border-box',
      margin: '0',
      padding: '0',
      'pointer-events': 'none',
      'border-radius': '3px',
    });
    styleBox(el, severity, strong);
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
    const drawn = targets.map((t, index) => {
      const clip = clipOf(t);
      const rects = rectsOf(t)
        .map((r) => intersect({ left: r.left - PAD, top: r.top - PAD, right: r.right + PAD, bottom: r.bottom + PAD }, clip))
        .filter((r) => !isEmpty(r));
      const strong = mode === 'single' || index === current;
      while (t.boxes.length < rects.length) {
        const b = box(t.severity, strong);
        t.boxes.push(b);
        layer!.append(b);
      }
      t.boxes.forEach((b, i) => {
        const r = rects[i];
        if (!r) {
          setStyles(b, { display: 'none' });
          return;
        }
        if (mode === 'all') styleBox(b, t.severity, strong);
        setStyles(b, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.right - r.left}px`, height: `${r.bottom - r.top}px` });
      });
      const gutter = t.block ? toPage(toRect(t.block.getBoundingClientRect()), t.frames).left - PAD : undefined;
      return { rects, clip, gutter };
    });
    if (mode === 'all') {
      // beside the words, never on them or on each other (badge-layout.ts)
      const spots = layoutBadges(drawn, targets.map((t) => (t.badge ? badgeWidth(t.badge) : 0)));
      targets.forEach((t, i) => {
        const spot = spots[i];
        if (!t.badge) return;
        if (!spot) setStyles(t.badge, { display: 'none' });
        else setStyles(t.badge, { display: 'block', left: `${spot.left}px`, top: `${spot.top}px`, transform: i === current ? 'scale(1.15)' : 'none' });
      });
    }
    if (mode === 'single' && tag) {
      const { rects, clip } = drawn[0]!;
      const first = rects[0];
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

  /** A badge's width: wider for two- and three-digit numbers (measured once). */
  const widths = new WeakMap<HTMLElement, number>();
  function badgeWidth(badge: HTMLElement): number {
    let w = widths.get(badge);
    if (w === undefined) {
      w = Math.max(24, Math.ceil(badge.getBoundingClientRect().width) || 24);
      widths.set(badge, w);
    }
    return w;
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
        else if (mode === 'all' && !e.altKey && !e.ctrlKey && !e.metaKey && !typing(e)) {
          // N / P step through the marks (only while they are shown, never while the user types)
          const key = e.key.toLowerCase();
          if (key !== 'n' && key !== 'p') return;
          e.preventDefault();
          e.stopImmediatePropagation();
          step(key === 'n' ? 1 : -1);
        }
      },
      { capture: true, signal: listeners.signal },
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
    current = -1;
    host?.remove();
    host = layer = tag = hint = counter = null;
  }

  /** Shows the next (+1) or previous (-1) mark: scrolls it to the middle and outlines it strongly. */
  function step(by: 1 | -1): void {
    if (mode !== 'all' || !targets.length) return;
    current = current < 0 ? (by > 0 ? 0 : targets.length - 1) : (current + by + targets.length) % targets.length;
    const t = targets[current]!;
    if (counter) counter.textContent = `${current + 1} of ${targets.length}`;
    reveal(t);
    place();
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
    if (!isShown(el)) {
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

  /** The bar in the corner while marks are shown: count, previous/next, close. */
  function toolbar(total: number): HTMLElement {
    const bar = pill('', {
      right: '12px',
      bottom: '12px',
      display: 'flex',
      'align-items': 'center',
      gap: '2px',
      background: 'rgba(27,31,35,0.92)',
      padding: '3px 4px 3px 12px',
      'border-radius': '999px',
      'pointer-events': 'auto',
    });
    bar.setAttribute('part', 'toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Clinic Lint marks');
    const text = document.createElement('span');
    text.textContent = `Clinic Lint · ${total} finding${total === 1 ? '' : 's'} marked · `;
    counter = document.createElement('span');
    counter.textContent = 'N next · P previous';
    setStyles(counter, { 'margin-right': '6px' });
    const button = (label: string, title: string, onClick: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      // the overlay is aria-hidden: the buttons are for the mouse, N/P/Esc for the keyboard
      b.tabIndex = -1;
      b.textContent = label;
      b.title = title;
      b.setAttribute('aria-label', title);
      b.dataset.action = title.split(' ')[0]!.toLowerCase();
      setStyles(b, {
        all: 'initial',
        cursor: 'pointer',
        font: FONT,
        color: '#fff',
        'min-width': '26px',
        height: '22px',
        'text-align': 'center',
        'border-radius': '999px',
        background: 'rgba(255,255,255,0.14)',
      });
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        onClick();
      });
      return b;
    };
    bar.append(
      text,
      counter,
      button('‹', 'Previous mark (P)', () => step(-1)),
      button('›', 'Next mark (N)', () => step(1)),
      button('×', 'Close marks (Esc)', clear),
    );
    return bar;
  }

  function showAll(items: MarkItem[]): ShowAllResult {
    clear();
    const shown: number[] = [];
    const missing: number[] = [];
    const list: Target[] = [];
    for (const item of items) {
      const { el, range } = resolve(item);
      if (!el || !isShown(el)) {
        missing.push(item.n);
        continue;
      }
      shown.push(item.n);
      const frames = framesAround(el);
      list.push({ el, range, severity: item.severity, n: item.n, label: item.label, frames, clips: clipsFor(el, frames), boxes: [], block: blockOf(el) });
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
    hint = toolbar(list.length);
    layer!.append(hint);
    listen();
    place();
    // Nothing marked is on screen (all below the fold): go to the first mark.
    if (!ordered.some((t) => rectsOf(t).some((r) => overlapsViewport(r)))) step(1);
    return { shown, missing, order };
  }

  ctx.onInvalidated(clear);
  return { highlight, showAll, clear };
}
