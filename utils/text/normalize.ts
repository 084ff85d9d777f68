/** Collapses white space, folds dashes and quotes: the form every text comparison uses. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text to at most `max` characters on a word boundary, with an ellipsis. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A window of `text` around [start, end), at most `max` characters, with ellipses where cut. */
export function around(text: string, start: number, end: number, max = 400): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Collapses white space and drops invisible characters, leaving the page's own characters (curly
 * quotes, dashes) as they are: what a report quotes must match what the page says. */
export function cleanText(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * `s` with composed accents ("i" + U+0301 → "í"), so that locale patterns written composed match,
 * when composing keeps every offset; otherwise `s` unchanged (offsets into it stay valid for ranges).
 */
export function composed(s: string): string {
  const nfc = s.normalize('NFC');
  return nfc.length === s.length ? nfc : s;
}
