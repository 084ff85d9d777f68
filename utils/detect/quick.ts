// quickDetect: "could this be a clinic page at all?", for the content script on auto-audit sites.
//
// The full answer needs the full gather (every block with spans and text-node offsets, every link
// with a resolved URL and accessible name, layout per element), which costs a few milliseconds on
// a typical page; most pages staff browse are not clinic pages and should pay far less. So the
// content script first feeds the *same* detect() (same regexes and weights, no copy of its logic)
// with "lite" facts built by cheap native calls: head metadata and JSON-LD (as gather reads them),
// one TreeWalker over text nodes capped at `maxChars`, text grouped by its nearest block-level
// ancestor, link hrefs and names, form fields. No layout, no URL resolution, no spans.
//
// It passes anything within QUICK_MARGIN of detect()'s threshold, so it may let a non-clinic page
// through (which then pays for the full gather, whose detect() decides) but must not stop a clinic
// page: tests/corpus/real-pages.test.ts checks that it passes every page the full detection calls a
// clinic page.
import { detect, DETECT_THRESHOLD, scoreOf } from './index';
import { readJsonLd } from '../gather/jsonld';
import { readMeta } from '../gather/meta';
import { emptyFacts } from '../gather/empty-facts';
import { regionByTagOrRole } from '../gather/regions';
import type { Detection, FormFact, LinkFact, PageFacts, Region, TextBlock } from '../types';

/** The pre-filter passes pages whose lite score is at least detect()'s threshold minus this. */
export const QUICK_MARGIN = 1.5;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE']);
const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'SMALL', 'MARK', 'ABBR', 'CITE', 'CODE', 'SUB', 'SUP', 'FONT', 'LABEL', 'TIME', 'BR', 'IMG', 'Q', 'S', 'DEL', 'INS']);
const WS = /\s+/g;
const HAS_WORD = /\S/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const NON_FIELD = /^(hidden|submit|button|image|reset)$/i;
/** The page's footer, by the cheapest lookups first (live collections, then one selector scan). */
function pageFooter(doc: Document): Element | null {
  const footers = doc.getElementsByTagName('footer');
  return (
    footers[footers.length - 1] ??
    doc.getElementById('footer') ??
    doc.getElementsByClassName('site-footer')[0] ??
    doc.getElementsByClassName('footer')[0] ??
    doc.querySelector('[role="contentinfo"]')
  );
}

export interface QuickDetection {
  /** worth the full gather + detect */
  maybeClinic: boolean;
  /** detect() on the lite facts */
  lite: Detection;
  score: number;
  /** characters of text read (at most maxChars, plus the last node) */
  chars: number;
}

export interface QuickOptions {
  /** stop reading text after this many characters (the start of a page says who speaks) */
  maxChars?: number;
  /** read the names of this many links (tel: links are always counted) */
  maxNamedLinks?: number;
}

export function quickDetect(doc: Document, url: string, { maxChars = 8_000, maxNamedLinks = 250 }: QuickOptions = {}): QuickDetection {
  const body = doc.body ?? doc.documentElement;
  const blocks: TextBlock[] = [];
  const parts: string[][] = [];
  let chars = 0;
  let currentKey: Element | null = null;
  // The template region being read (header, footer, nav, aside), found on the way in.
  let regionEl: Element | null = null;
  let region: Region = 'other';
  let footerSeen = false;
  // Elements and text nodes, no JS filter callback (it would cost a call per node). The text of a
  // script, style, noscript or template is a direct child of it, so the parent's tag tells.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && chars < maxChars; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if (regionEl && !regionEl.contains(n)) {
        regionEl = null;
        region = 'other';
      }
      if (!regionEl) {
        const opened = regionByTagOrRole(n as Element);
        // <main> and role=main are content, not template
        if (opened && opened !== 'main') {
          regionEl = n as Element;
          region = opened;
          if (opened === 'footer') footerSeen = true;
        }
      }
      continue;
    }
    const parent = n.parentElement;
    if (!parent || SKIP.has(parent.tagName) || parent.namespaceURI !== HTML_NS) continue;
    const data = (n as Text).data;
    if (!HAS_WORD.test(data)) continue;
    let key: Element | null = parent;
    while (key && key !== body && INLINE.has(key.tagName)) key = key.parentElement;
    if (key !== currentKey || !blocks.length) {
      currentKey = key;
      const el = key ?? body;
      blocks.push({ index: blocks.length, element: el, tag: el.localName, text: '', region, inContent: true, heading: 0, quoted: false, spans: [], nodes: [] });
      parts.push([]);
    }
    parts[parts.length - 1]!.push(data);
    chars += data.length;
  }
  // A long page was cut short: its footer (where clinics put address and phone) is read anyway.
  if (chars >= maxChars && !footerSeen) {
    const footer = pageFooter(doc);
    if (footer) {
      blocks.push({ index: blocks.length, element: footer, tag: footer.localName, text: '', region: 'footer', inContent: false, heading: 0, quoted: false, spans: [], nodes: [] });
      parts.push([(footer.textContent ?? '').slice(0, 3000)]);
    }
  }
  // one whitespace pass per block, not per node; inline elements meet with a space at worst
  for (let i = 0; i < blocks.length; i++) blocks[i]!.text = parts[i]!.join('').replace(WS, ' ').trim();

  const links: LinkFact[] = [];
  const all = doc.links;
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    const href = a.getAttribute('href');
    const named = i < maxNamedLinks;
    const name = named ? (a.getAttribute('aria-label') ?? a.textContent ?? '').slice(0, 200) : '';
    links.push({ index: i, element: a, tag: a.localName, href, url: null, text: name, name, rel: '', target: '', region: 'other', inContent: true, block: -1, hasOnclick: false, role: null });
  }

  const forms: FormFact[] = [];
  for (const f of Array.from(doc.forms)) {
    const fields: string[] = [];
    for (const x of Array.from(f.querySelectorAll('input, select, textarea'))) {
      if (NON_FIELD.test(x.getAttribute('type') ?? '')) continue;
      fields.push([x.getAttribute('type'), x.getAttribute('name'), x.getAttribute('placeholder'), x.getAttribute('id')].filter(Boolean).join(' ').toLowerCase());
    }
    forms.push({ element: f, action: f.getAttribute('action'), fields, hasSubmit: true, region: 'other', inContent: true });
  }

  const { meta, lang } = readMeta(doc);
  const { entities, errors } = readJsonLd(doc);
  const facts: PageFacts = {
    ...emptyFacts(doc, url),
    title: (doc.title ?? '').replace(WS, ' ').trim(),
    lang,
    meta,
    jsonLd: entities,
    jsonLdErrors: errors,
    blocks,
    links,
    forms,
    // wordCount stays 0: only the article decision reads it, and the pre-filter does not decide that
    truncated: chars >= maxChars,
  };
  const lite = detect(facts, { lite: true });
  const score = scoreOf(lite);
  return { maybeClinic: score >= DETECT_THRESHOLD - QUICK_MARGIN, lite, score, chars };
}
