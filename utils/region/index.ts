// Where a page is, decided once from the page's own evidence and used by every rule that needs it:
// the phone rules read national numbers in this country, the date rules read 08/04/2015 in its order.
//
// Evidence, strongest first: the clinic profile; a JSON-LD address country; the clinic's own "+CC"
// numbers when two or more agree; a region in og:locale, <html lang> or the page's own hreflang; a
// single "+CC" number; the postal address and money the page shows (a UK postcode, "NSW 2000", a
// Canadian postal code with its province, "£", "₹", a country's name closing an address); the URL's
// country-code domain; a language spoken in one country; the United States last.
import type { Config, PageFacts, TextBlock } from '../types';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { countryFromName, countryOfTld, isoCountry, textEvidence } from './evidence';
import { factsLanguages } from '../locale';

export interface RegionDecision {
  /** ISO 3166 country the page's national numbers and dates are read in */
  country: CountryCode;
  /** numeric dates put the day first (08/04/2015 = 8 April) */
  dayFirst: boolean;
  /** what decided it, for the report's signals and for tests */
  evidence: string;
}

function asRegion(value: unknown): CountryCode | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v.toUpperCase() === 'UK') return 'GB';
  return isoCountry(v) ?? countryFromName(v);
}

function fromLocale(locale: string | undefined | null): CountryCode | null {
  if (!locale) return null;
  const m = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale.trim());
  return m ? asRegion(m[1]) : null;
}

