// gather: the only stage that reads the DOM. One depth-first walk (explicit stack, so 5,000
// levels of nesting cannot overflow) collects text blocks, links and controls, forms, <time>s,
// headings, frames and scripts; a handful of head queries collect meta and JSON-LD.
//
// Page content is untrusted: the walk follows the composed tree (open shadow roots, their slots)
// and readable same-origin frames, lists the frames it could not read, works on XHTML (lower-case
// tagName) and documents without a <body>, and bounds everything it collects (time, total text,
// block text, attribute values) so no page can make a later stage slow.
import type {
  FormFact,
  SkippedFrame,
  HeadingFact,
  LayoutHook,
  LinkFact,
  PageFacts,
  Region,
  TextBlock,
  TimeFact,
} from '../types';
import { findContentRoot } from './content-root';
import { regionOf } from './regions';
import { JSON_LD_SELECTOR, readJsonLd } from './jsonld';
import { readMeta } from './meta';
import { registerFrameOwner } from './selector';
import { resolveUrl } from '../text/url';

export interface GatherOptions {
  url?: string;
  layout?: LayoutHook | null;
  /** clock() value after which the walk stops and marks the facts truncated */
  deadline?: number;
  /** the clock `deadline` is on; defaults to performance.now (the engine passes its own, tests a fake one) */
  clock?: () => number;
}

/** Bounds on what gather collects from one page. */
export const GATHER_LIMITS = {
  /** characters of block text from the whole page; the walk stops there (truncated) */
  totalText: 1_000_000,
  /** characters of one block; the rest of that block is dropped (truncated) */
  blockText: 100_000,
  /** characters kept of an attribute value (href, value, aria-label, title, alt, datetime…) */
  attr: 8_192,
  /** characters of the page title, a link's name, a <time>'s text */
  shortText: 1_000,
  /** frames inside frames followed */
  frameDepth: 4,
  /** the clock is read once per this many nodes */
  clockEvery: 1024,
} as const;

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD', 'VIDEO', 'AUDIO', 'MATH', 'math', 'DIALOG',
  // fallback content a browser does not render (its text is raw markup, as the parser stores it)
  'NOFRAMES', 'NOEMBED',
]);
const BLOCK = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION',
  'CAPTION', 'PRE', 'ADDRESS', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE',
  'FORM', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'BODY', 'FIGURE', 'FIELDSET',
  'LEGEND', 'DETAILS', 'SUMMARY', 'CENTER', 'HGROUP', 'LABEL', 'OPTION',
]);
const QUOTE = new Set(['BLOCKQUOTE', 'Q', 'CITE']);
const HEADING: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

interface Ctx {
  block: BlockBuilder | null;
  blockEl: Element;
  link: number;
  /** inside a button or role=button/link control that is not an <a href> */
  region: Region;
  inContent: boolean;
  quoted: boolean;
  heading: number;
  /** how many frames deep the walk is */
  frame: number;
}

interface BlockBuilder {
  block: TextBlock | null;
  el: Element;
  tag: string;
  ctx: Ctx;
  /** the block's text so far ends with a space (kept here: `text.endsWith(' ')` flattens the
   * string being built by `+=` on every append, which made long blocks quadratic) */
  spaceAtEnd: boolean;
}

const WS = /\s+/g;

// A dialog (a modal, a pop-up) is hidden until a click opens it; patients read it then, so it is
// audited like the rest of the page (the popup says "Hidden on the page" for what is in it).
const DIALOG_CLASS = /(?:^|[\s_-])(?:modal|popup|pop-up|dialog|lightbox)(?:$|[\s_-])/i;
function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.localName === 'dialog' || el.getAttribute('aria-modal') === 'true') return true;
  return DIALOG_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

function inlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** An attribute value, cut to GATHER_LIMITS.attr characters. */
function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return v != null && v.length > GATHER_LIMITS.attr ? v.slice(0, GATHER_LIMITS.attr) : v;
}

function short(s: string): string {
  return s.length > GATHER_LIMITS.shortText ? s.slice(0, GATHER_LIMITS.shortText) : s;
}

/** Upper-case tag name: HTML's tagName is upper case, XHTML (XML) keeps the source's lower case. */
function tagOf(el: Element): string {
  return (el.localName ?? el.tagName).toUpperCase();
}

// Someone else's words: testimonial and review widgets (not <blockquote>), schema.org reviewBody.
const QUOTED_NAME = /(?:^|[\s_-])(?:testimonials?|review-?(?:body|text|content)|quote-?(?:text|content|body))(?:[\s_-]|$)/i;

