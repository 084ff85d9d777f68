// Phone-number normalization shared by the phone rules (and the CTA rules):
// same-length character folding for scanning, vanity keypad letters → digits, extension splitting,
// E.164 from link text or from a tel:/sms: href. Parsing/validation is libphonenumber-js (max metadata).
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** ITU E.161 keypad. Q and Z sit on 7 and 9 on every modern phone. */
const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

const LETTERS = /[A-Za-z]/g;
/** Converts vanity letters to keypad digits: "1-800-273-TALK" → "1-800-273-8255". */
export function vanityToDigits(s: string): string {
  return s.replace(LETTERS, (c) => KEYPAD[c.toUpperCase()] ?? c);
}

/**
 * Folds characters that look like phone punctuation to ASCII **without changing the length**, so
 * offsets found in the folded text are offsets in the original: Unicode dashes → "-", no-break and
 * thin spaces → " ", full-width digits/plus/parentheses → ASCII.
 */
const FOLDABLE = /[\u00a0\u0660-\u0669\u06f0-\u06f9\u2000-\u200a\u2010-\u2015\u202f\u205f\u2212\u3000\ufe63\uff08\uff09\uff0b\uff0d\uff0e\uff10-\uff19]/g;
const NON_ASCII = /[^\x00-\x7f]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return '-';
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c === 0xff0b) return '+';
  if (c === 0xff08) return '(';
  if (c === 0xff09) return ')';
  if (c === 0xff0e) return '.';
  return ' ';
}

export function foldPhoneChars(s: string): string {
  return NON_ASCII.test(s) ? s.replace(FOLDABLE, foldChar) : s;
}

/** ASCII digits of `s` (after folding), nothing else. */
export function digitsOf(s: string): string {
  return foldPhoneChars(s).replace(/\D/g, '');
}

export type ExtensionStyle = 'rfc3966' | 'ext' | 'x' | 'hash' | 'pause' | 'wait';

export interface SplitNumber {
  /** the number without its extension */
  main: string;
  /** extension digits, or null */
  ext: string | null;
  /** how the extension was written */
  extStyle: ExtensionStyle | null;
}

