// fast-check generators of hostile HTML: random trees of real and odd tags with unclosed elements,
// tricky attribute values, zero-width and right-to-left characters, phone numbers, dates and numbers
// of every shape, broken JSON-LD, and mutations (cuts, splices, duplicates) of real pages.
import fc from 'fast-check';

/** Reproducible: the same seed gives the same pages. FUZZ_SEED / FUZZ_RUNS override (e.g. a long local run). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
export const fuzzRuns = (n: number): number => Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS_FACTOR ?? 1)));

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '.split('');
/** Invisible, bidi, combining, astral, control and markup characters. */
export const TRICKY_CHARS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // zero-width, soft hyphen
  '\u202e', '\u202b', '\u202a', '\u202c', '\u2066', '\u2069', '\u200f', '\u200e', '\u061c', // bidi
  'ع', 'ש', 'ی', '٣', '۴', '０', '９', '𝟗', 'Ⅻ', '½', // RTL letters, other digits
  'e\u0301', '\u0301', 'ﬁ', 'İ', 'ß', '😀', '👩‍⚕️', '🇺🇸', '\ud800', '\udfff', // combining, ligature, astral, lone surrogates
  '\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\u00a0', '\u3000', '\t', '\n', '\r',
  '<', '>', '&', '"', "'", '=', '/', '\\', '`', '$', '{', '}', '%', '#', ';', '+', '-', '(', ')', '.', ',', ':', '*', '?', '|', '[', ']', '^',
  '&amp;', '&lt;', '&#0;', '&#x202e;', '&#xD800;', '&nbsp;', '&bogus;', '&#99999999;',
  '<!--', '-->', '<![CDATA[', ']]>', '</script>', '</p>', '</',
];
const char = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ALNUM) }, { weight: 3, arbitrary: fc.constantFrom(...TRICKY_CHARS) });
export const junk = (maxLength = 40) => fc.string({ unit: char, maxLength });

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: n, maxLength: n });
const SEP = ['-', '.', ' ', '', '\u2011', '\u2013', '\u00a0', ') ', '/', '  '];
const toWide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const toArabic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** Phone numbers: real-looking, vanity, international, extensions, too short/long, other digit sets. */
export const phone = fc
  .tuple(
    fc.constantFrom('', '+1 ', '1-', '+44 ', '+', '(', '001 ', '+1(', '+٩٧١ '),
    digits(3),
    fc.constantFrom(...SEP),
    digits(3),
    fc.constantFrom(...SEP),
    fc.oneof(digits(4), digits(2), digits(7), fc.constantFrom('CARE', 'SMILE', 'DOCS', '0000', '5555')),
    fc.constantFrom('', ' ext. 12', ' x3', ';ext=99', ' #5', ',,2'),
    fc.constantFrom('ascii', 'ascii', 'ascii', 'wide', 'arabic'),
  )
  .map(([a, b, s1, c, s2, d, e, script]) => {
    const n = `${a}${b}${s1}${c}${s2}${d}${e}`;
    return script === 'wide' ? toWide(n) : script === 'arabic' ? toArabic(n) : n;
  });

/** Dates, valid and not: impossible days, years far away, every written form. */
export const dateText = fc.oneof(
  fc.constantFrom(
    '2024-02-30', '2023-13-01', '0000-00-00', '99999-12-31', '-001000-01-01', '+275760-09-13', '2038-01-19T03:14:08Z', '1970-01-01',
    'Feb 30, 2023', '31/31/2020', 'Updated: yesterday', 'Published 2019', 'As of 2021', 'Last reviewed on 32 Jan 2020', 'Medically reviewed March 2025',
    'Updated 2026-11-27', 'in 2030', 'since 1899', 'Q5 2024', 'Spring 2019', 'tomorrow', '2026', '11/26/2026', '26.11.2026', '2026年11月26日',
    'Posted on: ', 'Updated on 00/00/0000', 'Offer ends 12/31/2019', 'Book before June 1', '© 2009–2019',
  ),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -100, max: 10000 })).map(([d, m, y]) => `${d}/${m}/${y}`),
);

/** Numbers of every shape. */
export const numberText = fc.oneof(
  fc.double().map(String), // NaN, Infinity, -0, 5e-324…
  fc.integer().map((n) => n.toLocaleString('en-US')),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('100%', '99.9%', '1e999', '0x1F', '1,000,000.00', '1.000.000,00', '٣٤٥', '１２３', '½', '3/4', '−5', '10⁶', '~70%', '70 percent', '7 out of 10', '1 in 5', '$0', '$-1', '€1.5M', '999999999999999999999', '00000000'),
);

const PHRASES = [
  'Call us at', 'Book now', 'Schedule your appointment', 'Request a consultation', 'FDA approved', '100% safe', 'cures depression', 'guaranteed results',
  'Medically reviewed by Dr. Jane Smith, MD', 'Our clinic', 'our patients', 'Lorem ipsum dolor sit amet', 'Spravato (esketamine)', 'ketamine infusion',
  'click here', 'Read more', 'free consultation', 'limited time offer ends', 'Studies show', 'according to experts', 'new patients welcome',
  'the only clinic', 'no side effects', 'Text us', 'Contact us', 'Dr. Who', 'RN', 'as seen on TV', 'covid-19 public health emergency',
];
export const phrase = fc.constantFrom(...PHRASES);

