// The region phone numbers are read in comes from the page; the clinic's own "+CC" numbers outrank
// a lang attribute a CMS set by default.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { blockRegion, decideRegion, pageRegion } from '../../../utils/region';
import { defaultConfig } from '../../../utils/config/defaults';

const region = (html: string, url = 'https://clinic.example/') => pageRegion(gather(parseHtml(html, url), { url }), defaultConfig());

describe('pageRegion', () => {
  it('a US clinic on a CMS that says lang="en-gb": its +1 tel links decide', () => {
    const html = `<html lang="en-gb"><body><header><a href="tel:+15032816640">503-281-6640</a></header>
      <p>Call <a href="tel:+15032816640">503-281-6640</a> or our Sellwood clinic at <a href="tel:+15032364471">503-236-4471</a>.</p></body></html>`;
    expect(region(html)).toBe('US');
  });

  it('a UK page with one +1 number still reads as GB', () => {
    const html = `<html lang="en-GB"><body><p>Call <a href="tel:+441179253311">0117 925 3311</a>; our US partner is on <a href="tel:+15032816640">503-281-6640</a>.</p></body></html>`;
    expect(region(html)).toBe('GB');
  });

  it('the lang region counts when the page has no international numbers', () => {
    expect(region(`<html lang="en-AU"><body><p>Call 07 3369 8812.</p></body></html>`)).toBe('AU');
  });
});

describe('region from what the page shows', () => {
  it('a London clinic with lang="en" and no tel links: its postcode decides', () => {
    const html = `<html lang="en"><body><main><p>Book a visit: Tel: 020 7223 7223.</p></main>
      <footer><p>12 Battersea Rise, London SW11 1HG</p></footer></body></html>`;
    expect(region(html, 'https://backclinic.example/')).toBe('GB');
  });

  it('prices in pounds decide when there is no address', () => {
    const html = `<html lang="en"><body><main><p>An initial assessment is £65 and follow-ups are £50.</p></main></body></html>`;
    expect(region(html)).toBe('GB');
  });

  it('an Australian state and postcode, an Indian address closing with its country', () => {
    expect(region(`<html lang="en"><body><footer><p>Level 2, 88 George St, Sydney NSW 2000</p></footer></body></html>`)).toBe('AU');
    expect(region(`<html lang="en"><body><footer><p>Shop 4, Baner Road, Pune 411045, India</p></footer></body></html>`)).toBe('IN');
  });

  it("the page's own hreflang entry counts as its declared locale", () => {
    const html = `<html lang="en"><head><link rel="canonical" href="https://clinic.example/about"><link rel="alternate" hreflang="en-ie" href="https://clinic.example/about"><link rel="alternate" hreflang="en-gb" href="https://clinic.example/uk/about"></head><body><p>Hello</p></body></html>`;
    expect(region(html, 'https://clinic.example/about')).toBe('IE');
  });

  it('a US address keeps US; one stray pound sign does not move a US page', () => {
    expect(region(`<html lang="en"><body><main><p>The NHS pays £20 for this.</p></main><footer><p>400 Main St, Austin, TX 78701</p></footer></body></html>`)).toBe('US');
  });

  it('one decision gives the date order too', () => {
    const facts = gather(parseHtml(`<html lang="en"><body><footer><p>12 Battersea Rise, London SW11 1HG</p></footer></body></html>`, 'https://a.example/'), { url: 'https://a.example/' });
    expect(decideRegion(facts, defaultConfig())).toMatchObject({ country: 'GB', dayFirst: true, evidence: 'address-or-currency' });
  });
});

describe('blockRegion', () => {
  it('a location card with an address abroad reads its numbers there', () => {
    const html = `<html lang="en-US"><body><footer><p id="uk">Our London office: 1 Harley St, London W1G 9QD, tel 020 7946 1234</p><p id="us">400 Main St, Austin, TX 78701</p></footer></body></html>`;
    const facts = gather(parseHtml(html, 'https://a.example/'), { url: 'https://a.example/' });
    const uk = facts.blocks.find((b) => b.text.includes('Harley'))!;
    const us = facts.blocks.find((b) => b.text.includes('Austin'))!;
    expect(blockRegion(uk, 'US')).toBe('GB');
    expect(blockRegion(us, 'US')).toBe('US');
  });
});

describe('a location abroad on a US page', () => {
  it("its national number is read in its own country's format", async () => {
    const { pagePhones } = await import('../../../utils/phone/page');
    const html = `<html lang="en-US"><body><footer><p>Our London office: 1 Harley St, London W1G 9QD, tel 020 7946 1234</p><p>400 Main St, Austin, TX 78701</p></footer></body></html>`;
    const facts = gather(parseHtml(html, 'https://a.example/'), { url: 'https://a.example/' });
    const numbers = pagePhones(facts, 'US').text.map((m) => m.e164);
    expect(numbers).toContain('+442079461234');
  });
});

describe('the language of the text, not of the CMS', () => {
  const spanish = (lang: string, extra = '') => `<html lang="${lang}"><body><main><h1>Limpieza dental</h1>
    <p>La limpieza dental profesional elimina el sarro y la placa que el cepillado no alcanza. En nuestra clínica la realizamos en una sola cita y te explicamos cómo cuidar tus encías en casa.</p>
    <p>Publicado el 01/02/2025 por el equipo de la clínica. ${extra}</p></main></body></html>`;

  it('lang="en-US" over Spanish text is a CMS default: it decides neither the country nor the date order', () => {
    const d = decideRegion(gather(parseHtml(spanish('en-US'), 'https://clinica.example/'), { url: 'https://clinica.example/' }), defaultConfig());
    expect(d.evidence).not.toBe('declared-locale');
    expect(d.dayFirst).toBe(true);
  });

  it("a Spanish page's own evidence still decides: a Mexican +52 number", () => {
    const html = spanish('en-US', 'Llámanos al <a href="tel:+525512345678">55 1234 5678</a> o al <a href="tel:+525587654321">55 8765 4321</a>.');
    const d = decideRegion(gather(parseHtml(html, 'https://clinica.example/'), { url: 'https://clinica.example/' }), defaultConfig());
    expect(d.country).toBe('MX');
    expect(d.dayFirst).toBe(true);
  });

  it('lang="es-MX" over Spanish text is believed', () => {
    expect(region(spanish('es-MX'))).toBe('MX');
  });
});
