// Keyboard navigation of the popup, on top of the native Tab order:
//   ↑ ↓ Home End   move between findings (when a finding has focus)
//   /              jump to the search field
//   Esc            close the dismiss form (the form handles it), clear the search field, else take
//                  the outline or marks away from the page; a second Esc closes the popup as usual
const HEAD = '.cl-finding__head';

function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((el as HTMLInputElement).type)) || (el as HTMLElement).isContentEditable;
}

/** The next finding head from `current` in `direction` (+1/-1), or the first/last. */
export function moveFocus(heads: HTMLElement[], current: Element | null, key: string): HTMLElement | null {
  if (!heads.length) return null;
  const i = current ? heads.indexOf(current as HTMLElement) : -1;
  switch (key) {
    case 'ArrowDown':
      return heads[Math.min(heads.length - 1, i + 1)] ?? null;
    case 'ArrowUp':
      return heads[Math.max(0, i - 1)] ?? null;
    case 'Home':
      return heads[0] ?? null;
    case 'End':
      return heads[heads.length - 1] ?? null;
    default:
      return null;
  }
}

/** The popup's keydown handler; `clearPage` takes the outline or marks away and says whether there was one. */
export function createKeyHandler(clearPage: () => boolean): (e: KeyboardEvent) => void {
  return function onPopupKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const active = document.activeElement;
    if (e.key === '/' && !isTyping(active)) {
      const search = document.getElementById('cl-search');
      if (search) {
        e.preventDefault();
        search.focus();
      }
      return;
    }
    if (e.key === 'Escape') {
      if (active instanceof HTMLInputElement && active.type === 'search' && active.value) {
        // clear the search first (a second Esc then clears the page, a third closes the popup)
        e.preventDefault();
        active.value = '';
        active.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      if (clearPage()) e.preventDefault();
      return;
    }
    if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) && active instanceof HTMLElement && active.matches(HEAD)) {
      const heads = [...document.querySelectorAll<HTMLElement>(HEAD)];
      const next = moveFocus(heads, active, e.key);
      if (next) {
        e.preventDefault();
        next.focus();
        next.scrollIntoView?.({ block: 'nearest' });
      }
    }
  };
}