/** A run of page text: phrases, phones, dates, numbers and junk. */
export const prose = fc.array(fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 2, arbitrary: phone }, { weight: 2, arbitrary: dateText }, { weight: 2, arbitrary: numberText }, { weight: 3, arbitrary: junk() }), { maxLength: 8 }).map((xs) => xs.join(' '));

const TAGS = [
  'p', 'p', 'div', 'div', 'span', 'a', 'a', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'section', 'h1', 'h2', 'h3', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'table', 'tr', 'td', 'th', 'time', 'button', 'input', 'form', 'label', 'blockquote', 'q', 'cite', 'br', 'hr', 'img', 'area', 'map', 'iframe', 'frame', 'frameset', 'template', 'svg',
  'math', 'script', 'style', 'noscript', 'select', 'option', 'textarea', 'pre', 'address', 'strong', 'em', 'b', 'i', 'base', 'meta', 'title', 'link', 'slot', 'details',
  'summary', 'figure', 'figcaption', 'dialog', 'object', 'embed', 'video', 'clinic-widget', 'x', 'body', 'html', 'head', 'foreignObject', 'annotation-xml', 'plaintext', 'xmp', 'isindex',
];
const ATTRS = [
  'href', 'href', 'id', 'class', 'style', 'hidden', 'datetime', 'itemprop', 'role', 'aria-label', 'aria-labelledby', 'srcdoc', 'src', 'sandbox', 'content', 'name', 'value',
  'type', 'lang', 'title', 'alt', 'slot', 'onclick', 'rel', 'target', 'property', 'action', 'width', 'height', 'dir', 'xml:lang', 'xmlns', 'http-equiv', 'charset', 'itemtype',
];
const URLISH = [
  'tel:+19499450927', 'tel:949 945 0927', 'tel://949-945-0927', 'tel:', 'tel:#', 'tel:1-800-CALL-NOW', 'tel:%2B19499450927', 'sms:+19499450927?body=hi', 'sms:', 'mailto:', 'mailto:a@b',
  'mailto:@', 'javascript:void(0)', 'javascript:alert(1)', '#', '', ' ', '#top', '/book', '../contact', '//cdn.example/x', 'https://example.com/book?x=1#y', 'http://localhost:3000/',
  'http://[::1', 'https://', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'about:blank', 'https://staging.clinic.example/', 'https://calendly.com/x',
  'http://insecure.example/', 'https://www.youtube.com/embed/x', 'vbscript:msgbox', '\u0000', 'https://exa\u200bmple.com',
];
const ROLES = ['button', 'link', 'main', 'navigation', 'banner', 'contentinfo', 'complementary', 'presentation', 'none', ''];
const JS_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const attrValue = fc.oneof(
  { weight: 4, arbitrary: junk(30) },
  { weight: 3, arbitrary: fc.constantFrom(...URLISH) },
  { weight: 2, arbitrary: fc.oneof(phone.map((p) => `tel:${p}`), phone, dateText, numberText) },
  { weight: 1, arbitrary: fc.constantFrom(...ROLES, ...JS_NAMES, 'display:none', 'visibility:hidden', 'display : none ;', 'allow-same-origin', 'application/ld+json', 'datePublished', 'dateModified', '0', '1') },
  // huge values, kept modest here (the 10 MB cases are their own tests)
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '9', ' ', '\u200b', 'tel:', '%'), fc.integer({ min: 1_000, max: 40_000 })).map(([c, n]) => c.repeat(n)) },
);
const attr = fc.tuple(fc.constantFrom(...ATTRS, ...JS_NAMES), attrValue, fc.constantFrom('"', "'", '')).map(([n, v, q]) => {
  if (q === '"') return `${n}="${v.replace(/"/g, '&quot;')}"`;
  if (q === "'") return `${n}='${v.replace(/'/g, '&#39;')}'`;
  return `${n}=${v.replace(/[\s>]/g, '')}`;
});

