// Whether a finding's element can be seen right now: the popup says "Hidden on the page" instead
// of offering "Show in page" for one that cannot (a closed menu, an inactive tab, a mobile-only
// block), and the overlay does not try to outline it.
import type { Finding } from '@/utils/types';
import { resolveSelector } from '@/utils/gather/selector';

/** The element has a box and is not made invisible by its own or an ancestor's style. */
export function isShown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 && r.height <= 0) return false;
  // checkVisibility (Chromium 121+, Firefox 125+) also sees visibility:hidden and content-visibility
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/** Ids of the findings whose element is on the page but not shown. */
export function hiddenFindingIds(findings: readonly Finding[], doc: Document = document): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.scope !== 'element' || !f.selector) continue;
    const el = resolveSelector(doc, f.selector);
    if (el && !isShown(el)) out.push(f.id);
  }
  return out;
}
