// cta/placement needs layout, which only the browser supplies. These tests give it a fake layout read
// from data-layout-* attributes (see fake-layout.ts) and run the rule's fixtures with it.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { auditDocument } from '../../../utils/engine';
import { fixturesFor } from '../../helpers/audit';
import { fakeLayout, type FakeLayoutSpec } from '../../helpers/fake-layout';

function run(html: string, url: string, layout: FakeLayoutSpec | null) {
  const report = auditDocument(parseHtml(html, url), {
    url,
    now: new Date('2026-11-26T12:00:00Z'),
    force: true,
    layout: layout ? fakeLayout(layout) : null,
    config: { budgetMs: 60_000 },
  });
  return report.findings.filter((f) => f.ruleId === 'cta/placement');
}

describe('cta/placement fixtures with a fake layout', () => {
  for (const fx of fixturesFor('cta/placement')) {
    const meta = fx.meta as typeof fx.meta & { layout?: FakeLayoutSpec };
    it(`${fx.name} ${fx.expectFail ? 'is reported' : 'passes'}`, () => {
      const found = run(fx.html, meta.url ?? 'https://clinic.example/blog/fixture-post', meta.layout ?? null);
      if (!fx.expectFail) expect(found.map((f) => f.message)).toEqual([]);
      else if (meta.count != null) expect(found).toHaveLength(meta.count);
      else expect(found.length).toBeGreaterThan(0);
    });
  }
});

const ARTICLE = (closing: string, header = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title><meta property="og:type" content="article"></head><body>
<header data-layout-top="0">${header}</header>
<article data-layout-top="200"><h1>Ketamine for chronic pain</h1>
<p>Ketamine blocks NMDA receptors, the receptors responsible for transmitting pain signals to your brain.</p>
<p>For people with chronic pain, these pathways become overactive; ketamine helps reset them over time.</p>
<p>Infusions take about 40 minutes, and a nurse monitors your blood pressure the whole time.</p>
<p data-layout-top="1800">${closing}</p></article>
<footer data-layout-top="2600"><a href="tel:+19499450927">(949) 945-0927</a></footer></body></html>`;

describe('cta/placement', () => {
  it('is silent without layout (Node)', () => {
    expect(run(ARTICLE('Nothing here.'), 'https://c.example/blog/a', null)).toEqual([]);
  });

  it('counts a header CTA in the first screen and a closing CTA at the end', () => {
    const html = ARTICLE('Call us at <a href="tel:+19499450927">(949) 945-0927</a> to book.', '<a href="/book">Book online</a>');
    expect(run(html, 'https://c.example/blog/a', { viewportHeight: 844 })).toEqual([]);
  });

  it('reports a missing closing CTA as info', () => {
    const html = ARTICLE('Side effects fade within a few hours after the infusion ends for most people.', '<a href="/book">Book online</a>');
    const found = run(html, 'https://c.example/blog/a', { viewportHeight: 844 });
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('does not count a hidden header button (collapsed mobile menu)', () => {
    const html = ARTICLE('Call us at <a href="tel:+19499450927">(949) 945-0927</a> to book.', '<a href="/book" data-layout-hidden>Book online</a>');
    const found = run(html, 'https://c.example/blog/a', { viewportHeight: 844 });
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('leaves an unlinked closing CTA to cta/text-not-actionable', () => {
    const html = ARTICLE('To learn more, call us at 949-945-0927 or book an appointment online anytime.', '<a href="/book">Book online</a>');
    expect(run(html, 'https://c.example/blog/a', { viewportHeight: 844 })).toEqual([]);
  });
});