function quotedByName(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /\breviewBody\b/.test(itemprop)) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.length < 512 && QUOTED_NAME.test(cls);
}

// Lists of other posts ("From our blog", related and recent posts): their <time>s are not the page's.
const LISTING_NAME = /(?:^|[\s_-])(?:summary-(?:item|v2|block|content)|(?:post|blog|article|news)-?(?:card|grid|list|feed|teaser|item)s?|related|recent|teasers?|archive|latest-(?:posts|news)|more-posts|read-next|you-may|grid-item|loop-item)(?:[\s_-]|$)/i;

/** A <time> inside a link or a listing of other posts. */
function inListing(el: Element): boolean {
  for (let e = el.parentElement, n = 0; e && n < 8 && e.localName !== 'body'; e = e.parentElement, n++) {
    if (e.localName === 'a' && e.hasAttribute('href')) return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (names.length > 1 && LISTING_NAME.test(names.slice(0, 512))) return true;
  }
  return false;
}

// Class and id names of bars pinned to the screen, and inline fixed/sticky positioning.
const PINNED_NAME = /(?:^|[\s_-])(?:sticky(?:[\s_-]|$)|fixed-(?:bottom|top|footer|bar|cta)|(?:bottom|mobile|cta|call|action|contact|floating)[_-]?bars?(?:[\s_-]|$)|(?:floating|mobile)[_-]?(?:cta|call)(?:[\s_-]|$))|callnowbutton|call-now-button/i;
const PINNED_STYLE = /position\s*:\s*(?:fixed|sticky)/i;
const pinnedMemo = new WeakMap<Element, boolean>();

/** Inside an element the markup pins to the screen (one walk up per element, remembered). */
function pinnedByMarkup(el: Element | null): boolean {
  const path: Element[] = [];
  let found = false;
  for (let e = el; e && e.localName !== 'body'; e = e.parentElement) {
    const known = pinnedMemo.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(e);
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if ((names.length > 1 && PINNED_NAME.test(names.slice(0, 512))) || PINNED_STYLE.test(e.getAttribute('style') ?? '')) {
      found = true;
      break;
    }
  }
  for (const e of path) pinnedMemo.set(e, found);
  return found;
}

function isControl(el: Element, tag: string): boolean {
  if (tag === 'A' || tag === 'AREA' || tag === 'BUTTON') return true;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'submit' || type === 'button' || type === 'image';
  }
  const role = el.getAttribute('role');
  return role === 'button' || role === 'link';
}

function resolve(href: string | null, base: string): string | null {
  if (href == null) return null;
  return resolveUrl(href.trim(), base)?.href ?? null;
}

function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

/** The document of a frame, when the page lets us read it (same origin); null when it does not. */
function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // SecurityError: cross-origin
  }
}

/** A frame that width/height attributes make invisible (tracking pixels, GTM's noscript frame). */
function tinyFrame(frame: Element): boolean {
  const w = frame.getAttribute('width');
  const h = frame.getAttribute('height');
  return (w != null && /^\s*[01](?:px)?\s*$/.test(w)) || (h != null && /^\s*[01](?:px)?\s*$/.test(h));
}

/**
 * What to walk for a frame: its readable document's body, or (in DOMs that do not load frames, such
 * as jsdom in the CLI) a parse of its srcdoc, which a browser gives the page's origin unless sandboxed.
 */
function frameContent(frame: Element, doc: Document, pageOrigin: string | null, src: string | null): { root: Element | null; frameDoc: Document | null; reason: SkippedFrame['reason'] | null } {
  const sandbox = frame.getAttribute('sandbox');
  const sandboxed = sandbox != null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  const fd = sandboxed ? null : frameDocument(frame);
  const root = fd ? (fd.body ?? fd.documentElement) : null;
  if (fd && root && root.firstChild) return { root, frameDoc: fd, reason: null };
  const srcdoc = frame.getAttribute('srcdoc');
  if (srcdoc != null) {
    if (sandboxed) return { root: null, frameDoc: null, reason: 'sandboxed' };
    const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? (typeof DOMParser === 'function' ? DOMParser : null);
    if (!Parser) return { root: null, frameDoc: null, reason: 'not-loaded' };
    const parsed = new Parser().parseFromString(srcdoc.length > GATHER_LIMITS.totalText ? srcdoc.slice(0, GATHER_LIMITS.totalText) : srcdoc, 'text/html');
    return { root: parsed.body ?? parsed.documentElement, frameDoc: parsed, reason: null };
  }
  if (!src || /^\s*(about:|javascript:|data:)/i.test(src)) return { root: null, frameDoc: null, reason: null }; // nothing to read
  if (sandboxed) return { root: null, frameDoc: null, reason: 'sandboxed' };
  if (!fd) return { root: null, frameDoc: null, reason: 'cross-origin' };
  const frameOrigin = originOf(src);
  return { root: null, frameDoc: null, reason: frameOrigin && pageOrigin && frameOrigin !== pageOrigin ? 'cross-origin' : 'not-loaded' };
}

