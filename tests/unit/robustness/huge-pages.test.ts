// Huge pages: 100,000 elements, 5,000 levels of nesting, 10 MB of text, 10 MB attribute values,
// enormous and deeply nested JSON-LD. The time budget runs on a fake clock here, so what is asserted
// is deterministic (where gather stops, which rules were left out), never a wall-clock time.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { GATHER_BUDGET_SHARE } from '../../../utils/engine';
import { GATHER_LIMITS, gather } from '../../../utils/gather';
import { cssSelector, resolveSelector } from '../../../utils/gather/selector';
import { allRules } from '../../../utils/rules';
import type { Report } from '../../../utils/types';
import { URL_, auditDoc, expectValidReport, internal, nest, steppingClock } from './helpers';

const limitations = (r: Report) => internal(r, 'internal/limitation');

describe('a 100,000-element page', () => {
  let doc: Document;
  const ELEMENTS = 100_000;
  const ITEMS = 25_000;
  beforeAll(() => {
    // 25,000 list items × (li + a + span + b) + wrappers: over 100,000 elements, ~250,000 nodes.
    const items: string[] = [];
    for (let i = 0; i < ITEMS; i++) items.push(`<li><a href="/p/${i}">Item ${i}</a> <span>note <b>${i}</b></span></li>`);
    doc = parseHtml(`<html><head><title>Huge</title></head><body><main><h1>Our clinic</h1><ul>${items.join('')}</ul><p id="last">The end. Call 949-945-0927.</p></main></body></html>`, URL_);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(ELEMENTS);
  }, 120_000);

  it('gather stops when the clock passes its deadline, marks the facts truncated by time, and keeps what it read in document order', () => {
    // The clock moves 1 ms per read and gather reads it once per GATHER_LIMITS.clockEvery nodes: with a
    // deadline of 20, it stops after about 20 × 1024 nodes, long before the end of the page.
    const clock = steppingClock(1);
    const facts = gather(doc, { url: URL_, clock, deadline: 20 });
    expect(facts.truncated).toBe(true);
    expect(facts.truncatedBy).toBe('time');
    expect(clock.reads()).toBe(21);
    expect(facts.links.length).toBeGreaterThan(1000);
    expect(facts.links.length).toBeLessThan(ITEMS);
    expect(facts.links.slice(0, 3).map((l) => l.text)).toEqual(['Item 0', 'Item 1', 'Item 2']);
    expect(facts.blocks.some((b) => b.text.includes('The end'))).toBe(false);
  });

  it('without a deadline gather reads all of it', () => {
    const facts = gather(doc, { url: URL_ });
    expect(facts.truncated).toBe(false);
    expect(facts.links).toHaveLength(ITEMS);
    expect(facts.blocks.at(-1)!.text).toBe('The end. Call 949-945-0927.');
  });

  it('the engine finishes within its budget: gather stops at 60 %, rules stop at 100 %, and both are limitation findings in a valid report', () => {
    const clock = steppingClock(1);
    const budgetMs = 60;
    const report = auditDoc(doc, { clock, config: { budgetMs } });
    expectValidReport(report, '100k elements');
    const lim = limitations(report);
    expect(lim.map((f) => f.message)).toEqual([
      expect.stringMatching(/^The page is too large to read in full within the time budget \(60 ms\); only its first part was audited\.$/),
      expect.stringMatching(/^The time budget \(60 ms\) ran out; \d+ rule\(s\) did not run: /),
    ]);
    // gather's share of the budget: started at t=1, stopped at the first read past 1 + 36
    expect(GATHER_BUDGET_SHARE).toBe(0.6);
    const ran = allRules.length - (lim[1]!.data.rules as string[]).length;
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(allRules.length);
    expect(internal(report)).toEqual([]);
  });

  it('a page that fits its budget gets no limitation finding', () => {
    const small = parseHtml('<main><p>Call 949-945-0927.</p></main>', URL_);
    expect(limitations(auditDoc(small, { clock: steppingClock(1), config: { budgetMs: 10_000 } }))).toEqual([]);
  });
});

