// Month and weekday names from the platform's locale data (Intl.DateTimeFormat), so a language module
// does not spell out its calendar.

/** Month names of a language by number (index 0 is January): the long and short forms, lower case,
 * without the short form's dot ("sept." → "sept"). */
export function monthNames(lang: string, extra: Record<number, string[]> = {}): string[][] {
  const long = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(2001, i, 15));
    const names = [long.format(d), short.format(d).replace(/\.$/, ''), ...(extra[i] ?? [])].map((n) => n.toLowerCase());
    return [...new Set(names)];
  });
}

/** A RegExp alternation of names, longest first ("septiembre|sept|sep"). */
export function alternation(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The month number (1–12) of a name in `months`, or 0. */
export function monthNumber(months: readonly (readonly string[])[], name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '').normalize('NFC');
  return months.findIndex((names) => names.includes(n)) + 1;
}

// ── seasons and holidays by region ──────────────────────────────────────────────────────────────

/** Countries wholly or mostly south of the equator: their summer is December to February. */
const SOUTHERN = new Set(['AU', 'NZ', 'ZA', 'AR', 'CL', 'UY', 'PY', 'BO', 'PE', 'BR', 'NA', 'BW', 'LS', 'SZ', 'MZ', 'MG', 'ZW', 'ZM', 'MW', 'FJ', 'PG']);

export function southernHemisphere(region: string): boolean {
  return SOUTHERN.has(region.toUpperCase());
}

/** Canonical names of the seasons and holidays that promotions are named after. */
export type SeasonId = 'spring' | 'summer' | 'autumn' | 'winter' | 'christmas' | 'valentine' | 'mother' | 'father' | 'black-friday' | 'back-to-school' | 'new-year';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The n-th weekday (0 = Sunday) of a month (1–12), or the last one when n is -1. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
    return last.toISOString().slice(0, 10);
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  first.setUTCDate(1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  return first.toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian; the anonymous algorithm of 1876). */
export function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * Mother's Day in a country: the second Sunday of May in most; 10 May in Mexico and Central America;
 * the first Sunday of May in Spain and Portugal; the third Sunday of October in Argentina; Mothering
 * Sunday (three weeks before Easter) in the UK and Ireland.
 */
export function mothersDay(year: number, region: string): string {
  const r = region.toUpperCase();
  if (['MX', 'GT', 'SV', 'HN'].includes(r)) return iso(year, 5, 10);
  if (['ES', 'PT', 'LT', 'HU'].includes(r)) return nthWeekday(year, 5, 0, 1);
  if (r === 'AR') return nthWeekday(year, 10, 0, 3);
  if (r === 'GB' || r === 'IE') {
    const e = new Date(`${easter(year)}T00:00:00Z`);
    e.setUTCDate(e.getUTCDate() - 21);
    return e.toISOString().slice(0, 10);
  }
  if (r === 'BO') return iso(year, 5, 27);
  if (r === 'PY') return iso(year, 5, 15);
  return nthWeekday(year, 5, 0, 2);
}

/**
 * The last day a promotion named after a season or holiday of `year` can run: a season ends at the
 * next solstice or equinox, in the south half a year off (an Australian "Summer 2024" runs into
 * February 2025); a holiday's promotion ends with its day or month.
 */
export function seasonEnd(id: SeasonId, year: number, region: string): string {
  const south = southernHemisphere(region);
  switch (id) {
    case 'spring':
      return south ? iso(year, 12, 20) : iso(year, 6, 20);
    case 'summer':
      return south ? iso(year + 1, 3, 19) : iso(year, 9, 22);
    case 'autumn':
      return south ? iso(year, 6, 20) : iso(year, 12, 21);
    case 'winter':
      return south ? iso(year, 9, 22) : iso(year + 1, 3, 20);
    case 'valentine':
      return iso(year, 2, 14);
    case 'mother': {
      const day = mothersDay(year, region);
      return day.slice(5, 7) === '05' ? iso(year, 5, 31) : day; // "Mother's Day 2024" promos run the month of May
    }
    case 'father':
      return iso(year, 6, 30);
    case 'back-to-school':
      return south ? iso(year, 3, 31) : iso(year, 9, 30);
    case 'new-year':
      return iso(year, 1, 31);
    case 'black-friday':
      return iso(year, 12, 5);
    case 'christmas':
      return iso(year, 12, 31);
  }
}
