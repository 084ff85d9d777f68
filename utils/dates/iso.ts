/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (both YYYY-MM-DD or Date), negative when `to` is earlier. */
export function monthsBetween(from: string | Date, to: string | Date): number {
  const a = typeof from === 'string' ? new Date(`${from.slice(0, 10)}T00:00:00Z`) : from;
  const b = typeof to === 'string' ? new Date(`${to.slice(0, 10)}T00:00:00Z`) : to;
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months--;
  return months;
}

/** Days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** Parses an ISO-ish date string (2024-01-10, 2024-01-10T08:00:00-08:00) to YYYY-MM-DD, or null. */
export function toIsoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${y}-${mo}-${d}`;
  }
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** YYYY-MM-DD from numeric parts (month 1–12), or null when the day does not exist. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month (month 1–12). */
export function endOfMonth(year: number, month: number): string {
  return isoFromParts(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())!;
}

/** `iso` moved by `days` (negative for earlier). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** `iso` moved by whole months, clamped to the end of the target month. */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoFromParts(year, month, Math.min(d, last))!;
}

/** The calendar year of an ISO day. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "January 18, 2022" (day precision), "January 2022" (month) or "2022" (year), for messages. */
export function humanDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const y = iso.slice(0, 4);
  if (precision === 'year') return y;
  const month = MONTHS_LONG[Number(iso.slice(5, 7)) - 1] ?? '';
  if (precision === 'month') return `${month} ${y}`;
  return `${month} ${Number(iso.slice(8, 10))}, ${y}`;
}

/** "4 years and 10 months", "11 months", "1 year" — for messages. */
export function humanAge(months: number): string {
  const m = Math.max(0, Math.round(months));
  const years = Math.floor(m / 12);
  const rest = m % 12;
  const parts: string[] = [];
  if (years) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (rest || !years) parts.push(`${rest} month${rest === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