describe('5,000 levels of nesting', () => {
  let doc: Document;
  let innermost: Element;
  beforeAll(() => {
    doc = parseHtml('<html><body><main><article><h1>Deep</h1></article></main></body></html>', URL_);
    innermost = nest(doc, doc.querySelector('article')!, 5000);
    innermost.innerHTML = 'Call us at 949-945-0927 or <a href="#">book now</a>. Ketamine is 100% safe.';
  });

  it('gather walks to the bottom without recursion (explicit stack): the innermost text and link are read', () => {
    let depth = 0;
    for (let e: Element | null = innermost; e; e = e.parentElement) depth++;
    expect(depth).toBeGreaterThan(5000);
    const facts = gather(doc, { url: URL_ });
    expect(facts.blocks.map((b) => b.text)).toContain('Call us at 949-945-0927 or book now. Ketamine is 100% safe.');
    expect(facts.links.map((l) => l.text)).toEqual(['book now']);
  });

  it('the engine reports on the innermost element with a selector that leads back to it', () => {
    const report = auditDoc(doc);
    expectValidReport(report, '5000 deep');
    const f = report.findings.find((x) => x.excerpt === '949-945-0927');
    expect(f).toBeDefined();
    // (compared with ===: a failing toBe would try to print a 5,000-deep element)
    expect(resolveSelector(doc, f!.selector!) === innermost).toBe(true);
    expect(cssSelector(innermost)!.split(' > ').length).toBeGreaterThan(5000);
  });
});

describe('10 MB of text', () => {
  it('one 10 MB paragraph: gather keeps its first 100,000 characters, the report says the page was cut, and every rule runs', () => {
    const doc = parseHtml('<main><h1>Ketamine</h1><p id="big"></p><p>After the big one: call 949-945-0927.</p></main>', URL_);
    const chunk = 'As of 2019 we are the only clinic. Call 949-945-0927 today, 100% safe\u200b \u202eresults\u202c. ';
    doc.getElementById('big')!.textContent = chunk.repeat(Math.ceil(10_000_000 / chunk.length));
    const facts = gather(doc, { url: URL_ });
    expect(facts.blocks.find((b) => b.element.id === 'big')!.text.length).toBeLessThanOrEqual(GATHER_LIMITS.blockText);
    expect(facts.truncatedBy).toBe('size');
    const report = auditDoc(doc, { config: { budgetMs: 1e9 } });
    expectValidReport(report, '10 MB paragraph');
    expect(limitations(report).map((f) => f.message)).toContain('The page holds more text than Clinic Lint reads from one page; only its first part was audited.');
    expect(limitations(report).some((f) => /rule\(s\) did not run/.test(f.message))).toBe(false);
    expect(internal(report)).toEqual([]);
  });

  it('10 MB spread over 10,000 paragraphs: gather stops at its total text limit', () => {
    const doc = parseHtml('<main></main>', URL_);
    const main = doc.querySelector('main')!;
    const line = `${'Our clinic offers ketamine therapy for depression and chronic pain. '.repeat(15)}`.slice(0, 1000);
    for (let i = 0; i < 10_000; i++) {
      const p = doc.createElement('p');
      p.textContent = line;
      main.appendChild(p);
    }
    const facts = gather(doc, { url: URL_ });
    const total = facts.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(total).toBeLessThanOrEqual(GATHER_LIMITS.totalText);
    expect(facts.blocks.length).toBeLessThan(10_000);
    expect(facts.truncated).toBe(true);
    expectValidReport(auditDoc(doc, { config: { budgetMs: 1e9 } }), '10 MB in paragraphs');
  });

  it('10 MB of digits without a space, and 10 MB of zero-width characters', () => {
    for (const filler of ['7', '\u200b']) {
      const doc = parseHtml('<main><p id="x"></p></main>', URL_);
      doc.getElementById('x')!.textContent = filler.repeat(10_000_000);
      const report = auditDoc(doc, { config: { budgetMs: 1e9 } });
      expectValidReport(report, `10 MB of ${JSON.stringify(filler)}`);
      expect(internal(report)).toEqual([]);
    }
  });
});

