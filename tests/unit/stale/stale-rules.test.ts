// Focused tests for the stale rules' tricky logic. Each runs only the stale rules with a roomy time
// budget, so a loaded test machine cannot skip them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, type AuditArgs } from '../../helpers/audit';
import { staleRules } from '../../../utils/rules/stale';
import type { Finding } from '../../../utils/types';

const LABELED = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'labeled');

function stale(html: string, args: AuditArgs = {}): Finding[] {
  return audit(html, { ...args, rules: staleRules, config: { budgetMs: 10_000, ...(args.config ?? {}) } }).findings.filter((f) => f.category === 'stale');
}
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId).sort();

describe('labelled pages', () => {
  const page = (name: string) => readFileSync(join(LABELED, `${name}.html`), 'utf8');

  it('seed: projection, copyright and a page-level missing date', () => {
    const found = stale(page('seed-ketamine-back-pain'), { url: 'https://www.alliedpsychiatry.example/blog/how-does-ketamine-work-to-ease-chronic-back-pain' });
    expect(ids(found)).toEqual(['stale/copyright-year', 'stale/missing-structured-dates', 'stale/missing-visible-date', 'stale/projection-without-source-year']);
    expect(found.find((f) => f.ruleId === 'stale/projection-without-source-year')!.excerpt).toBe('619 million to 843 million by 2050');
    expect(found.find((f) => f.ruleId === 'stale/copyright-year')!.excerpt).toBe('Copyright © 2024');
    expect(found.some((f) => f.excerpt.includes('1970'))).toBe(false);
  });

  it('hydrafacial: relative time, expired offer, copyright, review overdue', () => {
    const found = stale(page('hydrafacial-medspa'), { url: 'https://bloomaesthetics-sd.example/blog/hydrafacial-hottest-treatment/' });
    const by = (id: string) => found.filter((f) => f.ruleId === id);
    expect(by('stale/relative-time-on-old-page')[0]!.context).toContain('This year, everyone is talking');
    expect(by('stale/expired-offer')[0]!.excerpt).toBe('Book before January 31, 2022');
    expect(by('stale/copyright-year')[0]!.excerpt).toBe('Copyright © 2022');
    const review = by('stale/review-overdue')[0]!;
    expect(review.scope).toBe('page');
    expect(review.severity).toBe('error');
    expect(review.data).toMatchObject({ date: '2022-01-18', ageMonths: 58 });
    expect(found.some((f) => f.ruleId === 'stale/date-disagreement' || f.ruleId === 'stale/missing-visible-date')).toBe(false);
  });

  it('dental and clean: nothing stale', () => {
    expect(stale(page('dental-whitening-placeholder'), { url: 'https://smilestudio.example/blog-teeth-whitening.html' })).toEqual([]);
    expect(stale(page('ketamine-depression-clean'), { url: 'https://cascadeketamine.example/blog/first-ketamine-infusion' })).toEqual([]);
  });
});

