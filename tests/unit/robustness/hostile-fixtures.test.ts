// The hand-written hostile pages (tests/fixtures/hostile): each gives a valid report with no rule or
// stage crash, and nothing in them runs while Node parses and audits them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { ROOT, auditDoc, expectValidReport, internal, parseAs } from './helpers';

const DIR = join(ROOT, 'tests', 'fixtures', 'hostile');
const URL_ = 'https://clinic.example/blog/hostile';
const files = readdirSync(DIR).filter((n) => /\.(html|xhtml)$/.test(n)).sort();
const load = (name: string): Document => {
  const text = readFileSync(join(DIR, name), 'utf8');
  return name.endsWith('.xhtml') ? parseAs(text, 'application/xhtml+xml', URL_) : parseHtml(text, URL_);
};

describe('hostile fixture pages', () => {
  it('there are hostile fixtures to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: a valid report v1, no rule or engine-stage crash', (name) => {
    const report = auditDoc(load(name), { url: URL_ });
    expectValidReport(report, name);
    expect(internal(report)).toEqual([]);
    expect(internal(report, 'internal/engine-error')).toEqual([]);
  });

  it('xss-payloads.html: no script, handler, javascript: URL or srcdoc script ran while parsing, gathering and auditing', () => {
    const doc = load('xss-payloads.html');
    const win = doc.defaultView as unknown as Record<string, unknown>;
    const report = auditDoc(doc, { url: URL_ });
    expect(win.__pwned).toBeUndefined();
    expect(doc.title).not.toBe('pwned');
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    // the payload text reaches the report as text (for the pages to show as text), in the fields that hold page text
    const texts = report.findings.flatMap((f) => [f.excerpt, f.context]).join('\n');
    expect(texts).toContain('<script>alert("text payload")</script>');
    expect(report.page.title).toContain('Ketamine');
  });

  it('xss-payloads.html: the srcdoc frame is read (its phone number is audited) without running its script', () => {
    const doc = load('xss-payloads.html');
    const facts = gather(doc, { url: URL_ });
    expect(facts.framesAudited).toBe(1);
    expect(facts.blocks.some((b) => b.text.includes('949-945-0929'))).toBe(true);
    expect((doc.defaultView as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('frameset.html: both framesets\' frames are listed as not audited; the <noframes> text is not read as the page', () => {
    const doc = load('frameset.html');
    expect(gather(doc, { url: URL_ }).blocks.map((b) => b.text).join(' ')).not.toContain('949-945-0927');
    const report = auditDoc(doc, { url: URL_ });
    const lim = internal(report, 'internal/limitation');
    expect(lim).toHaveLength(1);
    expect((lim[0]!.data.frames as Array<{ url: string }>).map((f) => f.url)).toEqual(['https://clinic.example/top.html', 'https://menu.example/nav.html', 'https://clinic.example/blog/main.html']);
  });

  it('frames.html: the srcdoc frame and the frame inside it are audited; cross-origin ones listed; tracking, hidden, empty, javascript: and data: frames ignored', () => {
    const facts = gather(load('frames.html'), { url: URL_ });
    expect(facts.framesAudited).toBe(2);
    expect(facts.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['Questions? Call 949-945-0927 or tap to call.', 'nested frame: book now']));
    expect(facts.skippedFrames).toEqual([
      { url: 'https://www.youtube.com/embed/abc', reason: 'cross-origin' },
      { url: 'https://calendly.com/clinic/consult', reason: 'cross-origin' },
      { url: 'about:srcdoc', reason: 'sandboxed' },
      { url: 'https://clinic.example/same-origin-form', reason: 'not-loaded' },
    ]);
  });

  it('base-href.html: links and canonical resolve against the first <base href>', () => {
    const facts = gather(load('base-href.html'), { url: URL_ });
    expect(facts.canonical).toBe('https://cms.example/sites/clinic/ketamine');
    expect(facts.links.map((l) => l.url)).toEqual([
      'https://cms.example/sites/clinic/book',
      'https://cms.example/sites/contact',
      'https://cms.example/sites/clinic/#faq',
      'https://cdn.example/brochure.pdf',
      'http://insecure.example/',
      'tel:+19499450927',
    ]);
  });

  it('xhtml-page.xhtml: read like HTML (regions, controls, headings, JSON-LD) and reported on', () => {
    const doc = load('xhtml-page.xhtml');
    expect(doc.contentType).toBe('application/xhtml+xml');
    const facts = gather(doc, { url: URL_ });
    expect(facts.links.map((l) => [l.tag, l.text, l.region])).toEqual([
      ['a', 'Home', 'nav'],
      ['a', 'Contact', 'nav'],
      ['a', 'call now', 'main'],
      ['a', 'Book now', 'main'],
      ['button', 'Request a consultation', 'main'],
    ]);
    expect(facts.jsonLd.map((e) => e.types)).toEqual([['BlogPosting']]);
    const report = auditDoc(doc, { url: URL_ });
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['phone/tel-uri-syntax', 'phone/unlinked-number']));
  });
});
