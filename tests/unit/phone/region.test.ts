// The region phone numbers are read in comes from the page; the clinic's own "+CC" numbers outrank
// a lang attribute a CMS set by default.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { pageRegion } from '../../../utils/phone/region';
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