/** Broken and odd JSON-LD: random JSON, schema.org shapes with bad values, truncated text. */
export const jsonLd = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record({
      type: fc.oneof(fc.constantFrom('MedicalClinic', 'BlogPosting', 'Article', 'Dentist', 'MedicalWebPage', 'NewsArticle', 'Offer', '__proto__'), fc.jsonValue({ maxDepth: 1 })),
      published: fc.oneof(dateText, fc.jsonValue({ maxDepth: 1 })),
      modified: fc.oneof(dateText, fc.jsonValue({ maxDepth: 1 })),
      reviewed: fc.oneof(dateText, fc.constant(null)),
      phone: fc.oneof(phone, fc.jsonValue({ maxDepth: 1 })),
      extra: fc.dictionary(fc.oneof(junk(8), fc.constantFrom(...JS_NAMES)), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      graph: fc.boolean(),
    })
    .map(({ type, published, modified, reviewed, phone: tel, extra, graph }) => {
      const node = { '@context': 'https://schema.org', '@type': type, datePublished: published, dateModified: modified, lastReviewed: reviewed, telephone: tel, ...extra };
      return JSON.stringify(graph ? { '@context': 'https://schema.org', '@graph': [node, { '@type': 'Offer', validThrough: published, priceValidUntil: modified }] } : node);
    }),
  fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(200)).map(([v, cut]) => JSON.stringify(v).slice(0, cut)), // truncated
  fc.constantFrom('{', '}{', '[,]', '{"@type":"MedicalClinic",}', '<!-- {"@type":"Article"} -->', '//<![CDATA[\n{"@type":"BlogPosting"}\n//]]>', 'null', '"str"', '1e400', '{"@type":"Article","datePublished":"2019-01-01"}</script><p>after</p>'),
);

const textNode = fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: junk(80) });

/** A random HTML fragment: a tree of tags (some left unclosed, some stray closers) with attributes and text. */
export const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attr, { maxLength: 4 }),
      kids: fc.array(tie('node'), { maxLength: 5 }),
      close: fc.constantFrom('close', 'close', 'close', 'open', 'stray', 'self'),
      json: jsonLd,
    })
    .map(({ tag, attrs, kids, close, json }) => {
      const open = `<${tag}${attrs.length ? ' ' : ''}${attrs.join(' ')}${close === 'self' ? '/' : ''}>`;
      if (tag === 'script') return `<script type="application/ld+json">${json}</script>`;
      const inner = kids.join('');
      if (close === 'open') return open + inner; // unclosed
      if (close === 'stray') return `${inner}</${tag}>`; // a closer without its opener
      return `${open}${inner}</${tag}>`;
    }),
})).node;

/** A whole page (or sometimes just a fragment): head with title, meta and JSON-LD, then a body of fragments. */
export const page = fc
  .record({
    doctype: fc.constantFrom('<!doctype html>', '', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', '<?xml version="1.0"?>'),
    lang: fc.oneof(fc.constantFrom('en', 'en-US', 'ar', 'he', 'zh-Hant', '', 'x-bogus-🙂', '__proto__'), junk(10)),
    title: prose,
    metas: fc.array(fc.tuple(fc.constantFrom('description', 'og:type', 'article:published_time', 'article:modified_time', 'og:locale', 'date', 'last-modified', 'format-detection', ...JS_NAMES), attrValue), { maxLength: 4 }),
    jsonLds: fc.array(jsonLd, { maxLength: 3 }),
    body: fc.array(fragment, { minLength: 1, maxLength: 6 }),
    bare: fc.boolean(),
  })
  .map(({ doctype, lang, title, metas, jsonLds, body, bare }) => {
    if (bare) return body.join('');
    const meta = metas.map(([k, v]) => `<meta ${k.includes(':') ? 'property' : 'name'}="${k}" content="${v.replace(/"/g, '&quot;')}">`).join('');
    const ld = jsonLds.map((j) => `<script type="application/ld+json">${j}</script>`).join('');
    return `${doctype}<html lang="${lang.replace(/"/g, '')}"><head><title>${title}</title>${meta}${ld}</head><body>${body.join('')}</body></html>`;
  });

type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; what: string }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'strip'; ch: string; at: number; len: number }
  | { kind: 'digits'; at: number; len: number; script: 'wide' | 'arabic' | 'shuffle' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat(3000) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.oneof(fragment, junk(20), fc.constantFrom(...TRICKY_CHARS)) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat(4000) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('strip' as const), ch: fc.constantFrom('>', '<', '"', '/', '=', ';'), at: fc.nat(), len: fc.nat(5000) }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), len: fc.nat(5000), script: fc.constantFrom('wide' as const, 'arabic' as const, 'shuffle' as const) }),
);

/** Applies mutations to a page's HTML (positions are taken modulo its current length). */
export function mutate(html: string, mutations: Mutation[]): string {
  let s = html;
  for (const m of mutations) {
    const at = s.length ? m.at % s.length : 0;
    switch (m.kind) {
      case 'delete':
        s = s.slice(0, at) + s.slice(at + m.len);
        break;
      case 'insert':
        s = s.slice(0, at) + m.what + s.slice(at);
        break;
      case 'duplicate':
        s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
        break;
      case 'truncate':
        s = s.slice(0, at);
        break;
      case 'strip': {
        const part = s.slice(at, at + m.len).split(m.ch).join('');
        s = s.slice(0, at) + part + s.slice(at + m.len);
        break;
      }
      case 'digits': {
        let part = s.slice(at, at + m.len);
        part = m.script === 'wide' ? toWide(part) : m.script === 'arabic' ? toArabic(part) : part.replace(/\d/g, (d) => String((Number(d) * 7 + 3) % 10));
        s = s.slice(0, at) + part + s.slice(at + m.len);
        break;
      }
    }
  }
  return s;
}
