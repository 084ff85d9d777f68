// A LayoutHook for tests, read from data attributes, so layout-dependent rules (cta/placement) can be
// tested in Node, where there is no layout:
//   data-layout-top="1200"  the element's top in CSS px (inherited from the nearest ancestor that has it; 0 otherwise)
//   data-layout-fixed        position: fixed/sticky (inherited)
//   data-layout-hidden       not visible (inherited)
// Fixture meta: "layout": {"viewportHeight": 844}.
import type { LayoutBox, LayoutHook } from '../../utils/types';

export interface FakeLayoutSpec {
  viewportHeight?: number;
}

function nearest(el: Element | null, attr: string): Element | null {
  return el ? el.closest(`[${attr}]`) : null;
}

export function fakeLayout(spec: FakeLayoutSpec = {}): LayoutHook {
  const viewportHeight = spec.viewportHeight ?? 844;
  return {
    viewportHeight,
    box(el: Element): LayoutBox {
      const topEl = nearest(el, 'data-layout-top');
      const top = topEl ? Number(topEl.getAttribute('data-layout-top')) || 0 : 0;
      return { top, height: 20, visible: !nearest(el, 'data-layout-hidden'), fixed: !!nearest(el, 'data-layout-fixed') };
    },
    isHidden(el: Element): boolean {
      return el.hasAttribute('data-layout-hidden');
    },
  };
}
