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
