// Which links of a page the checker looks at (content-script side), on a page parsed with jsdom.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/cli/parse-html';
import { gather } from '@/utils/gather';
import { resolveSelector } from '@/utils/gather/selector';
import { toFindings } from '@/utils/report/build';
import { linkTargets } from '@/utils/linkcheck/targets';
import { planLinks } from '@/utils/linkcheck/check-links';
import { linkCheckFindings } from '@/utils/linkcheck/findings';
import { BROKEN_CTA_TARGET_RULE } from '@/utils/linkcheck/rules';

const URL_ = 'https://clinic.example/blog/ketamine';
const HTML = `<!DOCTYPE html><html><head><title>Ketamine</title></head><body>
<header><nav><a href="/">Home</a> <a href="/services">Services</a></nav><a class="btn" href="/book">Book an appointment</a></header>
<main><article><h1>Ketamine for depression</h1>
<p>Esketamine was approved in 2019 (<a href="https://www.fda.gov/news-events/esketamine">FDA announcement</a>). Read our <a href="/blog/spravato">Spravato guide</a>.</p>
<p>Call <a href="tel:+19499450927">949-945-0927</a> or email <a href="mailto:info@clinic.example">info@clinic.example</a>. Jump to <a href="#faq">the FAQ</a>.</p>
<p>Share: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></p>
<p><a href="https://calendly.com/clinic/consult">Schedule a consultation</a></p>
<h2 id="faq">FAQ</h2>
</article></main>
<footer><a href="https://www.instagram.com/clinic">Instagram</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></footer>
</body></html>`;

function targetsOf(html = HTML, url = URL_) {
  const doc = parseHtml(html, url);
  const facts = gather(doc, { url });
  return { doc, facts, targets: linkTargets(facts, { profile: { phones: [], bookingUrlPatterns: [], region: null, reviewCycleMonths: 12 } }) };
}

describe('linkTargets', () => {
  it('CTAs anywhere, sources and own-site links in the content; no menus, footers or share buttons', () => {
    const { targets } = targetsOf();
    const byUrl = Object.fromEntries(targets.map((t) => [t.url, t.kind]));
    expect(byUrl).toEqual({
      'https://clinic.example/book': 'cta',
      'https://www.fda.gov/news-events/esketamine': 'citation',
      'https://clinic.example/blog/spravato': 'link',
      'tel:+19499450927': 'link',
      'mailto:info@clinic.example': 'link',
      'https://clinic.example/blog/ketamine#faq': 'link',
      'https://calendly.com/clinic/consult': 'cta',
      'https://clinic.example/contact': 'cta',
    });
  });

  it('gives each target a selector that finds its link, the link text and its block', () => {
    const { doc, targets } = targetsOf();
    const fda = targets.find((t) => t.kind === 'citation')!;
    expect(fda.excerpt).toBe('FDA announcement');
    expect(fda.context).toMatch(/^Esketamine was approved in 2019/);
    expect(resolveSelector(doc, fda.selector!)?.getAttribute('href')).toBe('https://www.fda.gov/news-events/esketamine');
    expect(targets.find((t) => t.url.endsWith('/book'))).toMatchObject({ cta: 'book', excerpt: 'Book an appointment' });
  });

  it('the checker then skips tel:, mailto: and the same-page fragment, and puts CTAs first', () => {
    const { targets } = targetsOf();
    const plan = planLinks(targets, { pageUrl: URL_ });
    expect(plan.toCheck.map((p) => [p.kind, p.url])).toEqual([
      ['cta', 'https://clinic.example/book'],
      ['cta', 'https://calendly.com/clinic/consult'],
      ['cta', 'https://clinic.example/contact'],
      ['citation', 'https://www.fda.gov/news-events/esketamine'],
      ['link', 'https://clinic.example/blog/spravato'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['scheme', 'scheme', 'same-page']);
  });

  it('a finding on a target has the id the report builder would give the same element and excerpt', () => {
    const { doc, facts, targets } = targetsOf();
    const book = targets.find((t) => t.url.endsWith('/book'))!;
    const [mine] = linkCheckFindings({
      pageUrl: URL_,
      results: [{ url: book.url, kind: 'cta', targets: [book], status: 404, ok: false, verdict: 'broken', error: null, redirectedTo: null, methods: ['HEAD'], ms: 1 }],
      skipped: [],
      overCap: [],
      cap: 50,
      note: null,
      aborted: false,
    });
    const el = resolveSelector(doc, book.selector!)!;
    const [engine] = toFindings(BROKEN_CTA_TARGET_RULE, [{ message: 'x', element: el, excerpt: book.excerpt }], facts);
    expect(mine!.id).toBe(engine!.id);
    expect(mine!.selector).toBe(engine!.selector);
  });

  it('pages without a content root: body links outside header, nav and footer', () => {
    const { targets } = targetsOf('<html><body><nav><a href="/a">A</a></nav><div><a href="https://cdc.gov/x">CDC</a></div><footer><a href="/b">B</a></footer></body></html>');
    expect(targets.map((t) => [t.kind, t.url])).toEqual([['citation', 'https://cdc.gov/x']]);
  });
});