// Order matters: ";ext=" first, then words, then "x"/"#", then dialer pauses (",", ";" "p", "w").
const EXT_PATTERNS: Array<[RegExp, ExtensionStyle]> = [
  [/;\s*ext\s*=\s*([\d\-.()]+)\s*$/i, 'rfc3966'],
  [/[\s,]*\b(?:ext(?:ension)?|extn|ext\.)\s*[.:#]?\s*(\d{1,7})\s*$/i, 'ext'],
  [/(?<=[\d)\s])\s*x\s*\.?\s*(\d{1,7})\s*$/i, 'x'],
  [/\s*#\s*(\d{1,7})\s*$/, 'hash'],
  [/(?<=\d)\s*[,;]+\s*(\d{1,7})\s*$/, 'pause'],
  [/(?<=\d)\s*[pw]+\s*(\d{1,7})\s*$/i, 'wait'],
];

/** Splits an extension off a written or href number: "949-945-0927 ext. 12" → main + "12". */
export function splitExtension(s: string): SplitNumber {
  const folded = foldPhoneChars(s);
  for (const [re, style] of EXT_PATTERNS) {
    const m = re.exec(folded);
    if (m && m.index > 0) {
      return { main: s.slice(0, m.index).trim(), ext: m[1]!.replace(/\D/g, ''), extStyle: style };
    }
  }
  return { main: s.trim(), ext: null, extStyle: null };
}

export interface NormalizedNumber {
  /** E.164 "+19499450927", or null when no country code can be determined */
  e164: string | null;
  /** national significant number digits */
  nsn: string;
  /** country calling code without "+" */
  countryCode: string | null;
  ext: string | null;
  /** libphonenumber-js (max) isValid() */
  valid: boolean;
  /** libphonenumber-js isPossible() (length only) */
  possible: boolean;
  /** the parsed number, when libphonenumber could parse it */
  parsed: PhoneNumber | null;
  /** true when vanity letters were converted */
  vanity: boolean;
}

function parse(text: string, region: CountryCode): PhoneNumber | null {
  try {
    return parsePhoneNumberFromString(text, region) ?? null;
  } catch {
    return null;
  }
}

/**
 * Normalizes a number written by a person (link text, prose) to E.164. Vanity letters are converted
 * first; an extension is kept apart. Falls back to a structural guess for numbers libphonenumber
 * rejects (so placeholder numbers still get an E.164-shaped key for comparisons).
 */
export function normalizeNumber(input: string, region: CountryCode): NormalizedNumber | null {
  const { main: mainIn, ext } = splitExtension(input.replace(/^\s*tel:\/*/i, ''));
  // Labels before the number ("Phone: 949…") and words after it ("949… (main)", "…0927 Call") are not part of it.
  let main = mainIn.replace(/^[^\d+(]*?(?=[+(]?\d)/, '').replace(/(\d)[\s(]*[A-Za-z][a-z]+[\s\S]*$/, '$1');
  main = main.replace(/(\d)\s*\([A-Za-z][\s\S]*$/, '$1');
  const hasLetters = /[A-Za-z]/.test(main);
  let result = hasLetters ? attempt(vanityToDigits(main), region, ext, true) : null;
  if (!result || !result.valid) {
    const plain = attempt(hasLetters ? main.replace(/[A-Za-z]+/g, '') : main, region, ext, false);
    if (plain && (plain.valid || !result)) result = plain;
  }
  return result;
}

function attempt(mainIn: string, region: CountryCode, ext: string | null, vanity: boolean): NormalizedNumber | null {
  const text = foldPhoneChars(mainIn);
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 17) return null;
  const global = /^\s*(?:\+|00)/.test(text);
  const parsed = parse(text, region);
  const hasLetters = vanity;
  if (parsed) {
    return {
      e164: parsed.number,
      nsn: parsed.nationalNumber,
      countryCode: parsed.countryCallingCode,
      ext: ext ?? parsed.ext ?? null,
      valid: parsed.isValid(),
      possible: parsed.isPossible(),
      parsed,
      vanity: hasLetters,
    };
  }
  // Structural fallback for what libphonenumber refuses ("+012 345 6789", "+1 5589 55488 55").
  let e164: string | null = null;
  let nsn = digits;
  let cc: string | null = null;
  if (global) {
    const d = text.trim().startsWith('00') ? digits.slice(2) : digits;
    e164 = `+${d}`;
    nsn = d;
    if (d.startsWith('1')) {
      cc = '1';
      nsn = d.slice(1);
    }
  } else if (region === 'US' || region === 'CA' || NANP_REGIONS.has(region)) {
    if (digits.length === 10) {
      e164 = `+1${digits}`;
      cc = '1';
    } else if (digits.length === 11 && digits.startsWith('1')) {
      e164 = `+${digits}`;
      cc = '1';
      nsn = digits.slice(1);
    }
  }
  return { e164, nsn, countryCode: cc, ext, valid: false, possible: false, parsed: null, vanity: hasLetters };
}

/** Regions that share country code +1 (NANP). */
export const NANP_REGIONS = new Set<string>([
  'US', 'CA', 'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP', 'MS',
  'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
]);

export interface HrefNumber {
  /** 'tel' | 'sms' | 'whatsapp' | 'callto' */
  scheme: 'tel' | 'sms' | 'whatsapp' | 'callto';
  /** the number part as written, percent-decoded, without parameters */
  number: string;
  /** every number when the URI lists several (sms:a,b) */
  numbers: string[];
  /** parameters after ";" (lower-cased names) */
  params: Record<string, string>;
  /** starts with "+" (after optional spaces / "//") */
  global: boolean;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const WHATSAPP_HOSTS = /^(?:https?:)?\/\/(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|chat\.whatsapp\.com)\b/i;

/** Reads the number out of a tel:, sms:, callto: or WhatsApp href. Null for other hrefs. */
export function hrefNumber(href: string | null | undefined): HrefNumber | null {
  if (!href) return null;
  const h = href.trim();
  const scheme = /^(tel|sms|smsto|callto|whatsapp):/i.exec(h);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    let rest = h.slice(scheme[0].length);
    if (name === 'whatsapp') {
      const m = /[?&]phone=([^&#]*)/i.exec(rest);
      const num = m ? safeDecode(m[1]!) : '';
      return { scheme: 'whatsapp', number: num, numbers: num ? [num] : [], params: {}, global: /^\s*\+/.test(num) || /^\d{8,}/.test(num) };
    }
    rest = rest.replace(/^\/\//, '');
    const q = rest.search(/\?|#(?!\d+$)/);
    if (q >= 0) rest = rest.slice(0, q);
    const decoded = safeDecode(rest).replace(/#(\d+)$/, ';ext=$1');
    const parts = decoded.split(';');
    const params: Record<string, string> = {};
    for (const p of parts.slice(1)) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim();
      else if (p.trim()) params[p.trim().toLowerCase()] = '';
    }
    const numberPart = parts[0]!.trim();
    const numbers = name === 'sms' || name === 'smsto' ? numberPart.split(',').map((n) => n.trim()).filter(Boolean) : [numberPart];
    const first = numbers[0] ?? '';
    return {
      scheme: name === 'smsto' ? 'sms' : (name as 'tel' | 'sms' | 'callto'),
      number: first,
      numbers,
      params,
      global: first.startsWith('+'),
    };
  }
  if (WHATSAPP_HOSTS.test(h)) {
    let path = '';
    let phone = '';
    try {
      const u = new URL(h.startsWith('//') ? `https:${h}` : h);
      path = u.pathname.replace(/^\/+/, '').split('/')[0] ?? '';
      phone = u.searchParams.get('phone') ?? '';
    } catch {
      return null;
    }
    const num = /^\+?\d[\d\-.()]*$/.test(path) ? path : phone;
    if (!num) return null;
    // wa.me numbers are international by definition (no "+", no leading zeros).
    return { scheme: 'whatsapp', number: num, numbers: [num], params: {}, global: true };
  }
  return null;
}

/**
 * E.164 for an href's number. Global numbers parse without a region; local ones use
 * `;phone-context=+CC` when present, else `region`.
 */
export function normalizeHref(href: string | null | undefined, region: CountryCode): (NormalizedNumber & { href: HrefNumber }) | null {
  const h = hrefNumber(href);
  if (!h || !h.number) return null;
  let number = h.number;
  const ctx = h.params['phone-context'];
  if (h.scheme === 'whatsapp' && !number.startsWith('+')) number = `+${number}`;
  else if (!number.startsWith('+') && ctx && /^\+[\d\-.()]*\d/.test(ctx)) number = `+${ctx.replace(/\D/g, '')}${number.replace(/[^\d]/g, '')}`;
  const ext = h.params.ext ?? null;
  const n = normalizeNumber(number, region);
  if (!n) return null;
  return { ...n, ext: ext ? ext.replace(/\D/g, '') : n.ext, href: h };
}

/** A tel: href for a number: "tel:+19499450927" (";ext=12" appended when there is an extension). */
export function telHref(e164: string, ext?: string | null): string {
  return `tel:${e164}${ext ? `;ext=${ext}` : ''}`;
}

/** Compares two E.164 numbers, tolerating a missing country code on one side (NANP trunk "1" too). */
export function sameNumber(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const da = a.replace(/\D/g, '');
  const db = b.replace(/\D/g, '');
  if (da === db) return true;
  const [short, long] = da.length <= db.length ? [da, db] : [db, da];
  return short.length >= 7 && long.endsWith(short) && long.length - short.length <= 3;
}
