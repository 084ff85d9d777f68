// Pages that are legal but unusual: frames, shadow roots, <base href>, no <body>, XHTML served as
// XML, a body replaced while the audit runs, and page text that names Object.prototype's keys.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { resolveSelector } from '../../../utils/gather/selector';
import { toFindings } from '../../../utils/report/build';
import { allRules } from '../../../utils/rules';
import type { LayoutHook, Report, Rule } from '../../../utils/types';
import { ROOT, URL_, auditDoc, auditHtml, expectValidReport, internal, parseAs } from './helpers';

const PAGE_URL = 'https://clinic.example/services/ketamine';
const limitations = (r: Report) => internal(r, 'internal/limitation');
const byRule = (r: Report, id: string) => r.findings.filter((f) => f.ruleId === id);

describe('frames', () => {
  const framed = () =>
    parseHtml(
      `<main><h1>Ketamine therapy</h1><p>Our clinic offers ketamine therapy.</p>
      <iframe id="same" title="booking"></iframe>
      <iframe id="inline" srcdoc="<p>Questions? Call 949-945-0927 or <a href='tel:949 945 0927'>tap to call</a>.</p>"></iframe>
      <iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>
      <iframe src="https://maps.example.com/embed?q=clinic"></iframe>
      <iframe sandbox="allow-scripts" srcdoc="<p>sandboxed text 949-945-0999</p>"></iframe>
      <iframe src="https://px.tracker.example/t" width="1" height="1"></iframe>
      <iframe src="https://hidden.example/" style="display:none"></iframe>
      <iframe></iframe></main>`,
      PAGE_URL,
    );

  it('a same-origin frame is audited: its text produces findings whose selector leads into the frame', () => {
    const doc = framed();
    const frame = doc.getElementById('same') as HTMLIFrameElement;
    // What a loaded same-origin frame looks like to the content script.
    frame.contentDocument!.body.innerHTML = '<p>Book today: call 949-945-0927.</p>';
    const report = auditDoc(doc, { url: PAGE_URL });
    expectValidReport(report, 'frames');
    const inFrame = report.findings.filter((f) => f.selector?.startsWith('#same >>> '));
    expect(inFrame.map((f) => f.ruleId)).toContain('phone/unlinked-number');
    const f = inFrame.find((x) => x.ruleId === 'phone/unlinked-number')!;
    expect(f.excerpt).toBe('949-945-0927');
    expect(resolveSelector(doc, f.selector!)).toBe(frame.contentDocument!.querySelector('p'));
  });

  it('a srcdoc frame is audited in Node too (jsdom loads no frames, so gather parses srcdoc itself)', () => {
    const report = auditDoc(framed(), { url: PAGE_URL });
    const inFrame = report.findings.filter((f) => f.selector?.startsWith('#inline >>> '));
    expect(inFrame.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['phone/tel-uri-syntax']));
  });

  it('cross-origin and sandboxed frames are listed in one limitation finding; invisible and empty frames are not', () => {
    const report = auditDoc(framed(), { url: PAGE_URL });
    const lim = limitations(report);
    expect(lim).toHaveLength(1);
    expect(lim[0]!.message).toBe(
      '3 frames on the page could not be audited: https://www.youtube.com/embed/abc (cross-origin), https://maps.example.com/embed?q=clinic (cross-origin), about:srcdoc (sandboxed).',
    );
    expect(lim[0]!.data.frames).toEqual([
      { url: 'https://www.youtube.com/embed/abc', reason: 'cross-origin' },
      { url: 'https://maps.example.com/embed?q=clinic', reason: 'cross-origin' },
      { url: 'about:srcdoc', reason: 'sandboxed' },
    ]);
    // the sandboxed frame's text is not read (a browser would not let the extension read it either)
    expect(report.findings.some((f) => f.excerpt.includes('949-945-0999'))).toBe(false);
  });

  it('a frame whose document the browser withholds (contentDocument null, or a SecurityError) is skipped as cross-origin', () => {
    const doc = parseHtml('<main><p>Text</p><iframe id="a" src="/same-origin-but-blocked"></iframe><iframe id="b" src="https://other.example/"></iframe></main>', PAGE_URL);
    Object.defineProperty(doc.getElementById('a'), 'contentDocument', { get: () => null });
    Object.defineProperty(doc.getElementById('b'), 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    const facts = gather(doc, { url: PAGE_URL });
    expect(facts.skippedFrames).toEqual([
      { url: 'https://clinic.example/same-origin-but-blocked', reason: 'cross-origin' },
      { url: 'https://other.example/', reason: 'cross-origin' },
    ]);
    expectValidReport(auditDoc(doc, { url: PAGE_URL }), 'withheld frames');
  });

  it('frames inside frames are followed a few levels, then reported as nested too deep', () => {
    let srcdoc = '<p>innermost frame text</p>';
    for (let i = 0; i < 7; i++) srcdoc = `<p>level ${i}</p><iframe srcdoc="${srcdoc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
    const facts = gather(parseHtml(`<main>${srcdoc}</main>`, PAGE_URL), { url: PAGE_URL });
    expect(facts.framesAudited).toBe(4);
    expect(facts.skippedFrames).toEqual([{ url: 'about:srcdoc', reason: 'too-deep' }]);
    expect(facts.blocks.map((b) => b.text)).toContain('level 2');
  });

  it('frame URLs are still listed in facts.iframes for the rules (a scheduler embed counts as a booking path)', () => {
    const facts = gather(framed(), { url: PAGE_URL });
    expect(facts.iframes).toEqual(['https://www.youtube.com/embed/abc', 'https://maps.example.com/embed?q=clinic', 'https://px.tracker.example/t', 'https://hidden.example/']);
  });
});

describe('shadow roots', () => {
  function withShadow(): Document {
    const doc = parseHtml('<main><h1>Botox</h1><clinic-card id="card"><span slot="phone">949-945-0927</span><em>never slotted</em></clinic-card><plain-box></plain-box></main>', PAGE_URL);
    const root = doc.getElementById('card')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><p>Botox is 100% safe. <a href="#">Book now</a></p><p>Call: <slot name="phone">no phone</slot></p><inner-card></inner-card></div>';
    root.querySelector('inner-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested shadow: call 949-945-0928 today.</p>';
    doc.querySelector('plain-box')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>closed root text 949-945-0929</p>';
    return doc;
  }

  it('text inside open shadow roots (nested ones too) is audited, slotted light DOM where its slot puts it', () => {
    const facts = gather(withShadow(), { url: PAGE_URL });
    const texts = facts.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['Botox is 100% safe. Book now', 'Call: 949-945-0927', 'Nested shadow: call 949-945-0928 today.']));
    // light DOM that no slot shows is not rendered, so it is not audited; closed roots cannot be read
    expect(texts.join(' ')).not.toMatch(/never slotted|closed root text/);
    expect(facts.links.map((l) => l.text)).toEqual(['Book now']);
  });

  it('findings inside shadow roots get a host >>> inner selector that leads back to the element', () => {
    const doc = withShadow();
    const report = auditDoc(doc, { url: PAGE_URL });
    expectValidReport(report, 'shadow');
    const deep = report.findings.filter((f) => f.selector?.includes(' >>> '));
    expect(deep.length).toBeGreaterThan(0);
    for (const f of deep) expect(resolveSelector(doc, f.selector!), f.selector!).not.toBeNull();
    const nested = report.findings.find((f) => f.excerpt === '949-945-0928')!;
    expect(nested.selector).toBe('#card >>> div > inner-card >>> p');
    expect(resolveSelector(doc, nested.selector!)!.textContent).toContain('Nested shadow');
  });
});

describe('<base href>', () => {
  const linksOf = (html: string, url = PAGE_URL) => gather(parseHtml(html, url), { url }).links.map((l) => [l.href, l.url]);

  it('relative links resolve against <base href>, itself resolved against the page URL', () => {
    expect(linksOf('<head><base href="/clinic/"></head><body><a href="book">Book</a><a href="../contact">Contact</a><a href="#faq">FAQ</a><a href="//cdn.example/x">CDN</a></body>')).toEqual([
      ['book', 'https://clinic.example/clinic/book'],
      ['../contact', 'https://clinic.example/contact'],
      ['#faq', 'https://clinic.example/clinic/#faq'],
      ['//cdn.example/x', 'https://cdn.example/x'],
    ]);
  });

  it('an absolute base on another host wins; the first <base> counts; an unparseable one falls back to the page URL', () => {
    expect(linksOf('<base href="https://cms.example/site/"><base href="https://ignored.example/"><a href="book">Book</a>')).toEqual([['book', 'https://cms.example/site/book']]);
    expect(linksOf('<base href="http://[::1"><a href="book">Book</a>')).toEqual([['book', 'https://clinic.example/services/book']]);
  });

  it('canonical and frame URLs also resolve against the base', () => {
    const facts = gather(parseHtml('<base href="https://cms.example/a/"><link rel="canonical" href="page"><iframe src="frame.html" width="300" height="200"></iframe>', PAGE_URL), { url: PAGE_URL });
    expect(facts.canonical).toBe('https://cms.example/a/page');
    expect(facts.iframes).toEqual(['https://cms.example/a/frame.html']);
  });
});

describe('pages without a <body>', () => {
  it('a frameset page: no exception, a valid report, its frames listed as not audited', () => {
    const doc = parseHtml('<html><head><title>Clinic</title></head><frameset cols="50%,50%"><frame src="https://a.example/nav.html"><frame src="main.html"></frameset></html>', PAGE_URL);
    expect(doc.body?.localName).toBe('frameset');
    const report = auditDoc(doc, { url: PAGE_URL });
    expectValidReport(report, 'frameset');
    expect(report.page.title).toBe('Clinic');
    expect(limitations(report)[0]!.data.frames).toEqual([
      { url: 'https://a.example/nav.html', reason: 'cross-origin' },
      { url: 'https://clinic.example/services/main.html', reason: 'not-loaded' },
    ]);
  });

  it('a plain XML document (no HTML at all) gives a valid report', () => {
    const doc = parseAs('<?xml version="1.0"?><clinic><name>Example Clinic</name><phone>949-945-0927</phone><p>Call now</p></clinic>', 'application/xml', PAGE_URL);
    expect(doc.body).toBeNull();
    const report = auditDoc(doc, { url: PAGE_URL });
    expectValidReport(report, 'xml');
    expect(internal(report)).toEqual([]);
  });

  it('an empty document (not even a root element) and a document of only a comment give valid reports', () => {
    const empty = parseHtml('', PAGE_URL);
    empty.removeChild(empty.documentElement);
    expect(empty.documentElement).toBeNull();
    expectValidReport(auditDoc(empty, { url: PAGE_URL }), 'no root element');
    expect(internal(auditDoc(empty, { url: PAGE_URL }))).toEqual([]);
    expectValidReport(auditHtml('<!-- nothing here -->'), 'comment only');
  });
});

describe('XHTML served as XML', () => {
  const site = readFileSync(join(ROOT, 'tests', 'fixtures', 'site', 'ketamine-back-pain.html'), 'utf8');
  /** The same page as well-formed XHTML: lower-case tagName, case-sensitive XML parsing. */
  function asXhtml(html: string): string {
    const doc = parseHtml(html, PAGE_URL);
    const ser = new doc.defaultView!.XMLSerializer();
    return `<?xml version="1.0" encoding="utf-8"?>\n${ser.serializeToString(doc.documentElement)}`;
  }

  it('is read exactly like the same page as HTML (tag names arrive in lower case)', () => {
    const xdoc = parseAs(asXhtml(site), 'application/xhtml+xml', PAGE_URL);
    expect(xdoc.querySelector('p')!.tagName).toBe('p');
    const x = gather(xdoc, { url: PAGE_URL });
    const h = gather(parseHtml(site, PAGE_URL), { url: PAGE_URL });
    const shape = (f: typeof x) => ({
      blocks: f.blocks.map((b) => [b.tag, b.text, b.region, b.inContent, b.heading]),
      links: f.links.map((l) => [l.tag, l.url, l.text, l.region]),
      forms: f.forms.map((fm) => [fm.fields, fm.hasSubmit]),
      headings: f.headings.map((hd) => [hd.level, hd.text]),
      title: f.title,
      lang: f.lang,
    });
    expect(shape(x)).toEqual(shape(h));
    expect(x.blocks.length).toBeGreaterThan(5);
  });

  it('gives the same findings as the HTML page', () => {
    const xr = auditDoc(parseAs(asXhtml(site), 'application/xhtml+xml', PAGE_URL), { url: PAGE_URL });
    const hr = auditDoc(parseHtml(site, PAGE_URL), { url: PAGE_URL });
    expectValidReport(xr, 'xhtml');
    const key = (r: Report) => r.findings.map((f) => `${f.ruleId} | ${f.excerpt} | ${f.selector}`).sort();
    expect(key(xr)).toEqual(key(hr));
    expect(hr.findings.length).toBeGreaterThan(0);
  });
});

describe('a page that replaces document.body while the audit runs', () => {
  const HTML = '<main><article><h1>Ketamine</h1><p>Call 949-945-0927 to book.</p><p id="kept">Ketamine is 100% safe.</p></article></main>';

  it('a finding on an element the page removed gets selector null (not a wrong one); the report stays valid', () => {
    // Stands in for a page script running mid-audit: it swaps <body>, then reports on old elements.
    const swapper: Rule = {
      id: 'test/body-swapper',
      category: 'cta',
      severity: 'warning',
      title: '',
      description: '',
      why: '',
      fix: '',
      runsOn: 'any',
      check(facts) {
        const doc = facts.document;
        const fresh = doc.createElement('body');
        fresh.innerHTML = '<main><article><h1>Ketamine</h1><p>Call 949-945-0927 to book.</p></article></main>';
        doc.documentElement.replaceChild(fresh, doc.body);
        return facts.blocks.map((b) => ({ message: `old block: ${b.text}`, element: b.element, excerpt: b.text }));
      },
    };
    const doc = parseHtml(HTML, URL_);
    const report = auditDoc(doc, { rules: [swapper, ...allRules] });
    expectValidReport(report, 'body swapped');
    const mine = byRule(report, 'test/body-swapper');
    expect(mine.length).toBeGreaterThan(2);
    for (const f of mine) {
      expect(f.selector, f.message).toBeNull();
      expect(f.scope).toBe('element');
    }
    // context still comes from the text gather read, not from the detached nodes
    expect(mine.find((f) => f.excerpt.startsWith('Ketamine is'))!.context).toBe('Ketamine is 100% safe.');
    // the rules after the swap still ran on the facts gather collected
    expect(report.findings.some((f) => f.ruleId.startsWith('phone/'))).toBe(true);
    expect(internal(report)).toEqual([]);
  });

  it('gather, then a body swap, then the report stage: detached elements get no selector, live ones keep theirs', () => {
    const doc = parseHtml(HTML, URL_);
    const facts = gather(doc, { url: URL_ });
    const old = facts.blocks.find((b) => b.text.startsWith('Call'))!.element;
    const replacement = doc.createElement('body');
    replacement.innerHTML = '<p id="new">new body</p>';
    doc.body.replaceWith(replacement);
    const live = doc.getElementById('new')!;
    const rule = { id: 'test/x', category: 'cta' as const, severity: 'info' as const, fix: '', helpUrl: '' };
    const [a, b] = toFindings(rule, [{ message: 'old', element: old }, { message: 'new', element: live }], facts);
    expect(a!.selector).toBeNull();
    expect(a!.context).toBe('Call 949-945-0927 to book.');
    expect(b!.selector).toBe('#new');
  });
});

describe('page content that names JavaScript internals', () => {
  it('<meta name="__proto__">, name="constructor", and JSON-LD, ids and classes named after Object.prototype do not break the audit', () => {
    const html = `<html lang="__proto__"><head><title>constructor</title>
      <meta name="__proto__" content="x"><meta name="constructor" content="y"><meta property="hasOwnProperty" content="z"><meta name="toString" content="w">
      <script type="application/ld+json">{"__proto__": {"@type": "MedicalClinic"}, "constructor": {"prototype": 1}, "@type": ["__proto__", "constructor", "MedicalClinic"], "telephone": "949-945-0927"}</script></head>
      <body><main id="__proto__" class="constructor toString"><p id="constructor">Call 949-945-0927. <a href="#__proto__">constructor</a> <a href="#hasOwnProperty">valueOf</a></p></main></body></html>`;
    const report = auditHtml(html);
    expectValidReport(report, 'prototype names');
    expect(internal(report)).toEqual([]);
    expect(internal(report, 'internal/engine-error')).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined(); // nothing leaked into Object.prototype
  });
});

describe('a layout hook that fails', () => {
  it('a layout hook that throws for some elements does not stop gather (they count as shown)', () => {
    const layout: LayoutHook = {
      viewportHeight: 800,
      box: () => ({ top: 0, height: 10, visible: true, fixed: false }),
      isHidden: (el) => {
        if (el.localName === 'p') throw new Error('getComputedStyle failed');
        return false;
      },
    };
    const doc = parseHtml('<main><p>Call 949-945-0927</p></main>', URL_);
    const facts = gather(doc, { url: URL_, layout });
    expect(facts.blocks.map((b) => b.text)).toEqual(['Call 949-945-0927']);
  });
});
