import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { extractPageDates, signalInfo, slugYears, titleYears } from '../../../utils/dates/page-dates';

function datesOf(html: string, url = 'https://clinic.example/blog/post') {
  return extractPageDates(gather(parseHtml(html, url), { url }));
}
const visible = (d: ReturnType<typeof datesOf>) => d.signals.filter((s) => s.source.startsWith('visible:')).map((s) => [s.source, s.date]);

describe('extractPageDates', () => {
  it('reads JSON-LD, including a Yoast @graph WebPage', () => {
    const d = datesOf(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"x"},{"@type":"WebPage","datePublished":"2024-03-04T08:00:00-08:00","dateModified":"2026-10-02T09:00:00-07:00","lastReviewed":"2026-10-05"}]}</script></head><body><p>x</p></body></html>`);
    expect([d.published, d.modified, d.reviewed, d.best]).toEqual(['2024-03-04', '2026-10-02', '2026-10-05', '2026-10-05']);
    expect(d.hasVisibleDate).toBe(false);
  });

  it('reads labelled bylines: published, updated, medically reviewed by … on …', () => {
    const d = datesOf(`<body><article><h1>Ketamine</h1><p class="meta">By Lena Sato, MD · Published March 2, 2026 · Updated: Aug 20, 2026 · Medically reviewed by Dr. Omar Haddad, DMD on August 21, 2026</p><p>Text.</p></article></body>`);
    expect(visible(d)).toEqual([
      ['visible:published', '2026-03-02'],
      ['visible:updated', '2026-08-20'],
      ['visible:reviewed', '2026-08-21'],
    ]);
    expect([d.published, d.modified, d.reviewed, d.best]).toEqual(['2026-03-02', '2026-08-20', '2026-08-21', '2026-08-21']);
  });

  it('reads a bare date under the title as the published date', () => {
    const d = datesOf(`<body><article><h1>HydraFacial</h1><p class="entry-meta">January 18, 2022</p><p>This year, everyone is talking about HydraFacial.</p></article></body>`);
    expect(visible(d)).toEqual([['visible:published', '2022-01-18']]);
    const e = datesOf(`<body><section><h1>Whitening</h1><p class="meta">July 9, 2026 · Dr. Omar Haddad, DMD</p><p>Strips lighten teeth.</p></section></body>`);
    expect(e.published).toBe('2026-07-09');
  });

  it('reads a visible <time> in the byline and its datetime', () => {
    const d = datesOf(`<body><article><h1>IV</h1><div>By Jane · <time class="entry-date published updated" datetime="2014-05-20T10:55:42+00:00">May <strong>20</strong></time></div><p>Text.</p></article></body>`);
    expect(d.hasVisibleDate).toBe(true);
    expect(d.published).toBe('2014-05-20');
  });

  it('ignores prose dates, "next review due", comments and related posts', () => {
    const d = datesOf(`<body><article><h1>Ketamine</h1>
      <p>The study was published on March 3, 2020 in JAMA, and the FDA updated its label on January 21, 2025.</p>
      <p>Ketamine is given as an infusion in our office.</p><p>Most people need several sessions.</p><p>Side effects fade within hours.</p>
      <p>Page last reviewed: 12 March 2024. Next review due: 12 March 2027</p>
      <section class="comments"><h2>3 comments</h2><p>Sam says: <time class="comment-date" datetime="2025-01-01">Jan 1, 2025</time> thanks for this post, it helped me a lot.</p></section></article>
      <aside><p>Posted January 4, 2019</p><time datetime="2019-01-04">January 4, 2019</time></aside>
      <footer><p>Posted on June 5, 2018 in News</p></footer></body>`);
    expect(visible(d)).toEqual([['visible:reviewed', '2024-03-12']]);
    expect(d.published).toBeNull();
  });

  it('treats many dated <time>s as a listing, not the page date', () => {
    const items = ['2014-05-20', '2014-05-18', '2014-05-16', '2014-05-14'].map((x) => `<article><h2>Post</h2><time class="entry-date published" datetime="${x}">${x}</time></article>`).join('');
    const d = datesOf(`<body><main><h1>News</h1>${items}</main></body>`, 'https://clinic.example/news/');
    expect(d.published).toBeNull();
  });

  it('reads a news dateline and the URL archive path', () => {
    const d = datesOf(`<body><main><h1>Allergies</h1><p>Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.</p></main></body>`);
    expect(d.published).toBe('2015-02-23');
    const u = datesOf(`<body><main><h1>Care</h1><p>Text without a date.</p></main></body>`, 'https://clinic.example/blog/2011/01/complete-dental-care/');
    expect(u.published).toBe('2011-01-01');
    expect(signalInfo(u.signals.find((s) => s.source === 'url')!).precision).toBe('month');
  });

  it('takes years from the title and slug, not history or names', () => {
    expect(titleYears('Ketamine Therapy Costs in 2023').map((y) => y.year)).toEqual([2023]);
    expect(titleYears('FDA-approved since 1970: the Ryan Haight Act of 2008 and 2019–2021 data')).toEqual([]);
    expect(slugYears('/best-ketamine-clinics-2023/').map((y) => y.year)).toEqual([2023]);
    expect(slugYears('/blog/2011/01/post/')).toEqual([]);
  });
});

describe('relative "updated … ago" lines', () => {
  it('are read against the audit date, and ignored without one', () => {
    const [extract, g, parse] = [extractPageDates, gather, parseHtml];
    const url = 'https://clinic.example/tms';
    const facts = g(parse('<main><h1>TMS therapy</h1><p>Last updated 3 years ago</p><p>TMS is a treatment for depression that uses magnetic pulses.</p></main>', url), { url });
    const now = new Date('2026-11-26T12:00:00Z');
    expect(extract(facts, now).modified).toBe('2023-11-26');
    expect(extract(facts).modified).toBeNull();
    const reviewed = g(parse('<main><h1>Acne</h1><p>Medically reviewed 8 months ago</p><p>Acne is common.</p></main>', url), { url });
    expect(extract(reviewed, now).reviewed).toBe('2026-03-26');
  });
});
