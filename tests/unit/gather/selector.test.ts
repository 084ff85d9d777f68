// The report's selector builder (utils/gather/selector.ts): unique, escaped, through shadow roots
// and frames, null for detached elements, and resolvable back to the same element.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../../../cli/parse-html';
import { SHADOW_SEPARATOR, cssEscape, cssSelector, registerFrameOwner, resolveSelector } from '../../../utils/gather/selector';

const URL_ = 'https://clinic.example/';
const SITE = join(__dirname, '..', '..', 'fixtures', 'site');

/** resolveSelector(cssSelector(el)) is el itself (compared with ===, so a failure prints no DOM). */
function roundTrips(doc: Document, el: Element): boolean {
  const sel = cssSelector(el);
  return sel != null && resolveSelector(doc, sel) === el;
}

describe('cssEscape (CSSOM CSS.escape, which jsdom lacks)', () => {
  it('escapes like the spec: leading digits, "-" + digit, a lone "-", NUL, controls and punctuation; keeps non-ASCII', () => {
    expect(cssEscape('1a')).toBe('\\31 a');
    expect(cssEscape('-1a')).toBe('-\\31 a');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('--x')).toBe('--x');
    expect(cssEscape('a\u0000b')).toBe('a\ufffdb');
    expect(cssEscape('a\u0001\u007f')).toBe('a\\1 \\7f ');
    expect(cssEscape('a b.c#d>e:f[g]')).toBe('a\\ b\\.c\\#d\\>e\\:f\\[g\\]');
    expect(cssEscape('zürich-診療所_😀')).toBe('zürich-診療所_😀');
  });

  it('every odd id becomes a selector that finds its element', () => {
    const ids = ['1st', '-2', 'a.b', 'a:b', 'x>y', 'q"uote', "ap'os", 'back\\slash', 'ünï', '😀', '[x]', '#hash', '__proto__', 'a\u0001b', '-', '--'];
    const doc = parseHtml('<main></main>', URL_);
    for (const id of ids) {
      const el = doc.createElement('p');
      el.setAttribute('id', id);
      doc.querySelector('main')!.appendChild(el);
    }
    for (const el of Array.from(doc.querySelectorAll('main > p'))) {
      // (jsdom's selector engine cannot match an escaped backslash; the builder then falls back to a path)
      if (!el.id.includes('\\')) expect(cssSelector(el), el.id).toBe(`#${cssEscape(el.id)}`);
      expect(roundTrips(doc, el), el.id).toBe(true);
    }
  });
});

describe('paths', () => {
  it('uses a unique id, ignores a duplicated one or one with spaces, and counts nth-of-type among same-tag siblings', () => {
    const doc = parseHtml('<main id="m"><div id="dup"><p>a</p></div><div id="dup"><span></span><p>b</p><p>c</p></div><div id="has space"><p>d</p></div></main>', URL_);
    const ps = Array.from(doc.querySelectorAll('p'));
    expect(ps.map((p) => cssSelector(p))).toEqual([
      '#m > div:nth-of-type(1) > p',
      '#m > div:nth-of-type(2) > p:nth-of-type(1)',
      '#m > div:nth-of-type(2) > p:nth-of-type(2)',
      '#m > div:nth-of-type(3) > p',
    ]);
    for (const p of ps) expect(roundTrips(doc, p)).toBe(true);
  });

  it('selectors for every item of a 3,000-item list (sibling walk, not Array.from(children), which made this cubic in jsdom)', () => {
    const doc = parseHtml(`<ul>${'<li>x</li>'.repeat(3000)}</ul>`, URL_);
    const items = Array.from(doc.querySelectorAll('li'));
    const sels = items.map((li) => cssSelector(li));
    expect(sels[0]).toBe('html > body > ul > li:nth-of-type(1)');
    expect(sels[2999]).toBe('html > body > ul > li:nth-of-type(3000)');
    expect(new Set(sels).size).toBe(3000);
  });

  it('every element of every sample-site page round-trips', () => {
    for (const name of readdirSync(SITE).filter((n) => n.endsWith('.html'))) {
      const doc = parseHtml(readFileSync(join(SITE, name), 'utf8'), URL_);
      const bad = Array.from(doc.querySelectorAll('*')).filter((el) => !roundTrips(doc, el));
      expect(bad.map((el) => `${name}: ${cssSelector(el)}`)).toEqual([]);
    }
  });

  it('a 1,500-step path resolves; when the selector engine gives up (jsdom overflows its stack on ~5,000 steps) the path is followed child by child', () => {
    const doc = parseHtml('<main></main>', URL_);
    let cur: Element = doc.createElement('section');
    const top = cur;
    for (let i = 0; i < 1500; i++) {
      const d = doc.createElement(i % 2 ? 'div' : 'span');
      if (i % 3 === 0) cur.appendChild(doc.createElement(i % 2 ? 'div' : 'span')); // a same-tag sibling before it
      cur.appendChild(d);
      cur = d;
    }
    doc.querySelector('main')!.appendChild(top);
    const sel = cssSelector(cur)!;
    expect(sel.split(' > ').length).toBeGreaterThan(1500);
    expect(resolveSelector(doc, sel) === cur).toBe(true);
    // the same path when querySelector throws, as jsdom's does for the 5,000-deep page
    const native = doc.querySelector.bind(doc);
    doc.querySelector = ((q: string) => (q === sel ? (() => { throw new RangeError('Maximum call stack size exceeded'); })() : native(q))) as typeof doc.querySelector;
    expect(resolveSelector(doc, sel) === cur).toBe(true);
    const withId = cssSelector(doc.querySelector('main')!.appendChild(Object.assign(doc.createElement('p'), { id: 'x:1' })))!;
    expect(withId).toBe('#x\\:1');
  });

  it('XHTML served as XML and SVG inside it: tag names are used as written, so the selector still matches', () => {
    const doc = new JSDOM('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>a</p><p>b<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">c</p></foreignObject></svg></p></body></html>', {
      contentType: 'application/xhtml+xml',
    }).window.document;
    const fo = doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'foreignObject')[0]!;
    expect(cssSelector(fo)).toBe('html > body > p:nth-of-type(2) > svg > foreignObject');
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(roundTrips(doc, el), el.localName).toBe(true);
  });
});

