// What a page shows about where it is: the shape of its postal address and the money it prices in.
// Postal formats are national standards (Royal Mail postcodes, Canada Post codes after a province,
// Australian state + four digits, Irish Eircodes, US state + ZIP); country names come from the
// platform's own region names (Intl.DisplayNames), not a list of ours.
import { getCountries, type CountryCode } from 'libphonenumber-js/max';
import type { TextBlock } from '../types';

const POSTAL: Array<[CountryCode, RegExp]> = [
  ['GB', /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2}\b/],
  ['CA', /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?\s+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/],
  ['AU', /\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\.?,?\s+\d{4}\b/],
  ['IE', /\b[ACDEFHKNPRTVWXY]\d{2}\s?(?=[0-9]*[ACDEFHKNPRTVWXY])[ACDEFHKNPRTVWXY0-9]{4}\b/],
  ['US', /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?,?\s+\d{5}(?:-\d{4})?\b/],
];

// Money written with a sign only one country uses.
const CURRENCY: Array<[CountryCode, RegExp]> = [
  ['GB', /£\s?\d/g],
  ['IN', /₹\s?\d|\bRs\.?\s?\d[\d,]{2,}/g],
  ['AU', /\bA(?:U)?\$\s?\d/g],
  ['CA', /\bC(?:A)?\$\s?\d/g],
  ['NZ', /\bNZ\$\s?\d/g],
];

const COUNTRY_CODES = new Set<string>(getCountries());

/** An ISO country code libphonenumber knows, upper-cased, or null. */
export function isoCountry(code: string): CountryCode | null {
  const upper = code.trim().toUpperCase();
  return COUNTRY_CODES.has(upper) ? (upper as CountryCode) : null;
}

/** The country of a country-code top-level domain ("uk" → GB), or null for generic ones (.co, .io, .tv…). */
export function countryOfTld(tld: string): CountryCode | null {
  const upper = tld.toUpperCase();
  if (upper.length !== 2 || GENERIC_CCTLD.has(upper)) return null;
  return isoCountry(upper === 'UK' ? 'GB' : upper);
}
let names: Map<string, CountryCode> | null = null;
function countryNames(): Map<string, CountryCode> {
  if (names) return names;
  names = new Map();
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    display = null;
  }
  for (const code of getCountries()) {
    const name = display?.of(code);
    if (name && name !== code) names.set(name.toLowerCase(), code);
  }
  // Short forms people write in addresses.
  names.set('usa', 'US');
  names.set('u.s.a.', 'US');
  names.set('uk', 'GB');
  names.set('england', 'GB');
  names.set('scotland', 'GB');
  names.set('wales', 'GB');
  names.set('northern ireland', 'GB');
  return names;
}

/** A country from its English name ("United Kingdom", "India"), or null. */
export function countryFromName(name: string): CountryCode | null {
  return countryNames().get(name.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

// A country's name closing an address: "…, Pune 411033, India", "London SW11 1AA, UK", or before the
// postal code: "…, Tamil Nadu, India 641044".
const CLOSING_NAME = /,\s*([A-Za-z][A-Za-z .'-]{1,40}?)\.?\s*(?:[-–]\s*\d{4,6})?\s*$/;
const NAME_BEFORE_CODE = /,\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})\s*[-–]?\s*\d{4,6}\b/g;
// The clinic's e-mail address on a country's domain: info@clinic.co.uk, reception@clinic.com.au.
const EMAIL_CC = /@[a-z0-9.-]+\.([a-z]{2})\b(?![.-])/gi;
// Country-code TLDs that are mostly used generically (.co, .io, .me, .tv, .ai…) say nothing of a country.
const GENERIC_CCTLD = new Set(['CO', 'IO', 'ME', 'TV', 'AI', 'FM', 'LY', 'GG', 'SH', 'AC', 'CC', 'WS', 'NU', 'TO', 'VC', 'MS', 'LA', 'AM', 'BZ', 'GL', 'IM', 'SO', 'ST', 'TK', 'XYZ']);

function addressLike(b: TextBlock): boolean {
  return b.text.length <= 240 && (b.region !== 'main' || !b.inContent || /\d/.test(b.text));
}

/**
 * The country a page's addresses and prices point to, or null when they say nothing clear.
 * `own`: the blocks belong to one element (a location card); its address alone decides.
 */
export function textEvidence(blocks: readonly TextBlock[], own = false, withMoney = true): CountryCode | null {
  const votes = new Map<CountryCode, number>();
  const add = (c: CountryCode, n: number) => votes.set(c, (votes.get(c) ?? 0) + n);
  let money = 0;
  for (const b of blocks) {
    const t = b.text;
    if (!t) continue;
    if (own || addressLike(b)) {
      for (const [country, re] of POSTAL) if (re.test(t)) add(country, 2);
      const named = CLOSING_NAME.exec(t)?.[1];
      const country = named ? countryFromName(named) : null;
      if (country) add(country, 2);
      else {
        NAME_BEFORE_CODE.lastIndex = 0;
        for (let m = NAME_BEFORE_CODE.exec(t); m; m = NAME_BEFORE_CODE.exec(t)) {
          const c = countryFromName(m[1]!);
          if (c) {
            add(c, 2);
            break;
          }
        }
      }
      EMAIL_CC.lastIndex = 0;
      const cc = EMAIL_CC.exec(t)?.[1];
      // .us addresses are used by clinics anywhere; US is the default region anyway
      const byMail = cc && cc.toLowerCase() !== 'us' ? countryOfTld(cc) : null;
      if (byMail) add(byMail, 2);
    }
    if (own || !withMoney || money >= 6) continue;
    for (const [country, re] of CURRENCY) {
      re.lastIndex = 0;
      const n = Math.min(3, t.match(re)?.length ?? 0);
      if (n) {
        add(country, n);
        money += n;
      }
    }
  }
  let best: CountryCode | null = null;
  let top = 0;
  let second = 0;
  for (const [c, n] of votes) {
    if (n > top) [best, top, second] = [c, n, top];
    else if (n > second) second = n;
  }
  return best && top >= 2 && top >= 2 * second ? best : null;
}
