// Focused behaviour of the CTA rules beyond the fixtures: severities, messages and concrete fixes.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/audit';

const cfg = { budgetMs: 60_000 };
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const ARTICLE_HEAD = '<meta property="og:type" content="article">';

describe('cta/no-actionable-cta', () => {
  it('is an error when the page has no primary or direct CTA, naming the contact link it has', () => {
    const f = findingsOf('cta/no-actionable-cta', page('<header><a href="/contact">Contact</a></header><main><p>Our hygienists clean teeth gently and thoroughly.</p></main>'), { url: 'https://c.example/services/cleaning', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', scope: 'page' });
    expect(f[0]!.message).toContain('contact-page link ("Contact") in the header');
  });

  it('is a warning for an article whose body has no CTA while the template has one', () => {
    const html = page('<header><a href="tel:+19499450927">(949) 945-0927</a></header><article><h1>Whitening</h1><p>Whitening works on natural enamel, not on crowns or veneers, so we check your dental work first.</p></article>', ARTICLE_HEAD);
    const f = findingsOf('cta/no-actionable-cta', html, { url: 'https://c.example/blog/whitening', config: cfg });
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('article body has no call to action');
  });

  it('mentions plain-text "contact us" that only the template answers', () => {
    const html = page('<header><a href="tel:+19499450927">(949) 945-0927</a></header><article><h1>Whitening</h1><p>Whitening works on natural enamel, not on crowns or veneers, so we check your dental work first.</p><p>Contact us today to find out more about whitening.</p></article>', ARTICLE_HEAD);
    const f = findingsOf('cta/no-actionable-cta', html, { url: 'https://c.example/blog/whitening', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('its "Contact us today" is plain text');
  });

  it('does not run the body check on non-article clinic pages', () => {
    const html = page('<header><a href="tel:+19499450927">(949) 945-0927</a></header><main><p>Our hygienists clean teeth gently and thoroughly every visit.</p></main>');
    expect(findingsOf('cta/no-actionable-cta', html, { url: 'https://c.example/services/cleaning', config: cfg })).toEqual([]);
  });

  it('softens to info with a caveat when the template is probably injected by script', () => {
    const html = page('<div id="header"></div><h1>Root canals</h1><p>A root canal on a molar takes longer than one on a front tooth.</p><script src="/include.js"></script>');
    const f = findingsOf('cta/no-actionable-cta', html, { url: 'https://c.example/root-canal', config: cfg });
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]!.message).toContain('check the rendered page');
  });

  it('counts a booking URL from the clinic profile', () => {
    const html = page('<main><p>Our hygienists clean teeth gently. <a href="https://portal.emr.example/p/7">Online portal</a></p></main>');
    const config = { ...cfg, profile: { phones: [], bookingUrlPatterns: ['portal.emr.example'], region: null, reviewCycleMonths: 12 } };
    expect(findingsOf('cta/no-actionable-cta', html, { url: 'https://c.example/services/cleaning', config })).toEqual([]);
  });
});

describe('cta/text-not-actionable', () => {
  const SEED = page(
    '<header><a href="tel:9499450927">949-945-0927</a> <a href="/appointments/virtual">Schedule a virtual visit</a> <a href="/appointments">Book Online</a></header>' +
      '<article><h1>Back pain</h1><p>Ketamine blocks NMDA receptors and helps reset the brain.</p>' +
      '<p>To learn more, schedule a ketamine consultation today. Call us at 949-945-0927 or book an appointment online anytime.</p></article>',
  );

  it('reports the closing paragraph once, naming each unlinked phrase', () => {
    const f = findingsOf('cta/text-not-actionable', SEED, { url: 'https://c.example/blog/back-pain', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('"book an appointment online anytime" promises online booking');
    expect(f[0]!.message).toContain('949-945-0927 is not a tap-to-call link');
    expect(f[0]!.excerpt).toContain('Call us at 949-945-0927 or book an appointment online anytime.');
  });

  it('gives concrete fixes: an E.164 tel: link and the booking page the site already uses', () => {
    const f = findingsOf('cta/text-not-actionable', SEED, { url: 'https://c.example/blog/back-pain', config: cfg });
    expect(f[0]!.fix).toContain('<a href="tel:+19499450927">949-945-0927</a>');
    expect(f[0]!.fix).toContain('<a href="https://c.example/appointments">book an appointment online anytime</a>');
    expect(f[0]!.fix).not.toContain('schedule a ketamine consultation today</a>');
  });

  it('does not report the template (header/footer) or headings', () => {
    const html = page('<header><p>Call us today to book your appointment!</p></header><main><h2>Book your appointment online today</h2><p>We are open Monday to Friday from eight to five.</p></main><footer><p>Schedule an appointment online anytime.</p></footer>');
    expect(findingsOf('cta/text-not-actionable', html, { url: 'https://c.example/about', config: cfg })).toEqual([]);
  });

  it('accepts a twin in a bar the markup pins to the screen, also without layout (CLI); a plain box is not one', () => {
    const text = '<main><p>Ketamine infusions take about forty minutes in our calm rooms.</p><h2>Next steps</h2><p>Book an appointment online anytime that suits you.</p></main>';
    const opts = { url: 'https://c.example/services/ketamine', config: cfg };
    expect(findingsOf('cta/text-not-actionable', page(`<div class="sticky-call-bar"><a href="/book">Book online</a></div>${text}`), opts)).toEqual([]);
    expect(findingsOf('cta/text-not-actionable', page(`<div style="position: fixed; bottom: 0"><a href="/book">Book online</a></div>${text}`), opts)).toEqual([]);
    // a link outside the section in an ordinary box is not the phrase's twin
    expect(findingsOf('cta/text-not-actionable', page(`<div class="promo"><a href="/book">Book online</a></div>${text}`), opts)).toHaveLength(1);
  });
});

describe('cta/dead-href', () => {
  it('lowers scripted and menu "#" links to warnings', () => {
    const html = page('<nav><a href="#">Appointments</a></nav><main><p>Welcome to our clinic.</p><a href="#" onclick="openBooking()">Book now</a> <a href="#">Book now</a></main>');
    const f = findingsOf('cta/dead-href', html, { url: 'https://c.example/', config: cfg });
    expect(f.map((x) => x.severity).sort()).toEqual(['error', 'warning', 'warning']);
  });

  it('suggests the live booking address the page already has', () => {
    const html = page('<header><a href="https://x.janeapp.com/">Book a visit</a></header><main><p>Welcome.</p><a class="btn" href="javascript:void(0)">Book Now</a></main>');
    const f = findingsOf('cta/dead-href', html, { url: 'https://c.example/', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toContain('href="https://x.janeapp.com/"');
  });
});

describe('cta/non-descriptive-text', () => {
  it('uses the page language list (German "hier") and skips other languages', () => {
    const de = `<!DOCTYPE html><html lang="de"><head><title>t</title></head><body><main><p>Einen Termin vereinbaren Sie ganz bequem online, klicken Sie <a href="/termin">hier</a>.</p></main></body></html>`;
    expect(findingsOf('cta/non-descriptive-text', de, { url: 'https://c.example/', config: cfg }).map((f) => f.excerpt)).toEqual(['hier']);
    const en = page('<main><p>Das ist gut, and for the full dosing table see <a href="/dosing">das</a> in our guide.</p></main>');
    expect(findingsOf('cta/non-descriptive-text', en, { url: 'https://c.example/', config: cfg })).toEqual([]);
  });

  it('flags a generic booking button even outside the content', () => {
    const html = page('<header><a class="btn" href="/book">Click here</a></header><main><p>Welcome.</p></main>');
    const f = findingsOf('cta/non-descriptive-text', html, { url: 'https://c.example/', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toContain('Book a consultation');
  });
});

describe('cta/accessible-name', () => {
  it('suggests an aria-label with the clinic name and the formatted number', () => {
    const html = page(
      '<header><a href="tel:+19499450927"><svg></svg></a></header>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Allied Psychiatry"}</script>',
    );
    const f = findingsOf('cta/accessible-name', html, { url: 'https://c.example/', config: cfg });
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toContain('aria-label="Call Allied Psychiatry at (949) 945-0927"');
  });
});
