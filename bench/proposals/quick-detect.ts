// PROPOSAL (not used by the extension): a cheap detection pre-filter for "every site" mode.
//
// Today the only way to know whether a page is a clinic page is the full gather (one walk that
// builds every block with spans and text-node offsets, every link with a resolved URL and
// accessible name, the layout hook's getComputedStyle per element) and then detect(). On the
// corpus's non-clinic pages that is ~5 ms at the median (budget: 1 ms), and most of it is spent on
// facts that detect() never reads.
//
// quickDetect() feeds the *real* detect() (same regexes, same weights, no copy of its logic) with
// "lite" facts built by cheap native calls: head metadata and JSON-LD (as gather reads them), one
// TreeWalker over text nodes (as the floor does) capped at `maxChars`, text grouped by its nearest block-level
// ancestor, links from document.links (names for the first `maxNamedLinks` only), forms. No layout
// hook, no URL resolution, no spans. It answers "maybe a clinic page" with a lower threshold than
// detect() so that it does not lose clinic pages; only those pages pay for the full gather.
// The bench measures its time and its agreement with the full detection on the whole corpus.
import { detect } from '../../utils/detect';
import { readJsonLd } from '../../utils/gather/jsonld';
import { readMeta } from '../../utils/gather/meta';
import type { Detection, FormFact, LinkFact, PageFacts, Region, TextBlock } from '../../utils/types';

/** detect()'s THRESHOLD is 3.5; the pre-filter passes anything within `margin` of it. */
export const QUICK_MARGIN = 1.5;
const THRESHOLD = 3.5;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE']);
const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'SMALL', 'MARK', 'ABBR', 'CITE', 'CODE', 'SUB', 'SUP', 'FONT', 'LABEL', 'TIME', 'BR', 'IMG', 'Q', 'S', 'DEL', 'INS']);
const REGION_SELECTOR = 'header, footer, nav, aside, [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"]';
const WS = /\s+/g;
const NOT_WORDS = /^\s*$/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function regionOf(el: Element | null): Region {
  const r = el?.closest(REGION_SELECTOR);
  if (!r) return 'other';
  const role = r.getAttribute('role');
  const tag = r.localName;
  if (tag === 'header' || role === 'banner') return 'header';
  if (tag === 'footer' || role === 'contentinfo') return 'footer';
  if (tag === 'nav' || role === 'navigation') return 'nav';
  return 'aside';
}

export interface QuickDetection {
  /** worth the full gather + detect */
  maybeClinic: boolean;
  /** detect() on the lite facts */
  lite: Detection;
  score: number;
  chars: number;
}

export function quickDetect(doc: Document, url: string, { maxChars = 20_000, maxNamedLinks = 250 } = {}): QuickDetection {
  const body = doc.body ?? doc.documentElement;
  const blocks: TextBlock[] = [];
  let chars = 0;
  let currentKey: Element | null = null;
  let current: TextBlock | null = null;
  // Text nodes only, no JS filter callback (a filter costs a call per node): the text of a script,
  // style, noscript or template is a direct child of it, so the parent's tag tells.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && chars < maxChars; n = walker.nextNode()) {
    const data = (n as Text).data;
    const parent = n.parentElement;
    if (!parent || SKIP.has(parent.tagName) || NOT_WORDS.test(data)) continue;
    if (parent.namespaceURI !== HTML_NS) continue; // svg/math text
    let key: Element | null = parent;
    while (key && key !== body && INLINE.has(key.tagName)) key = key.parentElement;
    if (key !== currentKey || !current) {
      currentKey = key;
      current = { index: blocks.length, element: key ?? body, tag: key?.localName ?? 'body', text: '', region: regionOf(key), inContent: true, heading: 0, quoted: false, spans: [], nodes: [] };
      blocks.push(current);
    }
    const chunk = data.replace(WS, ' ');
    current.text = current.text && !current.text.endsWith(' ') && !chunk.startsWith(' ') ? `${current.text} ${chunk}` : current.text + chunk;
    chars += chunk.length;
  }
  let words = 0;
  for (const b of blocks) {
    b.text = b.text.trim();
    words += b.text ? b.text.split(' ').length : 0;
  }

  const links: LinkFact[] = [];
  const all = doc.links;
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    const href = a.getAttribute('href');
    const named = i < maxNamedLinks || /^\s*tel:/i.test(href ?? '');
    const name = named ? (a.getAttribute('aria-label') ?? (a.textContent ?? '').replace(WS, ' ').trim()).slice(0, 200) : '';
    links.push({ index: i, element: a, tag: a.localName, href, url: null, text: name, name, rel: '', target: '', region: 'other', inContent: true, block: -1, hasOnclick: false, role: null });
  }

  const forms: FormFact[] = [];
  for (const f of Array.from(doc.forms)) {
    const fields = Array.from(f.querySelectorAll('input, select, textarea'))
      .filter((x) => !/^(hidden|submit|button|image|reset)$/i.test(x.getAttribute('type') ?? ''))
      .map((x) => [x.getAttribute('type'), x.getAttribute('name'), x.getAttribute('placeholder'), x.getAttribute('id')].filter(Boolean).join(' ').toLowerCase());
    forms.push({ element: f, action: f.getAttribute('action'), fields, hasSubmit: true, region: 'other', inContent: true });
  }

  const { meta, lang } = readMeta(doc);
  const { entities, errors } = readJsonLd(doc);
  const facts: PageFacts = {
    url,
    title: (doc.title ?? '').replace(WS, ' ').trim(),
    lang,
    canonical: null,
    meta,
    jsonLd: entities,
    jsonLdErrors: errors,
    blocks,
    links,
    forms,
    times: [],
    headings: [],
    iframes: [],
    scripts: [],
    ids: new Set(),
    contentRoot: null,
    wordCount: words,
    totalWords: words,
    hasArticleElement: !!doc.querySelector('article'),
    truncated: chars >= maxChars,
    skipped: [],
    layout: null,
    document: doc,
  };
  const lite = detect(facts);
  const score = Number(/^score:(-?[\d.]+)$/.exec(lite.signals.find((s) => s.startsWith('score:')) ?? '')?.[1] ?? 0);
  return { maybeClinic: score >= THRESHOLD - QUICK_MARGIN, lite, score, chars };
}
