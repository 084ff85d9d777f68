// gather on hostile input: its deadline runs on the injected clock, its size limits hold, XHTML's
// lower-case tag names read like HTML, and page-controlled names never reach Object.prototype.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../../../cli/parse-html';
import { GATHER_LIMITS, gather } from '../../../utils/gather';
import { readMeta } from '../../../utils/gather/meta';

const URL_ = 'https://clinic.example/blog/post';
const list = (n: number) => parseHtml(`<main><ul>${'<li><a href="/x">item</a> text</li>'.repeat(n)}</ul></main>`, URL_);

describe('the deadline is on the clock the engine passes', () => {
  it('a fake clock at 0 with deadline 1 never stops the walk (it used to compare with performance.now(), which is always past 1)', () => {
    const facts = gather(list(3000), { url: URL_, clock: () => 0, deadline: 1 });
    expect(facts.truncated).toBe(false);
    expect(facts.links).toHaveLength(3000);
  });

  it('the clock is read once per GATHER_LIMITS.clockEvery nodes, and the walk stops at the first read past the deadline', () => {
    let reads = 0;
    const facts = gather(list(3000), { url: URL_, clock: () => ++reads, deadline: 3 });
    expect(reads).toBe(4);
    expect(facts.truncated).toBe(true);
    expect(facts.truncatedBy).toBe('time');
    // it stopped at node 4 × 1024 before reading it: body, main and ul, then 4 nodes per <li> (li, a, "item", " text")
    expect(facts.links.length).toBe(Math.floor((4 * GATHER_LIMITS.clockEvery - 1 - 3) / 4));
  });

  it('no deadline: the clock is never read', () => {
    let reads = 0;
    gather(list(3000), { url: URL_, clock: () => ++reads });
    expect(reads).toBe(0);
  });
});

describe('size limits', () => {
  it('a block keeps its first blockText characters; the page its first totalText; both mark the facts truncated by size', () => {
    const doc = parseHtml('<main><p id="a"></p><p id="b">after</p></main>', URL_);
    doc.getElementById('a')!.textContent = 'word '.repeat(100_000);
    const facts = gather(doc, { url: URL_ });
    expect(facts.blocks[0]!.text.length).toBeLessThanOrEqual(GATHER_LIMITS.blockText);
    expect(facts.blocks[1]!.text).toBe('after');
    expect(facts.truncatedBy).toBe('size');
  });

  it('link text, accessible names and titles are cut to shortText; aria-labelledby pointing at the whole page is read once', () => {
    const doc = parseHtml(`<body id="all"><main>${'<a href="/b" aria-labelledby="all all all">x</a>'.repeat(300)}<p>${'long '.repeat(2000)}</p></main></body>`, URL_);
    doc.title = 'T'.repeat(50_000);
    const facts = gather(doc, { url: URL_ });
    expect(facts.links).toHaveLength(300);
    for (const l of facts.links) expect(l.name.length).toBeLessThanOrEqual(GATHER_LIMITS.shortText);
    expect(facts.title.length).toBeLessThanOrEqual(GATHER_LIMITS.shortText);
  });

  it('attribute values (href, datetime, meta content, lang) are cut to their limits', () => {
    const doc = parseHtml('<html><head><meta name="description"></head><body><a id="a">x</a><time id="t">t</time></body></html>', URL_);
    doc.getElementById('a')!.setAttribute('href', `/${'p'.repeat(100_000)}`);
    doc.getElementById('t')!.setAttribute('datetime', '9'.repeat(100_000));
    doc.querySelector('meta')!.setAttribute('content', 'm'.repeat(100_000));
    doc.documentElement.setAttribute('lang', 'x'.repeat(1000));
    const facts = gather(doc, { url: URL_ });
    expect(facts.links[0]!.href!.length).toBe(GATHER_LIMITS.attr);
    expect(facts.times[0]!.datetime!.length).toBe(GATHER_LIMITS.attr);
    expect(facts.meta.description![0]!.length).toBeLessThanOrEqual(GATHER_LIMITS.attr);
    expect(facts.lang.length).toBeLessThanOrEqual(64);
  });
});

