// The browser's layout hook for the engine (see LayoutHook in ./types): visibility, position and
// "fixed/sticky" facts that only a rendering engine can supply. Only the content script creates it;
// Node (CLI, tests) audits without layout.
import type { LayoutBox, LayoutHook } from './types';

/**
 * Builds a LayoutHook over a live window. Results are memoised for the lifetime of the hook, so
 * create one per audit (layout can change between audits).
 *
 * - `box(el).top` is relative to the top of the document (not the current scroll position), so the
 *   audit does not depend on how far the user has scrolled; compare it with `viewportHeight` for
 *   "above the fold".
 * - `isHidden(el)` answers for the element itself (display:none, visibility:hidden); the engine walks
 *   the tree top-down and skips the subtree of a hidden element. Opacity 0 is deliberately *not*
 *   hidden: scroll-reveal animations start at opacity 0 and their text is part of the page.
 */
export function createLayoutHook(win: Window & typeof globalThis = window): LayoutHook {
  const styleOf = (el: Element) => win.getComputedStyle(el);
  const fixedCache = new WeakMap<Element, boolean>();
  const hiddenCache = new WeakMap<Element, boolean>();

  function isHidden(el: Element): boolean {
    const cached = hiddenCache.get(el);
    if (cached !== undefined) return cached;
    // Fast path: one native call, no style object. The walk goes top-down and skips hidden
    // subtrees, so the ancestors are visible and a true answer is about the element itself. A false
    // one (hidden, or display:contents, which has no box yet is not hidden) is checked below.
    const check = (el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean }).checkVisibility;
    if (typeof check === 'function' && check.call(el, { visibilityProperty: true })) {
      hiddenCache.set(el, false);
      return false;
    }
    const cs = styleOf(el);
    // display:contents has no box of its own but its children render: never hidden by itself.
    const hidden = cs.display === 'none' || (cs.display !== 'contents' && (cs.visibility === 'hidden' || cs.visibility === 'collapse'));
    hiddenCache.set(el, hidden);
    return hidden;
  }

  /** position fixed or sticky on the element or an ancestor */
  function isFixed(el: Element | null): boolean {
    if (!el || el === win.document.documentElement) return false;
    const cached = fixedCache.get(el);
    if (cached !== undefined) return cached;
    const position = styleOf(el).position;
    const fixed = position === 'fixed' || position === 'sticky' || isFixed(el.parentElement);
    fixedCache.set(el, fixed);
    return fixed;
  }

  /** rendered and seeable: has a box, not in a hidden subtree, not parked off-screen, not a 1px "sr-only" clip */
  function isVisible(el: Element, rect: DOMRect): boolean {
    if (rect.width <= 1 && rect.height <= 1) return false;
    const scrollX = win.scrollX;
    const scrollY = win.scrollY;
    if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return false;
    const check = (el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean }).checkVisibility;
    if (typeof check === 'function') {
      return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
    }
    for (let node: Element | null = el; node; node = node.parentElement) if (isHidden(node)) return false;
    return true;
  }

  return {
    viewportHeight: win.innerHeight,
    isHidden,
    box(el: Element): LayoutBox {
      const rect = el.getBoundingClientRect();
      const fixed = isFixed(el);
      return {
        // a fixed element stays where it is on screen; report its viewport position
        top: Math.round(fixed ? rect.top : rect.top + win.scrollY),
        height: Math.round(rect.height),
        visible: isVisible(el, rect),
        fixed,
      };
    },
  };
}
