// What makes a clinic page an article: a publication date, not the SEO plugin's og:type.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { detect } from '../../../utils/detect';

const kind = (html: string, url = 'https://clinic.example/page/') => detect(gather(parseHtml(html, url), { url })).kind;
const clinic = (body: string, head = '') =>
  `<html lang="en"><head><title>Page | Example Podiatry Clinic</title>${head}</head><body><header><a href="tel:+15035550123">Call</a> <a href="/book">Book an appointment</a></header><main>${body}<p>Our podiatrists treat heel pain, bunions and ingrown toenails for our patients every day; we offer orthotics and diabetic foot care.</p></main></body></html>`;

describe('article signals', () => {
  it('og:type=article without a publication time is a page (Yoast marks every page so)', () => {
    expect(kind(clinic('<h1>Heel pain treatment</h1>', '<meta property="og:type" content="article"><meta property="article:modified_time" content="2024-01-15">'))).toBe('clinic-page');
    expect(kind(clinic('<h1>Heel pain treatment</h1>', '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-15">'))).toBe('clinic-article');
  });

  it('a "Posted:" byline, a date permalink and a link back to the listing make a post', () => {
    expect(kind(clinic('<h1>Five habits for happier feet</h1><p>Posted: March 10, 2025</p>'))).toBe('clinic-article');
    expect(kind(clinic('<h1>Our new website</h1>'), 'https://clinic.example/2016/07/04/new-website/')).toBe('clinic-article');
    expect(kind(clinic('<h1>Five habits for happier feet</h1><p><a href="/news.html">← Back to Beth’s podiatry news</a></p>'))).toBe('clinic-article');
  });

  it('a shown publication time marked up as a post\'s (class="entry-date published") makes a post; itemprop alone does not', () => {
    expect(kind(clinic('<h1>Heel pain at night</h1><p><time class="entry-date published" datetime="2025-02-01T15:08:27-03:00">01/02/2025</time></p>'))).toBe('clinic-article');
    expect(kind(clinic('<h1>Heel pain treatment</h1><meta itemprop="datePublished" content="2015-03-12">'))).toBe('clinic-page');
  });

  it("a site named as an association, a lab or a pharmacy is not a clinic; a practice's news page is", () => {
    const named = (title: string) => kind(`<html><head><title>${title}</title></head><body><main><h1>Welcome</h1><p>Our members and patients. Book an appointment with our optometry and dental clinic team for eye exams, dental implants and treatment of pain.</p><p>Call <a href="tel:+15035550123">503-555-0123</a>.</p></main></body></html>`);
    expect(named('Events | Karnataka Optometry Association')).toBe('other');
    expect(named('Send a case | Global Dental Lab')).toBe('other');
    expect(named('Melasma | Woodland Hills Pharmacy')).not.toBe('clinic-page');
    expect(named("Five habits – Beth's Podiatry News")).not.toBe('other');
  });
});