describe('stale/review-overdue', () => {
  const html = (line: string) => `<body><main><article><h1>Ketamine</h1><p>${line}</p><p>Ketamine can help some patients.</p></article></main></body>`;
  it('warns past the cycle and errors past twice the cycle', () => {
    const warn = stale(html('Published August 3, 2025'), { url: 'https://c.example/blog/k' }).filter((f) => f.ruleId === 'stale/review-overdue');
    expect(warn.map((f) => f.severity)).toEqual(['warning']);
    const err = stale(html('Published August 3, 2024'), { url: 'https://c.example/blog/k' }).filter((f) => f.ruleId === 'stale/review-overdue');
    expect(err.map((f) => f.severity)).toEqual(['error']);
    expect(err[0]!.data).toMatchObject({ date: '2024-08-03', ageMonths: 27, reviewCycleMonths: 12 });
  });
  it('counts a recent "Medically reviewed" over an old update, and honours the configured cycle', () => {
    expect(stale(html('Updated May 1, 2022 · Medically reviewed by Dr. Jane Doe, MD on September 1, 2026'), { url: 'https://c.example/blog/k' }).filter((f) => f.ruleId === 'stale/review-overdue')).toEqual([]);
    const six = stale(html('Published March 3, 2026'), { url: 'https://c.example/blog/k', config: { profile: { phones: [], bookingUrlPatterns: [], region: null, reviewCycleMonths: 6 } } });
    expect(six.filter((f) => f.ruleId === 'stale/review-overdue').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('stale/copyright-year', () => {
  it('treats this year and last year as current, and reports the end of an old range', () => {
    const foot = (t: string) => `<body><main><h1>x</h1><p>Welcome.</p></main><footer><p>${t}</p></footer></body>`;
    const copy = (t: string) => stale(foot(t)).filter((f) => f.ruleId === 'stale/copyright-year');
    expect(copy('© 2026 Clinic')).toEqual([]);
    expect(copy('© 2025 Clinic')).toEqual([]);
    const old = copy('© 2015 - 2024 Clinic');
    expect(old.map((f) => f.data.year)).toEqual([2024]);
    expect(old[0]!.fix).toContain('2026');
  });
});

describe('stale/expired-offer', () => {
  it('reads end dates relative to the audit day, not the clock', () => {
    const html = '<body><main><p>New-patient IV drip $99 — offer ends 12/31/2026.</p></main></body>';
    expect(stale(html, { now: '2026-11-26' }).filter((f) => f.ruleId === 'stale/expired-offer')).toEqual([]);
    const later = stale(html, { now: '2027-01-05' }).filter((f) => f.ruleId === 'stale/expired-offer');
    expect(later).toHaveLength(1);
    expect(later[0]!.data).toMatchObject({ date: '2026-12-31', daysAgo: 5 });
  });
  it('compares the END of a date range with the audit day', () => {
    const offer = '<body><main><h1>Specials</h1><p>Holiday special: 20% off every facial, November 20 – December 2, 2026.</p></main></body>';
    expect(stale(offer, { now: '2026-11-26' }).filter((f) => f.ruleId === 'stale/expired-offer')).toEqual([]);
    const later = stale(offer, { now: '2026-12-10' }).filter((f) => f.ruleId === 'stale/expired-offer');
    expect(later.map((f) => [f.excerpt, f.data.date, f.data.source])).toEqual([['November 20 – December 2, 2026', '2026-12-02', 'text-range']]);
    expect(later[0]!.message).toContain('ended on December 2, 2026');
  });
  it('takes event context from the section heading, not from past-tense or far-away prose', () => {
    const html = (p: string) => `<body><main><h1>Pediatrics</h1><h2>Walk-in Flu Shot Clinics</h2>${p}</main></body>`;
    const found = (p: string) => stale(html(p)).filter((f) => f.ruleId === 'stale/expired-offer').map((f) => f.excerpt);
    expect(found('<p>Saturdays, October 5 – November 16, 2024, 9 am to 12 pm.</p>')).toEqual(['October 5 – November 16, 2024']);
    expect(found('<p>Walk-ins welcome; the clinic ends November 16, 2024.</p>')).toEqual(['ends November 16, 2024']);
    expect(found('<p>By October 2024 the CDC recommended a flu shot for everyone 6 months and older.</p>')).toEqual([]);
    expect(found('<p>Our nurses were busy October 5 – November 16, 2024.</p>')).toEqual([]);
    expect(found('<p>One.</p><p>Two.</p><p>Three.</p><p>Saturdays, October 5 – November 16, 2024.</p>')).toEqual([]);
    // a one-day event: the schedule line under the heading, not a recurring start date
    expect(found('<p>Saturday, October 5, 2024, 9 am to 12 pm.</p>')).toEqual(['October 5, 2024']);
    expect(found('<p>Every Saturday starting October 5, 2024, 9 am to 12 pm.</p>')).toEqual([]);
    expect(found('<p>From Friday, November 29 through Monday, December 2, 2024, 8 am to 6 pm.</p>')).toEqual(['November 29 through Monday, December 2, 2024']);
  });
  it('needs a one-day date to sit by the event it names', () => {
    const f = (p: string) => stale(`<body><main><h1>About</h1>${p}</main></body>`).filter((x) => x.ruleId === 'stale/expired-offer').map((x) => x.excerpt);
    expect(f('<p>Our flu shot clinic is on Friday, October 4, 2024 in the lobby.</p>')).toEqual(['October 4, 2024']);
    expect(f('<p>Dr. Patel presents seminars on ketamine across the state, and her handbook for families about depression care came out January 5, 2021.</p>')).toEqual([]);
  });
  it('skips past-tense narration and research periods', () => {
    const html = `<body><main><h1>News</h1>
      <p>We hosted a free flu shot clinic November 2 – 16, 2024 for 600 children.</p>
      <p>The seminar was held on October 5, 2024.</p>
      <p>The offer was valid November 29 – December 2, 2024.</p>
      <p>In the trial, participants enrolled June 1 – November 30, 2018 received free semaglutide.</p>
      <p>Adverse events from September 1 – 30, 2024 were mild.</p></main></body>`;
    expect(stale(html).filter((f) => f.ruleId === 'stale/expired-offer')).toEqual([]);
  });
  it('flags "limited time" without an end date only on pages older than 6 months', () => {
    const page = (date: string) => `<html><head><meta property="article:published_time" content="${date}"></head><body><main><h1>Botox</h1><p>Limited time: $9 per unit for new clients!</p></main></body></html>`;
    expect(stale(page('2026-09-01')).filter((f) => f.ruleId === 'stale/expired-offer')).toEqual([]);
    expect(stale(page('2025-09-01')).filter((f) => f.ruleId === 'stale/expired-offer')).toHaveLength(1);
  });
});

describe('stale/relative-time-on-old-page', () => {
  it('stays silent on "new patients", place names and dated sentences even on old pages', () => {
    const html = `<html><head><meta property="article:published_time" content="2020-01-10"></head><body><main><article><h1>Visit</h1>
      <p>We welcome new patients in Newport Beach, New York and New Jersey.</p>
      <p>On March 5, 2019, the FDA recently approved Spravato.</p>
      <p>The new normal includes masks.</p></article></main></body></html>`;
    expect(stale(html).filter((f) => f.ruleId === 'stale/relative-time-on-old-page')).toEqual([]);
  });
  it('flags "recently approved" once the page is over a year old', () => {
    const html = (d: string) => `<html><head><meta property="article:published_time" content="${d}"></head><body><main><article><h1>Spravato</h1><p>The FDA has recently approved Spravato as a standalone therapy.</p></article></main></body></html>`;
    expect(stale(html('2026-02-01')).filter((f) => f.ruleId === 'stale/relative-time-on-old-page')).toEqual([]);
    const old = stale(html('2025-02-01')).filter((f) => f.ruleId === 'stale/relative-time-on-old-page');
    expect(old.map((f) => f.excerpt)).toEqual(['recently approved']);
    expect(old[0]!.data).toMatchObject({ date: '2025-02-01', ageMonths: 21 });
  });
});

describe('stale/date-disagreement', () => {
  it('does not pair published with updated, and tolerates time zones', () => {
    const html = `<html><head><meta property="article:published_time" content="2026-03-02T23:30:00-08:00"><meta property="article:modified_time" content="2026-08-21"></head>
      <body><main><article><h1>x</h1><p>Published March 3, 2026 · Updated August 21, 2026</p><p>Text.</p></article></main></body></html>`;
    expect(stale(html).filter((f) => f.ruleId === 'stale/date-disagreement')).toEqual([]);
  });
  it('reports a title year newer than every page date', () => {
    const html = `<html><head><title>Best Ketamine Clinics 2026</title><script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2022-05-01","dateModified":"2022-05-01"}</script></head><body><main><article><h1>Best ketamine clinics</h1><p>Text.</p></article></main></body></html>`;
    const found = stale(html).filter((f) => f.ruleId === 'stale/date-disagreement');
    expect(found.map((f) => f.data.titleYear)).toEqual([2026]);
  });
});

describe('stale/dated-statistic and projection traps', () => {
  it('passes a projection with its baseline year in the paragraph and a cited 2019–2021 range', () => {
    const html = `<body><main><h1>x</h1><p>In 2020, low back pain affected 619 million people; WHO (2023) projects 843 million by 2050.</p>
      <p>Low back pain cases were 619 million in 2020 (GBD, 2023). They will reach 843 million by 2050.</p>
      <p>Chronic pain rose among adults (2019–2021 data, CDC MMWR, 2023): 20.9% in 2021.</p></main></body>`;
    const found = stale(html).filter((f) => f.ruleId === 'stale/projection-without-source-year' || f.ruleId === 'stale/dated-statistic');
    expect(found).toEqual([]);
  });
});
