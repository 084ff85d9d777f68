// A unique, readable CSS selector for an element, built only for elements a finding reports.

function escapeIdent(s: string): string {
  // CSS.escape is missing in some DOMs (jsdom); this covers identifiers we emit.
  return s.replace(/^(-?\d)/, '\\3$1 ').replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`);
}

function uniqueId(el: Element): string | null {
  const id = el.getAttribute('id');
  if (!id || /\s/.test(id)) return null;
  const sel = `#${escapeIdent(id)}`;
  try {
    return el.ownerDocument.querySelectorAll(sel).length === 1 ? sel : null;
  } catch {
    return null;
  }
}

function step(el: Element): string {
  const tag = el.localName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  let index = 0;
  let count = 0;
  for (const sib of Array.from(parent.children)) {
    if (sib.localName === el.localName) {
      count++;
      if (sib === el) index = count;
    }
  }
  return count > 1 ? `${tag}:nth-of-type(${index})` : tag;
}

export function cssSelector(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.nodeType === 1) {
    const id = uniqueId(cur);
    if (id) {
      parts.unshift(id);
      break;
    }
    if (cur.localName === 'html') {
      parts.unshift('html');
      break;
    }
    parts.unshift(step(cur));
    cur = cur.parentElement;
  }
  return parts.join(' > ');
}