/** The country of the page's own "+CC" numbers (tel:/sms: hrefs and JSON-LD telephone), by majority. */
function fromNumbers(facts: PageFacts): { country: CountryCode; votes: number; total: number } | null {
  const votes = new Map<string, number>();
  const vote = (raw: string) => {
    const m = /^\s*(?:tel:|sms:|callto:)?\/*\s*(\+[\d\s\-.()]{7,20})/i.exec(raw);
    if (!m) return;
    let country: string | undefined;
    try {
      country = parsePhoneNumberFromString(m[1]!.replace(/[^\d+]/g, ''))?.country;
    } catch {
      country = undefined;
    }
    if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
  };
  let seen = 0;
  for (const l of facts.links) {
    if (l.href && /^\s*(?:tel|sms|callto):/i.test(l.href) && seen++ < 50) vote(l.href);
  }
  for (const e of facts.jsonLd) {
    const t = e.data.telephone;
    for (const v of Array.isArray(t) ? t : [t]) if (typeof v === 'string') vote(v);
  }
  let best: string | null = null;
  let n = 0;
  let total = 0;
  for (const [c, k] of votes) {
    total += k;
    if (k > n) [best, n] = [c, k];
  }
  return best ? { country: best as CountryCode, votes: n, total } : null;
}

function fromUrl(url: string): CountryCode | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return countryOfTld(host.split('.').pop() ?? '');
}

// A language without a region says little for English, Spanish, Arabic, Portuguese…; these say one country.
const LANG_COUNTRY: Record<string, string> = {
  de: 'DE', fr: 'FR', it: 'IT', nl: 'NL', pl: 'PL', az: 'AZ', ja: 'JP', ko: 'KR', cs: 'CZ', sk: 'SK', hu: 'HU',
  ro: 'RO', bg: 'BG', el: 'GR', tr: 'TR', he: 'IL', fi: 'FI', sv: 'SE', da: 'DK', nb: 'NO', no: 'NO', uk: 'UA',
  lt: 'LT', lv: 'LV', et: 'EE', hr: 'HR', sl: 'SI', is: 'IS', th: 'TH', vi: 'VN', id: 'ID', ka: 'GE', hy: 'AM',
};

// Countries of the North American Numbering Plan write numeric dates month first like the US where
// their locale's own short date is year first (en-CA "2020-12-31").
const NANP = new Set(['US', 'CA', 'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI']);
const dayFirstMemo = new Map<string, boolean>();

/** Whether numeric dates put the day first in this language and country, from the platform's locale data. */
export function dayFirstIn(country: string, lang: string | null | undefined): boolean {
  const language = /^([a-z]{2,3})\b/i.exec(lang ?? '')?.[1]?.toLowerCase() ?? 'en';
  const key = `${language}-${country}`;
  let v = dayFirstMemo.get(key);
  if (v == null) {
    try {
      const parts = new Intl.DateTimeFormat(key, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(Date.UTC(2020, 11, 31, 12)));
      const at = (type: string) => parts.findIndex((p) => p.type === type);
      v = at('year') < at('month') && at('year') < at('day') ? !NANP.has(country) : at('day') < at('month');
    } catch {
      v = country !== 'US';
    }
    dayFirstMemo.set(key, v);
  }
  return v;
}

/** `textLang`: the page's language other than English, read from its text (utils/locale), if any. */
function decideCountry(facts: PageFacts, config: Config, textLang: string | undefined): [CountryCode, string] {
  const configured = asRegion(config.profile.region);
  if (configured) return [configured, 'profile'];
  for (const e of facts.jsonLd) {
    const address = e.data.address as Record<string, unknown> | Record<string, unknown>[] | undefined;
    for (const a of Array.isArray(address) ? address : address ? [address] : []) {
      const country = a?.addressCountry;
      const region = asRegion(typeof country === 'object' && country ? (country as Record<string, unknown>).name : country);
      if (region) return [region, 'json-ld:addressCountry'];
    }
  }
  const fromNums = fromNumbers(facts);
  // The clinic's own "+CC" numbers outrank a lang attribute or locale that a CMS set by default
  // (Joomla ships lang="en-gb", WordPress en-US): two or more, and nearly all of one country.
  if (fromNums && fromNums.votes >= 2 && fromNums.votes / fromNums.total >= 0.75) return [fromNums.country, 'tel-numbers'];
  const declaredLocale = facts.meta['og:locale']?.[0] ?? facts.lang ?? facts.hreflang;
  let declared = fromLocale(facts.meta['og:locale']?.[0]) ?? fromLocale(facts.lang) ?? fromLocale(facts.hreflang);
  // A locale in another language than the page's text is a CMS default (lang="en-US" over Spanish
  // text): it says nothing of where the practice is.
  if (declared && textLang && !new RegExp(`^${textLang}\\b`, 'i').test(declaredLocale ?? '')) declared = null;
  if (declared) {
    // WordPress writes en-US and Joomla en-GB whatever the clinic's country: the page's own addresses
    // (postcodes, a country named after the town) outrank those defaults. Prices do not: a US page
    // may quote pounds.
    const addressed = declared === 'US' || declared === 'GB' ? textEvidence(facts.blocks, false, false) : null;
    if (addressed && addressed !== declared) return [addressed, 'address-over-default-locale'];
    return [declared, 'declared-locale'];
  }
  if (fromNums) return [fromNums.country, 'tel-number'];
  const shown = textEvidence(facts.blocks);
  if (shown) return [shown, 'address-or-currency'];
  const fromHost = fromUrl(facts.url);
  if (fromHost) return [fromHost, 'domain'];
  const lang = textLang ?? /^([a-z]{2,3})\b/i.exec(facts.lang ?? '')?.[1]?.toLowerCase();
  const byLang = lang ? LANG_COUNTRY[lang] : undefined;
  return byLang ? [byLang as CountryCode, 'language'] : ['US', 'default'];
}

const memo = new WeakMap<PageFacts, Map<Config, RegionDecision>>();

/** The page's region, decided once per facts object and config. */
export function decideRegion(facts: PageFacts, config: Config): RegionDecision {
  let byConfig = memo.get(facts);
  const hit = byConfig?.get(config);
  if (hit) return hit;
  const textLang = factsLanguages(facts)[1];
  const [country, evidence] = decideCountry(facts, config, textLang);
  // the order of numeric dates follows the language the page is written in, in its country
  const decision = { country, dayFirst: dayFirstIn(country, textLang ?? facts.lang), evidence };
  if (!byConfig) memo.set(facts, (byConfig = new Map()));
  byConfig.set(config, decision);
  return decision;
}

/** The country the page's national numbers are read in (see decideRegion). */
export function pageRegion(facts: PageFacts, config: Config): CountryCode {
  return decideRegion(facts, config).country;
}

/**
 * The country a block's national numbers are read in: the page's, unless the block shows an
 * address of another country of its own (a location card of a clinic abroad, a partner's office).
 */
export function blockRegion(block: TextBlock, page: CountryCode): CountryCode {
  if (block.text.length > 400) return page;
  const own = textEvidence([block], true);
  return own ?? page;
}