describe('huge attribute values', () => {
  it('10 MB href (tel:, https:), class, style, aria-label, title, alt, datetime and srcdoc values are cut, and the report is valid', () => {
    const doc = parseHtml('<main><p>Call <a id="tel">us</a> or <a id="web">book</a>. <time id="t">today</time> <img id="i"></p><iframe id="f"></iframe><div id="d">text</div></main>', URL_);
    const ten = (c: string) => c.repeat(10_000_000);
    doc.getElementById('tel')!.setAttribute('href', `tel:${ten('9')}`);
    doc.getElementById('web')!.setAttribute('href', `https://clinic.example/${ten('a')}`);
    doc.getElementById('web')!.setAttribute('aria-label', ten('x '));
    doc.getElementById('tel')!.setAttribute('title', ten('t'));
    doc.getElementById('t')!.setAttribute('datetime', ten('2'));
    doc.getElementById('i')!.setAttribute('alt', ten('alt '));
    doc.getElementById('d')!.setAttribute('class', ten('c '));
    doc.getElementById('d')!.setAttribute('style', ten(';'));
    doc.getElementById('f')!.setAttribute('srcdoc', `<p>${ten('s')}</p>`);
    const facts = gather(doc, { url: URL_ });
    for (const l of facts.links) {
      expect(l.href!.length).toBeLessThanOrEqual(GATHER_LIMITS.attr);
      expect(l.name.length).toBeLessThanOrEqual(GATHER_LIMITS.shortText);
    }
    expect(facts.times[0]!.datetime!.length).toBeLessThanOrEqual(GATHER_LIMITS.attr);
    const report = auditDoc(doc, { config: { budgetMs: 1e9 } });
    expectValidReport(report, 'huge attributes');
    expect(internal(report)).toEqual([]);
  });

  it('a 10 MB <title> and a 10 MB lang attribute are cut in the report', () => {
    const doc = parseHtml('<html><head><title></title></head><body><p>x</p></body></html>', URL_);
    doc.title = 'T'.repeat(10_000_000);
    doc.documentElement.setAttribute('lang', 'en-'.repeat(3_000_000));
    const report = auditDoc(doc);
    expectValidReport(report, 'huge title');
    expect(report.page.title.length).toBeLessThanOrEqual(GATHER_LIMITS.shortText);
    expect(report.page.lang.length).toBeLessThanOrEqual(64);
  });
});

describe('enormous and deeply nested JSON-LD', () => {
  it('JSON-LD nested 100,000 levels deep (arrays and objects), 5 MB of JSON-LD, and 2,000 entities: no exception, a valid report', () => {
    const deepArray = `${'['.repeat(100_000)}{"@type":"MedicalClinic","telephone":"949-945-0927"}${']'.repeat(100_000)}`;
    const deepObject = `${'{"@type":"WebPage","about":'.repeat(20_000)}{"@type":"BlogPosting","datePublished":"2019-01-01"}${'}'.repeat(20_000)}`;
    const big = JSON.stringify({ '@type': 'MedicalClinic', description: 'd'.repeat(5_000_000), telephone: '949-945-0927' });
    const many = JSON.stringify({ '@graph': Array.from({ length: 5000 }, (_, i) => ({ '@type': 'Offer', validThrough: `2019-01-${(i % 28) + 1}`, name: `offer ${i}` })) });
    const doc = parseHtml('<html><head></head><body><main><article><h1>x</h1><p>Call 949-945-0927.</p></article></main></body></html>', URL_);
    for (const json of [deepArray, deepObject, big, many]) {
      const s = doc.createElement('script');
      s.setAttribute('type', 'application/ld+json');
      s.textContent = json;
      doc.head.appendChild(s);
    }
    const facts = gather(doc, { url: URL_ });
    expect(facts.jsonLdErrors).toBe(0);
    expect(facts.jsonLd.length).toBeGreaterThan(0);
    const report = auditDoc(doc, { config: { budgetMs: 1e9 } });
    expectValidReport(report, 'huge JSON-LD');
    expect(internal(report)).toEqual([]);
  });
});