/**
 * The element that holds a link together with its siblings (a row of icons, a menu): its parent,
 * or, when the parent wraps only this link (an <li>, a <span>), the nearest ancestor holding more.
 */
function rowElement(el: Element): Element | null {
  let p = el.parentElement;
  for (let i = 0; p && i < 3 && p.childElementCount === 1 && p.parentElement; i++) p = p.parentElement;
  return p;
}

export function gather(doc: Document, opts: GatherOptions = {}): PageFacts {
  const url = opts.url || doc.URL || 'about:blank';
  // One pass over the document for everything gather looks up by selector (each separate query walks
  // the whole page when it finds nothing, which costs seconds on huge pages in jsdom).
  let baseEl: Element | null = null;
  let canonicalEl: Element | null = null;
  const hreflangEls: Element[] = [];
  const metaEls: Element[] = [];
  const jsonLdEls: Element[] = [];
  // Targets of in-page links, hidden ones included (a booking modal is often display:none).
  const ids = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(`[id], a[name], base[href], link[rel~="canonical"], link[hreflang], meta, ${JSON_LD_SELECTOR}`))) {
    const id = el.getAttribute('id');
    if (id != null) ids.add(id);
    else if (el.localName === 'a') ids.add(el.getAttribute('name') ?? '');
    const name = el.localName;
    if (name === 'base') baseEl ??= el.hasAttribute('href') ? el : null;
    else if (name === 'link') {
      if (el.matches('link[rel~="canonical"]')) canonicalEl ??= el;
      else if (hreflangEls.length < 200) hreflangEls.push(el);
    }
    else if (name === 'meta') metaEls.push(el);
    else if (name === 'script' && el.matches(JSON_LD_SELECTOR)) jsonLdEls.push(el);
  }
  const baseHref = baseEl?.getAttribute('href');
  const base = resolve(baseHref ?? null, url) ?? url;
  const pageOrigin = originOf(url);
  // Links inside a frame resolve against the frame's own base URL (a srcdoc frame's is the page's).
  const baseOf = (el: Element): string => {
    const owner = el.ownerDocument;
    if (!owner || owner === doc) return base;
    const b = owner.baseURI;
    return b && /^(https?|file):/i.test(b) ? b : base;
  };
  const { root: contentRoot, hasArticle } = findContentRoot(doc);
  const blocks: TextBlock[] = [];
  const links: LinkFact[] = [];
  // Links that share a row element share a row number.
  const rows = new Map<Element, number>();
  const rowOf = (el: Element): number => {
    const row = rowElement(el);
    if (!row) return -1;
    let n = rows.get(row);
    if (n === undefined) rows.set(row, (n = rows.size));
    return n;
  };
  const forms: FormFact[] = [];
  const times: TimeFact[] = [];
  const headings: HeadingFact[] = [];
  const iframes: string[] = [];
  const scripts: string[] = [];
  const skipped: string[] = [];
  const skippedFrames: SkippedFrame[] = [];
  let framesAudited = 0;
  const frameDocs = new Set<Document>([doc]);
  const linkText: string[] = [];
  let truncated = false;
  let truncatedBy: 'time' | 'size' | undefined;
  const stop = (why: 'time' | 'size') => {
    truncated = true;
    truncatedBy ??= why;
  };
  let textChars = 0;
  const layout = opts.layout ?? null;
  const hiddenByLayout = (el: Element): boolean => {
    if (!layout) return false;
    try {
      return layout.isHidden(el);
    } catch {
      return false; // a layout hook that cannot answer for this node: treat it as shown
    }
  };

  // No <body>: a frameset page walks the <frameset>, an XML document its root element.
  const body: Element | null = doc.body ?? doc.documentElement;
  const start: Ctx = {
    block: null,
    blockEl: body as Element,
    link: -1,
    region: 'other',
    inContent: contentRoot == null,
    quoted: false,
    heading: 0,
    frame: 0,
  };

  const appendText = (ctx: Ctx, raw: string, node: Text | null) => {
    const b = ctx.block;
    if (!b) return;
    // A text node longer than any block may hold is cut before its white space is collapsed
    // (collapsing 10 MB costs seconds, and all but the first blockText characters would be dropped).
    if (raw.length > GATHER_LIMITS.blockText * 4) {
      raw = raw.slice(0, GATHER_LIMITS.blockText * 4);
      stop('size');
    }
    let chunk = raw.replace(WS, ' ');
    if (!chunk) return;
    let blk = b.block;
    if (!blk) {
      if (chunk === ' ') return;
      blk = b.block = {
        index: blocks.length,
        element: b.el,
        tag: b.tag,
        text: '',
        region: b.ctx.region,
        inContent: b.ctx.inContent,
        heading: b.ctx.heading,
        quoted: b.ctx.quoted,
        spans: [],
        nodes: [],
      };
      blocks.push(blk);
      if (b.ctx.heading) headings.push({ level: b.ctx.heading, text: '', element: b.el, block: blk.index });
    }
    if (blk.text === '' || b.spaceAtEnd) chunk = chunk.replace(/^ /, '');
    if (!chunk) return;
    // Size budget: a block keeps its first blockText characters, the page its first totalText.
    const room = Math.min(GATHER_LIMITS.blockText - blk.text.length, GATHER_LIMITS.totalText - textChars);
    if (chunk.length > room) {
      stop('size');
      if (room <= 0) return;
      chunk = chunk.slice(0, room);
    }
    textChars += chunk.length;
    const startAt = blk.text.length;
    if (node) blk.nodes.push({ start: startAt, node });
    blk.text += chunk;
    b.spaceAtEnd = chunk.endsWith(' ');
    if (ctx.link >= 0) {
      linkText[ctx.link] += chunk;
      const link = links[ctx.link]!;
      if (link.block < 0) link.block = blk.index;
      const last = blk.spans[blk.spans.length - 1];
      if (last && last.link === ctx.link && last.end === startAt) last.end = blk.text.length;
      else blk.spans.push({ start: startAt, end: blk.text.length, link: ctx.link });
    }
  };

  const deadline = opts.deadline ?? Infinity;
  const clock = opts.clock ?? (() => performance.now());
  const stack: Array<[Node, Ctx]> = body ? [[body, start]] : [];
  /** Pushes a node's children (reversed, so they pop in document order) without Array.from:
   * jsdom's live NodeList is slow to copy. */
  const pushChildren = (parent: Node, ctx: Ctx) => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push([c, ctx]);
  };
  let visited = 0;
  while (stack.length) {
    if (++visited % GATHER_LIMITS.clockEvery === 0 && deadline !== Infinity && clock() > deadline) {
      stop('time');
      break;
    }
    if (textChars >= GATHER_LIMITS.totalText) {
      stop('size');
      break;
    }
    const [node, parentCtx] = stack.pop()!;
    if (node.nodeType === 3) {
      appendText(parentCtx, (node as Text).data, node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const src = attr(el, 'src');
      const abs = src ? (resolve(src, base) ?? src) : null;
      if (abs) iframes.push(abs);
      if (inlineHidden(el) || tinyFrame(el) || (el !== body && hiddenByLayout(el))) continue;
      const { root, frameDoc, reason } = frameContent(el, doc, pageOrigin, abs);
      if (root && frameDoc && !frameDocs.has(frameDoc)) {
        if (parentCtx.frame >= GATHER_LIMITS.frameDepth) {
          skippedFrames.push({ url: abs ?? 'about:srcdoc', reason: 'too-deep' });
          continue;
        }
        frameDocs.add(frameDoc);
        registerFrameOwner(frameDoc, el);
        framesAudited++;
        // The frame's body is a block of its own; its text belongs where the frame sits.
        stack.push([root, { ...parentCtx, frame: parentCtx.frame + 1 }]);
      } else if (reason) {
        skippedFrames.push({ url: abs ?? 'about:srcdoc', reason });
      }
      continue;
    }
    if (tag === 'SCRIPT') {
      const src = attr(el, 'src');
      if (src) scripts.push(src);
      continue;
    }
    if (SKIP.has(tag)) continue;
    const hidden = inlineHidden(el) || (el !== body && hiddenByLayout(el));
    if (hidden && !isDialog(el)) continue;

    let ctx = parentCtx;
    const opened = regionOf(el);
    if (opened && el !== body) {
      const inContent = contentRoot ? ctx.inContent : false;
      // An article's own <header>/<footer> stay part of the article.
      if (inContent && (opened === 'header' || opened === 'footer' || opened === 'main')) {
        // keep region
      } else {
        // A site header, footer or menu is the site's own voice, even where broken markup (an unclosed
        // testimonials <div>) leaves it inside a quote widget.
        const template = opened === 'header' || opened === 'footer' || opened === 'nav';
        ctx = { ...ctx, region: opened, inContent: contentRoot ? false : opened === 'main', quoted: template ? false : ctx.quoted };
      }
    }
    if (el === contentRoot) ctx = { ...ctx, inContent: true, region: 'main' };
    // a closed dialog is beside the page, like a sidebar: its dates and notices are its own
    if (hidden) ctx = { ...ctx, region: 'aside', inContent: false };
    if (!ctx.quoted && (QUOTE.has(tag) || quotedByName(el))) ctx = { ...ctx, quoted: true };
    const headingLevel = HEADING[tag];
    if (headingLevel) ctx = { ...ctx, heading: headingLevel };

    if (tag === 'TIME' || el.hasAttribute('itemprop')) {
      const itemprop = attr(el, 'itemprop') ?? '';
      if (tag === 'TIME' || /date/i.test(itemprop)) {
        times.push({
          element: el,
          datetime: attr(el, 'datetime') ?? attr(el, 'content'),
          text: short((el.textContent ?? '').slice(0, GATHER_LIMITS.attr).replace(WS, ' ').trim()),
          region: ctx.region,
          inContent: ctx.inContent,
          hint: `${attr(el, 'class') ?? ''} ${itemprop}${inListing(el) ? ' listing' : ''}`.trim().toLowerCase(),
        });
      }
    }
    if (tag === 'FORM') {
      const fields: string[] = [];
      let hasSubmit = false;
      for (const f of Array.from(el.querySelectorAll('input, textarea, select, button'))) {
        const fTag = tagOf(f);
        const type = (attr(f, 'type') ?? (fTag === 'BUTTON' ? 'submit' : 'text')).toLowerCase();
        if (type === 'submit' || type === 'image' || (fTag === 'BUTTON' && type !== 'button' && type !== 'reset')) hasSubmit = true;
        if (fTag !== 'BUTTON' && type !== 'hidden' && type !== 'submit') {
          fields.push(
            [type, attr(f, 'name'), attr(f, 'autocomplete'), attr(f, 'placeholder'), attr(f, 'id'), attr(f, 'class')]
              .filter(Boolean)
              .join(' ')
              .toLowerCase(),
          );
        }
      }
      if (el.querySelector('[role="button"], input[type="button"]')) hasSubmit ||= fields.length > 0;
      forms.push({ element: el, action: attr(el, 'action'), fields, hasSubmit, region: ctx.region, inContent: ctx.inContent });
    }

    if (BLOCK.has(tag) || el === body) {
      const b: BlockBuilder = { block: null, el, tag: tag.toLowerCase(), ctx: null as unknown as Ctx, spaceAtEnd: false };
      ctx = { ...ctx, block: b, blockEl: el };
      b.ctx = ctx;
      // A nested block interrupts the parent's text: keep the words apart.
      if (parentCtx.block?.block) appendText({ ...parentCtx, link: -1 }, ' ', null);
    } else if (tag === 'BR' || tag === 'HR') {
      appendText({ ...parentCtx, link: -1 }, ' ', null);
    }

    if (isControl(el, tag) && parentCtx.link < 0) {
      const index = links.length;
      const role = attr(el, 'role');
      const href = tag === 'A' || tag === 'AREA' ? attr(el, 'href') : null;
      links.push({
        index,
        element: el,
        tag: tag.toLowerCase(),
        href,
        url: resolve(href, baseOf(el)),
        text: '',
        name: '',
        rel: (attr(el, 'rel') ?? '').toLowerCase(),
        target: attr(el, 'target') ?? '',
        region: ctx.region,
        inContent: ctx.inContent,
        block: -1,
        hasOnclick: el.hasAttribute('onclick'),
        role,
        pinned: pinnedByMarkup(el),
        row: rowOf(el),
      });
      linkText.push('');
      ctx = { ...ctx, link: index };
      if (tag === 'INPUT') appendText(ctx, attr(el, 'value') ?? '', null);
    }
    if (tag === 'IMG' && ctx.link >= 0) {
      const alt = attr(el, 'alt');
      if (alt) links[ctx.link]!.name ||= short(alt.replace(WS, ' ').trim());
    }

    // The composed tree, as the page renders it: an open shadow root replaces the host's children
    // (they show only through its <slot>s); a slot shows its assigned nodes, else its fallback.
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      if (!hasSlots(shadow)) pushChildren(el, ctx); // pushed first: read after the shadow content
      pushChildren(shadow, ctx);
    } else if (tag === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) for (let i = assigned.length - 1; i >= 0; i--) stack.push([assigned[i]!, ctx]);
      else pushChildren(el, ctx);
    } else {
      pushChildren(el, ctx);
    }
  }

  for (const blk of blocks) blk.text = blk.text.trimEnd();
  for (const h of headings) h.text = blocks[h.block]?.text ?? '';
  const labelCache = new Map<string, string>();
  for (const link of links) finishLink(link, linkText[link.index] ?? '', doc, labelCache);

  const { meta, lang } = readMeta(doc, metaEls);
  const { entities, errors } = readJsonLd(doc, jsonLdEls);
  let wordCount = 0;
  let totalWords = 0;
  for (const blk of blocks) {
    const words = blk.text ? blk.text.split(' ').length : 0;
    totalWords += words;
    if (blk.inContent) wordCount += words;
  }
  const canonical = canonicalEl?.getAttribute('href') ?? null;
  const canonicalUrl = resolve(canonical && canonical.length > GATHER_LIMITS.attr ? canonical.slice(0, GATHER_LIMITS.attr) : canonical, base);
  // The page's own entry among its language alternates says which locale it is written for.
  const self = new Set([url, canonicalUrl].filter(Boolean).map((u) => u!.replace(/[#?].*$/, '').replace(/\/$/, '')));
  const ownAlternate = hreflangEls.find((el) => self.has((resolve(el.getAttribute('href'), base) ?? '').replace(/[#?].*$/, '').replace(/\/$/, '')));
  const hreflang = ownAlternate?.getAttribute('hreflang')?.trim().slice(0, 20) || null;
  let title = '';
  try {
    title = doc.title ?? '';
  } catch {
    title = '';
  }

  return {
    url,
    title: short(title.slice(0, GATHER_LIMITS.attr).replace(WS, ' ').trim()),
    lang,
    canonical: canonicalUrl,
    hreflang: hreflang && hreflang.toLowerCase() !== 'x-default' ? hreflang : null,
    meta,
    jsonLd: entities,
    jsonLdErrors: errors,
    blocks,
    links,
    forms,
    times,
    headings,
    iframes,
    scripts,
    ids,
    contentRoot,
    wordCount,
    totalWords,
    hasArticleElement: hasArticle,
    truncated,
    ...(truncatedBy ? { truncatedBy } : {}),
    skipped,
    skippedFrames,
    framesAudited,
    layout,
    document: doc,
  };
}

/** A shadow root that places the host's children somewhere (has a <slot>). Without one, the
 * children are not rendered; gather still reads them, as it did before shadow roots were followed. */
function hasSlots(shadow: ShadowRoot): boolean {
  try {
    return !!shadow.querySelector('slot');
  } catch {
    return false;
  }
}

function finishLink(link: LinkFact, text: string, doc: Document, cache: Map<string, string>) {
  const el = link.element;
  link.text = short(text.replace(WS, ' ').trim());
  const labelledBy = attr(el, 'aria-labelledby');
  let labelled = '';
  if (labelledBy) {
    // A label can point anywhere (even at <body>): each id's text is read once per page, and cut.
    const scope = el.getRootNode() as Document | ShadowRoot;
    labelled = labelledBy
      .split(/\s+/)
      .slice(0, 16)
      .map((id) => {
        if (!id) return '';
        let t = cache.get(id);
        if (t == null) {
          const target = (typeof scope.getElementById === 'function' ? scope.getElementById(id) : null) ?? doc.getElementById(id);
          t = short((target?.textContent ?? '').slice(0, GATHER_LIMITS.attr).replace(WS, ' ').trim());
          cache.set(id, t);
        }
        return t;
      })
      .join(' ')
      .replace(WS, ' ')
      .trim();
  }
  const aria = (attr(el, 'aria-label') ?? '').replace(WS, ' ').trim();
  link.name = short(labelled || aria || link.text || link.name || (attr(el, 'title') ?? '').trim());
}
