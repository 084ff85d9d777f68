// The draft checker's document handling. A draft (HTML, plain text, or a .docx converted to HTML)
// becomes an inert document with DOMParser: no browsing context, so its scripts never run and its
// images, styles and frames never load; it is never inserted into the live page. The engine audits
// that document, exactly as the content script audits a page. The preview the person sees is a
// DOMPurify-sanitized copy of its body, in which the findings are then marked.
import DOMPurify from 'dompurify';
import type { Finding } from '@/utils/types';
import { findTextRange } from '../content/text-range';

export type DraftFormat = 'auto' | 'html' | 'text';

/** Marks every body element of the audited document so the sanitized preview can find it again. */
export const MARK_ATTR = 'data-cl-i';

const HTML_HINT = /<(?:!doctype|html|head|body|main|article|section|div|p|h[1-6]|ul|ol|li|a|span|strong|em|b|i|br|table|img|figure|blockquote)\b[^>]*>/i;

/** Whether pasted text is HTML source (as opposed to prose that mentions a "<" or two). */
export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text.slice(0, 20_000));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Plain text → an article: blank lines separate paragraphs, single line breaks stay line breaks,
 * and a short first line without a full stop becomes the heading (and the title).
 */
export function textToHtml(text: string): string {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  let title = '';
  const first = paras[0];
  if (first && !first.includes('\n') && first.length <= 150 && !/[.!?:;,]$/.test(first)) {
    title = first;
    paras.shift();
  }
  const body = paras.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><article>${title ? `<h1>${escapeHtml(title)}</h1>\n` : ''}${body}</article></main></body></html>`;
}

const FULL_DOCUMENT = /<(?:html|body)[\s>]/i;

/**
 * The inert document of a draft. An HTML fragment (what a CMS or a .docx conversion gives) is put
 * in <main><article>, as it will sit in the published page, and takes its first heading as title.
 */
export function draftDocument(source: string, format: DraftFormat, parser: DOMParser = new DOMParser()): Document {
  const html = format === 'text' || (format === 'auto' && !looksLikeHtml(source)) ? textToHtml(source) : source;
  const doc = parser.parseFromString(html, 'text/html');
  if (!FULL_DOCUMENT.test(html) && !doc.querySelector('article, main')) {
    const main = doc.createElement('main');
    const article = doc.createElement('article');
    main.append(article);
    article.append(...Array.from(doc.body.childNodes));
    doc.body.append(main);
  }
  if (!doc.title.trim()) {
    const h = doc.querySelector('h1, h2');
    const text = h?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) doc.title = text;
  }
  return doc;
}

/** Numbers the body's elements (after the audit: attributes do not change its selectors). */
export function markElements(doc: Document): void {
  let i = 0;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) el.setAttribute(MARK_ATTR, String(i++));
  doc.body.setAttribute(MARK_ATTR, 'body');
}

/** The marked element each finding points at (by its selector in the audited document). */
export function findingPositions(doc: Document, findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (f.scope !== 'element' || !f.selector) continue;
    let el: Element | null = null;
    try {
      el = doc.querySelector(f.selector);
    } catch {
      el = null;
    }
    const mark = el?.closest(`[${MARK_ATTR}]`)?.getAttribute(MARK_ATTR);
    if (mark) out.set(f.id, mark);
  }
  return out;
}

const PREVIEW_CONFIG = {
  // no styles, frames, plug-ins, media or document-level elements in the preview
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'source', 'track', 'template', 'dialog', 'portal'],
  // no ids or names (they would clash with the checker's own), no classes or inline styles (the
  // draft's look does not matter here and must not restyle the page), no roles or ARIA (a draft's
  // live regions or landmarks must not speak for the checker), no autofocus
  FORBID_ATTR: ['id', 'name', 'class', 'style', 'role', 'srcset', 'autofocus', 'tabindex', 'accesskey', 'form', 'formaction', 'action'],
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: true,
  RETURN_DOM_FRAGMENT: true,
};

/** Elements that would be landmarks of the checker's own page: shown as plain boxes instead. */
const LANDMARKS = 'main, header, footer, nav, aside, section, article, form, search';

/**
 * The sanitized preview of the audited document's body, as a fragment of the live document.
 * Everything is done while the nodes still belong to DOMPurify's inert document (an image starts
 * loading as soon as it belongs to a live one): remote images become a labelled placeholder (only
 * data: images stay), landmarks become plain boxes, form controls are disabled.
 */
export function previewFragment(doc: Document): DocumentFragment {
  const fragment = DOMPurify.sanitize(doc.body, { ...PREVIEW_CONFIG, FORBID_TAGS: [...PREVIEW_CONFIG.FORBID_TAGS], FORBID_ATTR: [...PREVIEW_CONFIG.FORBID_ATTR] }) as unknown as DocumentFragment;
  const inert = fragment.ownerDocument;
  const replace = (el: Element, tag: string, text?: string) => {
    const box = inert.createElement(tag);
    const mark = el.getAttribute(MARK_ATTR);
    if (mark) box.setAttribute(MARK_ATTR, mark);
    box.setAttribute('data-tag', el.localName);
    if (text === undefined) box.append(...Array.from(el.childNodes));
    else box.textContent = text;
    el.replaceWith(box);
    return box;
  };
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    if (/^data:image\//i.test(img.getAttribute('src') ?? '')) continue;
    const alt = img.getAttribute('alt')?.trim();
    replace(img, 'span', alt ? `Image: ${alt}` : 'Image').className = 'draft-img';
  }
  for (const el of Array.from(fragment.querySelectorAll(LANDMARKS)).reverse()) replace(el, 'div');
  for (const a of Array.from(fragment.querySelectorAll('a[href]'))) {
    a.setAttribute('title', a.getAttribute('href') ?? '');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const el of Array.from(fragment.querySelectorAll('input, button, select, textarea'))) {
    el.setAttribute('disabled', '');
    el.setAttribute('tabindex', '-1');
  }
  return document.importNode(fragment, true);
}

/** Wraps a Range in one element per text node it covers (white-space-only pieces skipped). */
export function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  const rootNode = range.commonAncestorContainer;
  const root = rootNode.nodeType === 3 ? rootNode.parentNode! : rootNode;
  const doc = range.startContainer.ownerDocument!;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  const pieces = texts.map((t) => ({
    t,
    start: t === range.startContainer ? range.startOffset : 0,
    end: t === range.endContainer ? range.endOffset : t.length,
  }));
  const out: HTMLElement[] = [];
  for (const { t, start, end } of pieces) {
    if (end <= start || !t.data.slice(start, end).trim()) continue;
    let target = t;
    if (end < target.length) target.splitText(end);
    if (start > 0) target = target.splitText(start);
    const wrapper = make();
    target.replaceWith(wrapper);
    wrapper.append(target);
    out.push(wrapper);
  }
  return out;
}

export interface MarkSpec {
  finding: Finding;
  /** the number shown on the mark and on the finding's card */
  n: number;
  /** MARK_ATTR value of the finding's element */
  at: string;
}

/**
 * Marks each finding in the preview: its exact words when they can be found in its element, else
 * the element itself. Returns what was marked (finding id → the first mark) and what was not.
 */
export function markFindings(preview: HTMLElement, specs: readonly MarkSpec[]): { marked: Map<string, HTMLElement>; missing: string[] } {
  const marked = new Map<string, HTMLElement>();
  const missing: string[] = [];
  for (const { finding, n, at } of specs) {
    const el = at === 'body' ? preview : preview.querySelector<HTMLElement>(`[${MARK_ATTR}="${CSS.escape(at)}"]`);
    if (!el) {
      missing.push(finding.id);
      continue;
    }
    const range = (finding.data as { range?: { block: number; start: number; end: number } }).range ?? null;
    const found = findTextRange(el, { excerpt: finding.excerpt, context: finding.context, range });
    const label = `${n}: ${finding.message}`;
    if (found) {
      const marks = wrapRange(found.range, () => {
        const m = document.createElement('mark');
        m.className = `draft-mark draft-mark--${finding.severity}`;
        m.dataset.findingId = finding.id;
        m.title = label;
        return m;
      });
      if (marks.length) {
        marks.at(-1)!.dataset.n = String(n);
        marked.set(finding.id, marks[0]!);
        continue;
      }
    }
    if (el === preview) {
      missing.push(finding.id);
      continue;
    }
    el.classList.add('draft-outline', `draft-outline--${finding.severity}`);
    el.dataset.findingId ??= finding.id;
    el.dataset.n = el.dataset.n ? `${el.dataset.n},${n}` : String(n);
    if (!el.title) el.title = label;
    marked.set(finding.id, el);
  }
  return { marked, missing };
}