describe('XHTML (lower-case tagName)', () => {
  const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><head><title>X</title></head><body>
    <header><a href="/">Home</a></header><main><h2>Book</h2><form action="/b"><input name="email" type="email"/><button>Send</button></form>
    <p>Text <button type="button">Call</button> <span role="button">Open</span></p><blockquote><p>Quoted</p></blockquote><time datetime="2026-01-01">Jan</time></main>
    <footer><a href="/privacy">Privacy</a></footer></body></html>`;

  it('controls, regions, headings, forms, quotes and times are all recognised', () => {
    const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml', url: URL_ }).window.document;
    expect(doc.body.tagName).toBe('body');
    const facts = gather(doc, { url: URL_ });
    expect(facts.links.map((l) => [l.tag, l.text, l.region])).toEqual([
      ['a', 'Home', 'header'],
      ['button', 'Send', 'main'],
      ['button', 'Call', 'main'],
      ['span', 'Open', 'main'],
      ['a', 'Privacy', 'footer'],
    ]);
    expect(facts.headings.map((h) => [h.level, h.text])).toEqual([[2, 'Book']]);
    expect(facts.forms.map((f) => [f.fields, f.hasSubmit])).toEqual([[['email email'], true]]);
    expect(facts.blocks.find((b) => b.text === 'Quoted')!.quoted).toBe(true);
    expect(facts.times.map((t) => t.datetime)).toEqual(['2026-01-01']);
    expect(facts.lang).toBe('en-GB');
    expect(facts.title).toBe('X');
  });
});

describe('page-controlled names', () => {
  it('<meta name="__proto__"> and name="constructor" are ordinary keys of a prototype-less map', () => {
    const doc = parseHtml('<head><meta name="__proto__" content="a"><meta name="constructor" content="b"><meta name="description" content="c"></head>', URL_);
    const { meta } = readMeta(doc);
    expect(Object.getPrototypeOf(meta)).toBeNull();
    expect(meta['__proto__']).toEqual(['a']);
    expect(meta['constructor']).toEqual(['b']);
    expect(meta['description']).toEqual(['c']);
  });

  it('ids named after Object.prototype members are collected as ids', () => {
    const facts = gather(parseHtml('<p id="__proto__">a</p><a name="constructor">b</a><p id="">c</p>', URL_), { url: URL_ });
    expect([...facts.ids].sort()).toEqual(['', '__proto__', 'constructor']);
  });
});

describe('frames and shadow roots in gather', () => {
  it('a hidden or 1×1 frame is neither audited nor listed as skipped, but its URL stays in facts.iframes', () => {
    const doc = parseHtml('<iframe hidden srcdoc="<p>hidden</p>"></iframe><iframe width="0" height="0" src="https://t.example/"></iframe><iframe style="display:none" src="https://u.example/"></iframe>', URL_);
    const facts = gather(doc, { url: URL_ });
    expect(facts.blocks.map((b) => b.text)).toEqual([]);
    expect(facts.skippedFrames).toEqual([]);
    expect(facts.iframes).toEqual(['https://t.example/', 'https://u.example/']);
  });

  it('links inside a srcdoc frame resolve against the page (a srcdoc frame has the page\'s base URL)', () => {
    const doc = parseHtml('<iframe srcdoc="<a href=\'/book\'>Book</a>"></iframe>', URL_);
    const facts = gather(doc, { url: URL_ });
    expect(facts.links.map((l) => l.url)).toEqual(['https://clinic.example/book']);
    expect(facts.framesAudited).toBe(1);
  });

  it('a shadow root without slots: its own text and (as before) the host\'s light children are read', () => {
    const doc = parseHtml('<x-box><i>light</i></x-box>', URL_);
    doc.querySelector('x-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    const facts = gather(doc, { url: URL_ });
    expect(facts.blocks.map((b) => b.text)).toEqual(['shadow', 'light']);
  });
});