describe('shadow roots and frames', () => {
  it('an element in an open shadow root: host selector >>> selector inside the root, also for nested roots', () => {
    const doc = parseHtml('<main><x-card id="card"></x-card><x-card></x-card></main>', URL_);
    const root = doc.getElementById('card')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><p>one</p><p id="two">two</p><x-inner></x-inner></div>';
    const inner = root.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>deep</span>';
    const second = doc.querySelectorAll('x-card')[1]!.attachShadow({ mode: 'open' });
    second.innerHTML = '<p>other</p>';
    expect(cssSelector(root.querySelector('p')!)).toBe(`#card${SHADOW_SEPARATOR}div > p:nth-of-type(1)`);
    expect(cssSelector(root.getElementById('two')!)).toBe(`#card${SHADOW_SEPARATOR}#two`);
    expect(cssSelector(inner.querySelector('span')!)).toBe(`#card${SHADOW_SEPARATOR}div > x-inner${SHADOW_SEPARATOR}span`);
    expect(cssSelector(second.querySelector('p')!)).toBe(`html > body > main > x-card:nth-of-type(2)${SHADOW_SEPARATOR}p`);
    for (const el of [root.querySelector('p')!, root.getElementById('two')!, inner.querySelector('span')!, second.querySelector('p')!]) expect(roundTrips(doc, el)).toBe(true);
  });

  it('an id inside a shadow root is only unique within that root (the page may use the same id)', () => {
    const doc = parseHtml('<p id="x">page</p><x-host id="h"></x-host>', URL_);
    const root = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="x">shadow</p>';
    expect(cssSelector(root.getElementById('x')!)).toBe(`#h${SHADOW_SEPARATOR}#x`);
    expect(cssSelector(doc.getElementById('x')!)).toBe('#x');
  });

  it('an element in a same-origin frame: iframe selector >>> selector in the frame document', () => {
    const doc = parseHtml('<main><iframe id="f"></iframe><iframe></iframe></main>', URL_);
    const frameDoc = (doc.getElementById('f') as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = '<p>in frame</p>';
    const p = frameDoc.querySelector('p')!;
    expect(cssSelector(p)).toBe(`#f${SHADOW_SEPARATOR}html > body > p`);
    expect(roundTrips(doc, p)).toBe(true);
    // a frame document gather parsed itself (srcdoc in jsdom) names its frame once registered
    const parsed = new (doc.defaultView!.DOMParser)().parseFromString('<p>srcdoc</p>', 'text/html');
    registerFrameOwner(parsed, doc.querySelectorAll('iframe')[1]!);
    expect(cssSelector(parsed.querySelector('p')!)).toBe(`html > body > main > iframe:nth-of-type(2)${SHADOW_SEPARATOR}html > body > p`);
  });

  it('resolveSelector returns null, never throws, for selectors from another page or version', () => {
    const doc = parseHtml('<main><p>x</p></main>', URL_);
    for (const s of ['', '>>>', 'p >>> span', '#nope', 'p:nth-of-type(', 'main >>> ', '\\', `iframe${SHADOW_SEPARATOR}p`]) expect(resolveSelector(doc, s)).toBeNull();
  });
});

describe('elements that are no longer in the page', () => {
  it('a detached element, one in a plain fragment, and one under a removed shadow host or frame get null', () => {
    const doc = parseHtml('<main><p id="a">a</p><x-host></x-host><iframe></iframe></main>', URL_);
    const a = doc.getElementById('a')!;
    a.remove();
    expect(cssSelector(a)).toBeNull();
    const frag = doc.createDocumentFragment();
    frag.appendChild(doc.createElement('p'));
    expect(cssSelector(frag.firstElementChild!)).toBeNull();
    const host = doc.querySelector('x-host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>in shadow</p>';
    const inShadow = root.querySelector('p')!;
    expect(cssSelector(inShadow)).not.toBeNull();
    host.remove();
    expect(cssSelector(inShadow)).toBeNull();
    const iframe = doc.querySelector('iframe') as HTMLIFrameElement;
    const parsed = new (doc.defaultView!.DOMParser)().parseFromString('<p>frame</p>', 'text/html');
    registerFrameOwner(parsed, iframe);
    iframe.remove();
    expect(cssSelector(parsed.querySelector('p')!)).toBeNull();
  });

  it('after document.body is replaced, old elements get null and new ones a fresh selector', () => {
    const doc = parseHtml('<p id="old">old</p>', URL_);
    const old = doc.getElementById('old')!;
    const body = doc.createElement('body');
    body.innerHTML = '<p>new</p>';
    doc.documentElement.replaceChild(body, doc.body);
    expect(cssSelector(old)).toBeNull();
    expect(cssSelector(body.firstElementChild!)).toBe('html > body > p');
  });
});
