// A unique, readable CSS selector for an element, built only for elements a finding reports.
//
// Elements in open shadow roots and in same-origin frames cannot be reached by one CSS selector, so
// their selector is a chain: the host's (or the <iframe>'s) selector, SHADOW_SEPARATOR, then the
// selector inside that shadow root (or frame document), e.g. `main > clinic-cta >>> p:nth-of-type(2)`.
// `resolveSelector` walks such a chain back to the element. An element that is no longer in its
// document (the page replaced it after the audit read it) gets no selector: a path computed from a
// detached tree would point at nothing, or at the wrong element.

/** Joins the selector of a shadow host or frame to the selector inside it (Puppeteer's `>>>`). */
export const SHADOW_SEPARATOR = ' >>> ';

/** Documents of frames gather descended into, mapped to their <iframe>/<frame> element. */
const frameOwners = new WeakMap<Document, Element>();

/** Gather records which <iframe> a frame document belongs to, so selectors can name the frame. */
export function registerFrameOwner(frameDoc: Document, frame: Element): void {
  frameOwners.set(frameDoc, frame);
}

/** CSS.escape (CSSOM §2.1.1), which jsdom lacks. */
export function cssEscape(value: string): string {
  let out = '';
  const first = value.charCodeAt(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) out += '\ufffd';
    else if ((c >= 0x1 && c <= 0x1f) || c === 0x7f || (i === 0 && c >= 0x30 && c <= 0x39) || (i === 1 && c >= 0x30 && c <= 0x39 && first === 0x2d)) {
      out += `\\${c.toString(16)} `;
    } else if (i === 0 && c === 0x2d && value.length === 1) out += `\\${value[i]}`;
    else if (c >= 0x80 || c === 0x2d || c === 0x5f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) out += value[i];
    else out += `\\${value[i]}`;
  }
  return out;
}

type Scope = Document | ShadowRoot | DocumentFragment;

function isScope(n: Node | null): n is Scope {
  return !!n && (n.nodeType === 9 || n.nodeType === 11);
}

function uniqueId(el: Element, scope: Scope): string | null {
  const id = el.getAttribute('id');
  if (!id || /\s/.test(id)) return null;
  const sel = `#${cssEscape(id)}`;
  try {
    const hits = scope.querySelectorAll(sel);
    return hits.length === 1 && hits[0] === el ? sel : null;
  } catch {
    return null;
  }
}

/** `tag` or `tag:nth-of-type(n)` among its siblings. Walks siblings one by one: jsdom's
 * `Array.from(parent.children)` is quadratic, which made selectors for a long list cubic. */
function step(el: Element): string {
  const name = el.localName;
  const tag = cssEscape(name);
  if (!el.parentNode) return tag;
  let index = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === name) index++;
  let more = false;
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (s.localName === name) {
      more = true;
      break;
    }
  }
  return index > 1 || more ? `${tag}:nth-of-type(${index})` : tag;
}

/** The selector of `el` inside its own tree scope (document or shadow root). */
function pathInScope(el: Element, scope: Scope): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur) {
    const id = uniqueId(cur, scope);
    if (id) {
      parts.push(id);
      break;
    }
    if (cur.localName === 'html' && cur.parentNode === scope) {
      parts.push(cssEscape(cur.localName));
      break;
    }
    parts.push(step(cur));
    const parent: Node | null = cur.parentNode;
    cur = parent && parent.nodeType === 1 ? (parent as Element) : null;
  }
  return parts.reverse().join(' > ');
}

function frameOf(doc: Document): Element | null {
  const owner = frameOwners.get(doc);
  if (owner) return owner;
  try {
    return (doc.defaultView?.frameElement as Element | null | undefined) ?? null;
  } catch {
    return null; // a cross-origin parent
  }
}

/**
 * The selector of `el`, or null when the element is no longer part of the page (detached, or its
 * frame or shadow host was removed). Never throws.
 */
export function cssSelector(el: Element): string | null {
  const chain: string[] = [];
  let cur: Element | null = el;
  for (let hops = 0; cur && hops < 32; hops++) {
    let scope: Node;
    try {
      if (!cur.isConnected) return null;
      scope = cur.getRootNode();
    } catch {
      return null;
    }
    if (!isScope(scope)) return null;
    chain.push(pathInScope(cur, scope));
    if (scope.nodeType === 11) {
      const host = (scope as ShadowRoot).host;
      if (!host) return null; // a plain fragment: not part of a page
      cur = host;
    } else {
      cur = frameOf(scope as Document);
    }
  }
  if (cur) return null; // absurdly deep nesting of frames and shadow roots
  return chain.reverse().join(SHADOW_SEPARATOR) || null;
}

function cssUnescape(s: string): string {
  return s.replace(/\\([0-9a-fA-F]{1,6}) ?|\\([\s\S])/g, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16) || 0xfffd) : ch!));
}

const STEP = /^((?:[^\\:]|\\[0-9a-fA-F]{1,6} ?|\\[\s\S])+)(?::nth-of-type\((\d+)\))?$/;

/**
 * Follows a path that `cssSelector` wrote (`#id > tag > tag:nth-of-type(n)`…) one child at a time.
 * For selectors too long for a selector engine: jsdom's overflows its stack past ~1,000 steps, and a
 * page nested 5,000 deep has a 5,000-step path.
 */
function walkPath(scope: Document | ShadowRoot, path: string): Element | null {
  const steps = path.split(' > ');
  let cur: Element | null = null;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (i === 0 && step.startsWith('#')) {
      const id = cssUnescape(step.slice(1));
      cur = 'getElementById' in scope && typeof scope.getElementById === 'function' ? scope.getElementById(id) : null;
      if (!cur) return null;
      continue;
    }
    const m = STEP.exec(step);
    if (!m) return null;
    const name = cssUnescape(m[1]!);
    const nth = m[2] ? Number(m[2]) : 1;
    let seen = 0;
    let next: Element | null = null;
    const first: Element | null = cur ? cur.firstElementChild : (scope as ParentNode).firstElementChild;
    for (let c: Element | null = first; c; c = c.nextElementSibling) {
      if (c.localName === name && ++seen === nth) {
        next = c;
        break;
      }
    }
    if (!next) return null;
    cur = next;
  }
  return cur;
}

function find(scope: Document | ShadowRoot, part: string): Element | null {
  try {
    return scope.querySelector(part);
  } catch {
    return walkPath(scope, part); // a path too long for the selector engine
  }
}

/** Finds the element a selector from `cssSelector` names (through shadow roots and same-origin frames). */
export function resolveSelector(doc: Document, selector: string): Element | null {
  try {
    const parts = selector.split(SHADOW_SEPARATOR);
    let scope: Document | ShadowRoot | null = doc;
    let el: Element | null = null;
    for (let i = 0; i < parts.length; i++) {
      if (!scope) return null;
      el = find(scope, parts[i]!);
      if (!el) return null;
      if (i < parts.length - 1) {
        const tag = el.localName.toLowerCase();
        scope = tag === 'iframe' || tag === 'frame' ? ((el as HTMLIFrameElement).contentDocument ?? null) : el.shadowRoot;
      }
    }
    return el;
  } catch {
    return null; // not a valid selector, or a frame that is no longer readable
  }
}
