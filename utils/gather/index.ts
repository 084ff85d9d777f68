// gather: the only stage that reads the DOM. One depth-first walk (explicit stack, so 5,000
// levels of nesting cannot overflow) collects text blocks, links and controls, forms, <time>s,
// headings, frames and scripts; a handful of head queries collect meta and JSON-LD.
import type {
  FormFact,
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
import { readJsonLd } from './jsonld';
import { readMeta } from './meta';

export interface GatherOptions {
  url?: string;
  layout?: LayoutHook | null;
  /** performance.now() value after which the walk stops and marks the facts truncated */
  deadline?: number;
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD', 'VIDEO', 'AUDIO', 'MATH', 'math', 'DIALOG',
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
}

interface BlockBuilder {
  block: TextBlock | null;
  el: Element;
  tag: string;
  ctx: Ctx;
}

const WS = /\s+/g;

function inlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isControl(el: Element): boolean {
  const tag = el.tagName;
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
  try {
    return new URL(href.trim(), base || undefined).href;
  } catch {
    return null;
  }
}

export function gather(doc: Document, opts: GatherOptions = {}): PageFacts {
  const url = opts.url || doc.URL || '';
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = resolve(baseHref ?? null, url) ?? url;
  const { root: contentRoot, hasArticle } = findContentRoot(doc);
  const blocks: TextBlock[] = [];
  const links: LinkFact[] = [];
  const forms: FormFact[] = [];
  const times: TimeFact[] = [];
  const headings: HeadingFact[] = [];
  const iframes: string[] = [];
  const scripts: string[] = [];
  const skipped: string[] = [];
  // Targets of in-page links, hidden ones included (a booking modal is often display:none).
  const ids = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[id], a[name]'))) ids.add(el.getAttribute('id') ?? el.getAttribute('name') ?? '');
  const linkText: string[] = [];
  let truncated = false;

  const body = doc.body ?? doc.documentElement;
  const start: Ctx = {
    block: null,
    blockEl: body,
    link: -1,
    region: 'other',
    inContent: contentRoot == null,
    quoted: false,
    heading: 0,
  };

  const appendText = (ctx: Ctx, raw: string, node: Text | null) => {
    const b = ctx.block;
    if (!b) return;
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
    if (blk.text === '' || blk.text.endsWith(' ')) chunk = chunk.replace(/^ /, '');
    if (!chunk) return;
    const startAt = blk.text.length;
    if (node) blk.nodes.push({ start: startAt, node });
    blk.text += chunk;
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
  const stack: Array<[Node, Ctx]> = [[body, start]];
  let visited = 0;
  while (stack.length) {
    if ((++visited & 1023) === 0 && deadline !== Infinity && performance.now() > deadline) {
      truncated = true;
      break;
    }
    const [node, parentCtx] = stack.pop()!;
    if (node.nodeType === 3) {
      appendText(parentCtx, (node as Text).data, node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const src = el.getAttribute('src');
      if (src) iframes.push(resolve(src, base) ?? src);
      continue;
    }
    if (tag === 'SCRIPT') {
      const src = el.getAttribute('src');
      if (src) scripts.push(src);
      continue;
    }
    if (SKIP.has(tag) || SKIP.has(el.tagName)) continue;
    if (inlineHidden(el) || (opts.layout && el !== body && opts.layout.isHidden(el))) continue;

    let ctx = parentCtx;
    const opened = regionOf(el);
    if (opened && el !== body) {
      const inContent = contentRoot ? ctx.inContent : false;
      // An article's own <header>/<footer> stay part of the article.
      if (inContent && (opened === 'header' || opened === 'footer' || opened === 'main')) {
        // keep region
      } else {
        ctx = { ...ctx, region: opened, inContent: contentRoot ? false : opened === 'main' };
      }
    }
    if (el === contentRoot) ctx = { ...ctx, inContent: true, region: 'main' };
    if (QUOTE.has(tag) && !ctx.quoted) ctx = { ...ctx, quoted: true };
    const headingLevel = HEADING[tag];
    if (headingLevel) ctx = { ...ctx, heading: headingLevel };

    if (tag === 'TIME' || el.hasAttribute('itemprop')) {
      const itemprop = el.getAttribute('itemprop') ?? '';
      if (tag === 'TIME' || /date/i.test(itemprop)) {
        times.push({
          element: el,
          datetime: el.getAttribute('datetime') ?? el.getAttribute('content'),
          text: (el.textContent ?? '').replace(WS, ' ').trim(),
          region: ctx.region,
          inContent: ctx.inContent,
          hint: `${el.getAttribute('class') ?? ''} ${itemprop}`.trim().toLowerCase(),
        });
      }
    }
    if (tag === 'FORM') {
      const fields: string[] = [];
      let hasSubmit = false;
      for (const f of Array.from(el.querySelectorAll('input, textarea, select, button'))) {
        const type = (f.getAttribute('type') ?? (f.tagName === 'BUTTON' ? 'submit' : 'text')).toLowerCase();
        if (type === 'submit' || type === 'image' || (f.tagName === 'BUTTON' && type !== 'button' && type !== 'reset')) hasSubmit = true;
        if (f.tagName !== 'BUTTON' && type !== 'hidden' && type !== 'submit') {
          fields.push(
            [type, f.getAttribute('name'), f.getAttribute('autocomplete'), f.getAttribute('placeholder'), f.getAttribute('id'), f.getAttribute('class')]
              .filter(Boolean)
              .join(' ')
              .toLowerCase(),
          );
        }
      }
      if (el.querySelector('[role="button"], input[type="button"]')) hasSubmit ||= fields.length > 0;
      forms.push({ element: el, action: el.getAttribute('action'), fields, hasSubmit, region: ctx.region, inContent: ctx.inContent });
    }

    if (BLOCK.has(tag) || el === body) {
      const b: BlockBuilder = { block: null, el, tag: tag.toLowerCase(), ctx: null as unknown as Ctx };
      ctx = { ...ctx, block: b, blockEl: el };
      b.ctx = ctx;
      // A nested block interrupts the parent's text: keep the words apart.
      if (parentCtx.block?.block) appendText({ ...parentCtx, link: -1 }, ' ', null);
    } else if (tag === 'BR' || tag === 'HR') {
      appendText({ ...parentCtx, link: -1 }, ' ', null);
    }

    if (isControl(el) && parentCtx.link < 0) {
      const index = links.length;
      const role = el.getAttribute('role');
      const href = tag === 'A' || tag === 'AREA' ? el.getAttribute('href') : null;
      links.push({
        index,
        element: el,
        tag: tag.toLowerCase(),
        href,
        url: resolve(href, base),
        text: '',
        name: '',
        rel: (el.getAttribute('rel') ?? '').toLowerCase(),
        target: el.getAttribute('target') ?? '',
        region: ctx.region,
        inContent: ctx.inContent,
        block: -1,
        hasOnclick: el.hasAttribute('onclick'),
        role,
      });
      linkText.push('');
      ctx = { ...ctx, link: index };
      if (tag === 'INPUT') appendText(ctx, el.getAttribute('value') ?? '', null);
    }
    if (tag === 'IMG' && ctx.link >= 0) {
      const alt = el.getAttribute('alt');
      if (alt) links[ctx.link]!.name ||= alt.replace(WS, ' ').trim();
    }

    const kids = el.shadowRoot ? [...Array.from(el.shadowRoot.childNodes), ...Array.from(el.childNodes)] : Array.from(el.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, ctx]);
  }

  for (const blk of blocks) blk.text = blk.text.trimEnd();
  for (const h of headings) h.text = blocks[h.block]?.text ?? '';
  for (const link of links) finishLink(link, linkText[link.index] ?? '', doc);

  const { meta, lang } = readMeta(doc);
  const { entities, errors } = readJsonLd(doc);
  let wordCount = 0;
  let totalWords = 0;
  for (const blk of blocks) {
    const words = blk.text ? blk.text.split(' ').length : 0;
    totalWords += words;
    if (blk.inContent) wordCount += words;
  }
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;

  return {
    url,
    title: (doc.title ?? '').replace(WS, ' ').trim(),
    lang,
    canonical: resolve(canonical, base),
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
    skipped,
    layout: opts.layout ?? null,
    document: doc,
  };
}

function finishLink(link: LinkFact, text: string, doc: Document) {
  const el = link.element;
  link.text = text.replace(WS, ' ').trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  let labelled = '';
  if (labelledBy) {
    labelled = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(WS, ' ')
      .trim();
  }
  const aria = (el.getAttribute('aria-label') ?? '').replace(WS, ' ').trim();
  link.name = labelled || aria || link.text || link.name || (el.getAttribute('title') ?? '').trim();
}
