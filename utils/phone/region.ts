// The default region for phone parsing comes from the page, not a constant:
// the clinic profile, then JSON-LD address country, the country of the page's own international
// numbers when they agree (tel: hrefs, JSON-LD telephone), og:locale, the lang attribute (with a
// region), a single international number, the URL's country-code domain, a non-English language;
// US last.
import type { Config, PageFacts } from '../types';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const COUNTRIES = new Set<string>(getCountries());
const NAMES: Record<string, string> = {
  'united states': 'US', usa: 'US', 'united kingdom': 'GB', uk: 'GB', england: 'GB', canada: 'CA',
  australia: 'AU', india: 'IN', ireland: 'IE', 'new zealand': 'NZ', zimbabwe: 'ZW', germany: 'DE',
  france: 'FR', spain: 'ES', italy: 'IT', mexico: 'MX', azerbaijan: 'AZ', bangladesh: 'BD',
};

function asRegion(value: unknown): CountryCode | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const upper = v.toUpperCase();
  if (upper === 'UK') return 'GB';
  if (COUNTRIES.has(upper)) return upper as CountryCode;
  const named = NAMES[v.toLowerCase()];
  return named ? (named as CountryCode) : null;
}

function fromLocale(locale: string | undefined): CountryCode | null {
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

// Country-code TLDs that are mostly used generically (.co, .io, .me, .tv, .ai…) do not count.
const GENERIC_CCTLD = new Set(['CO', 'IO', 'ME', 'TV', 'AI', 'FM', 'LY', 'GG', 'SH', 'AC', 'CC', 'WS', 'NU', 'TO', 'VC', 'MS', 'LA', 'AM', 'BZ', 'GL', 'IM', 'SO', 'ST', 'TK', 'XYZ']);
function fromUrl(url: string): CountryCode | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const tld = host.split('.').pop()?.toUpperCase() ?? '';
  if (tld.length !== 2 || GENERIC_CCTLD.has(tld)) return null;
  return asRegion(tld === 'UK' ? 'GB' : tld);
}

// A language without a region says little for English, Spanish, Arabic, Portuguese…; these say one country.
const LANG_COUNTRY: Record<string, string> = {
  de: 'DE', fr: 'FR', it: 'IT', nl: 'NL', pl: 'PL', az: 'AZ', ja: 'JP', ko: 'KR', cs: 'CZ', sk: 'SK', hu: 'HU',
  ro: 'RO', bg: 'BG', el: 'GR', tr: 'TR', he: 'IL', fi: 'FI', sv: 'SE', da: 'DK', nb: 'NO', no: 'NO', uk: 'UA',
  lt: 'LT', lv: 'LV', et: 'EE', hr: 'HR', sl: 'SI', is: 'IS', th: 'TH', vi: 'VN', id: 'ID', ka: 'GE', hy: 'AM',
};

export function pageRegion(facts: PageFacts, config: Config): CountryCode {
  const configured = asRegion(config.profile.region);
  if (configured) return configured;
  for (const e of facts.jsonLd) {
    const address = e.data.address as Record<string, unknown> | Record<string, unknown>[] | undefined;
    for (const a of Array.isArray(address) ? address : address ? [address] : []) {
      const country = a?.addressCountry;
      const region = asRegion(typeof country === 'object' && country ? (country as Record<string, unknown>).name : country);
      if (region) return region;
    }
  }
  const fromNums = fromNumbers(facts);
  // The clinic's own "+CC" numbers outrank a lang attribute or locale that a CMS set by default
  // (Joomla ships lang="en-gb", WordPress en-US): two or more, and nearly all of one country.
  if (fromNums && fromNums.votes >= 2 && fromNums.votes / fromNums.total >= 0.75) return fromNums.country;
  const fromPage = fromLocale(facts.meta['og:locale']?.[0]) ?? fromLocale(facts.lang);
  if (fromPage) return fromPage;
  if (fromNums) return fromNums.country;
  const fromHost = fromUrl(facts.url);
  if (fromHost) return fromHost;
  const lang = /^([a-z]{2,3})\b/i.exec(facts.lang ?? '')?.[1]?.toLowerCase();
  const byLang = lang ? LANG_COUNTRY[lang] : undefined;
  return (byLang as CountryCode | undefined) ?? 'US';
}
