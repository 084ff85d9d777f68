// Phone numbers in prose. libphonenumber-js (max metadata) finds and validates real numbers; a small
// scan of our own adds what people write but libphonenumber refuses (placeholders such as
// "+1 5589 55488 55", "(xxx) xxx-xxxx", vanity "1-800-273-TALK", short codes 911/988).
//
// Cost: a cheap pre-filter (≥ 7 digits with phone-ish separators, or a short-code keyword) rejects
// almost every block before any parsing; libphonenumber only ever sees small windows around candidates.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { foldPhoneChars, normalizeNumber, vanityToDigits, NANP_REGIONS } from './normalize';
import { nanpIssues, placeholderOf, SHORT_CODES, type NanpIssue, type Placeholder } from './nanp';

export type PhoneKind = 'phone' | 'fax' | 'short-code';

export interface PhoneMatch {
  /** offsets into the text that was scanned */
  start: number;
  end: number;
  /** the number as written (extension included when written after it) */
  raw: string;
  /** "+19499450927"; null when no country code can be determined (e.g. "xxx-xxx-xxxx", short codes) */
  e164: string | null;
  /**
   * A real, dialable number: libphonenumber-js (max) says valid, it passes the NANP checks and it is not
   * a placeholder. Short codes in the allow-list (911, 988…) are valid.
   */
  valid: boolean;
  /** libphonenumber-js's own verdict (isValid on max metadata) */
  libValid: boolean;
  /** human national format, "(949) 945-0927"; the raw text when it cannot be formatted */
  national: string;
  kind: PhoneKind;
  /** extension digits, or null */
  ext: string | null;
  /** the nearest label written before the number ("phone", "fax", "billing", "text"…), lower-cased */
  label: string | null;
  /** where the match came from */
  source: 'libphonenumber' | 'scan' | 'vanity' | 'short-code';
  /** NANP structure problems (N11 exchange, NPA/NXX starting 0/1…) */
  nanp: NanpIssue[];
  /** placeholder/template/fictional number, or null */
  placeholder: Placeholder | null;
  /** written with vanity letters ("1-800-273-TALK") */
  vanity: boolean;
  /** a phone keyword or label ("Call", "Phone:", "Tel.", "Fax") precedes the number */
  cue: boolean;
}

// ── pre-filters ────────────────────────────────────────────────────────────────────────────────
/** ≥ 7 digits joined by phone separators only (space, - . ( ) / +). Run on the folded text. */
const PREFILTER = /\d(?:[ ().\-+/]{0,3}\d){6}/;
const PREFILTER_X = /[(\d][xX]{3}|[xX]{3}[-. )][xX\d]{3}/;
const PREFILTER_VANITY = /8(?:00|33|44|55|66|77|88)\)?[ .\-]?[A-Z0-9]{3}/;
const SHORT_CODE = /(?<![\d$€£.,/:#-])\b(211|311|411|511|611|711|811|911|988)\b(?![\d]|[-.,/]\d|\s*(?:mg|ml|%|million|billion|k\b))/g;
const SHORT_TEXT_CODE = /\b(?:text|txt|sms)\s+(?:["“']?[A-Za-z]{2,12}["”']?\s+to\s+)(\d{5,6})\b/gi;

// ── own candidate scan (run only when a pre-filter matched) ───────────────────────────────────
// A window of phone-ish characters around at least 7 digits; libphonenumber gets windows around these.
const CANDIDATE = /[+(]?\d[\d ().\-/]{5,28}\d/g;
// NANP shapes libphonenumber refuses ("123-456-7890" is caught by both).
// A dash may be spaced ("(270) 846 – 9994", "214 - 755 - 7964", as some page builders print it).
const NANP_SHAPE = /(?<![\w+.\-/])(?:\+?1[ .\-]?)?(?:\(\d{3}\)|\d{3})(?: [\-–.] |[ .\-])?\d{3}(?: [\-–.] |[ .\-])\d{4}(?![\w]|[.\-/]\d)/g;
// International shapes: "+012 345 6789", "+1 5589 55488 55", "+994 55 000 00 00".
const INTL_SHAPE = /(?<![\w+])\+\d{1,4}(?:[ .\-]?\(?\d{1,6}\)?){2,6}(?![\w]|[.\-/]\d)/g;
// "(xxx) xxx-xxxx", "949-XXX-XXXX", "+1 (XXX) XXX-XXXX".
const GLUED_WORD = /(?<![\w+.\-/])(?:\+?1[ .\-])?(?:\(\d{3}\) ?|\d{3}[.\-])\d{3}[.\-]\d{4}(?=[a-z]{2,}|[A-Z][a-z]{2})/g;
const X_SHAPE = /(?<![\w+])(?:\+?1[ .\-]?)?(?:\((?:\d{3}|[xX]{3})\)|\d{3}|[xX]{3})[ .\-]?(?:\d{3}|[xX]{3})[ .\-](?:\d{4}|[xX]{4})(?!\w)/g;
// Toll-free vanity: "1-800-273-TALK", "1-800-FLOWERS", "(888) GOT-MILK".
const VANITY_SHAPE = /(?<![\w+])(?:1[ .\-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]?(?:[A-Z0-9]{3}[ .\-]?[A-Z0-9]{4}|[A-Z0-9]{4}[ .\-][A-Z0-9]{3}|[A-Z]{7,})(?![\w])/g;

// ── context ────────────────────────────────────────────────────────────────────────────────────
const PHONE_WORD = /\b(?:call(?:ing)?|phone|telephone|tel|text|sms|fax|dial|contact|reach|mobile|cell|whats ?app|hotline|helpline|ph|toll[- ]free)\b|(?:^|[\s|(])[PTMFC]\s?[:.]|☎|📞|📱/i;
const ID_WORD = /\b(?:npi|isbn|issn|id|ids|ref(?:erence)?|order|invoice|account|acct|licen[cs]e|lic|patent|case|doi|pmid|serial|tracking|ticket|claim|policy|member|routing|sku|upc|ean|dea|tax|ein|ssn|zip|postal|postcode|code|version|v)\b\s*(?:no\.?|number|#|:)?\s*$/i;
const DATE_IN = /(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-][01]?\d[./-][0-3]?\d)(?:\D|$)/;
const NANP_PRESCREEN = /\+\d|(?:^|\D)(?:1[ .\-/]?)?\(?\d{3}\)?[ .\-/]{0,2}\d{3}[ .\-/]?\d{4}(?!\d)|\d{7,}|(?:^|\D)011[ .\-]?\d/;
const DATE_G = /(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-][01]?\d[./-][0-3]?\d)/g;
/** A block with more candidate runs than this is a data table or code: the rest is not parsed. */
const MAX_WINDOWS = 60;
const CURRENCY_BEFORE = /[$€£¥₹]\s*$/;
const UNIT_AFTER = /^\s*(?:%|percent|mg|mcg|ml|g\b|kg|lbs?|km|mi\b|miles|million|billion|thousand|people|patients|years|dollars|usd)/i;

// Labels, nearest one wins. Single letters count only as "F:" / "P." style prefixes.
const LABEL = /\b(fax(?:\s*(?:number|no\.?|#))?|facsimile|telefax|phone|telephone|tel|ph|call(?:ing)?|text|sms|mobile|cell|office|main|billing|pharmacy|after[- ]hours|emergency|toll[- ]free|spanish|español|espanol|direct|appointments?|scheduling|whats ?app|tty|tdd|crisis|hotline|helpline|lifeline|rems)\b|(?:^|[\s|,;(•·])([FPTMC])\s?[:.](?=\s*[+(\d]?\s*$|\s)/gi;
// "949-945-0928 (fax)", "949-945-0928 fax" — but not "949-945-0927 Fax: 949-945-0928" (that label is the next number's).
const FAX_AFTER = /^\s*(?:\(\s*fax\s*\)|\[\s*fax\s*\]|[-–]?\s*fax\b(?![\s:.#-]*(?:number|no\.?)?[\s:.#-]*[+(]?\d))/i;
const LABEL_WINDOW = 40;

function labelBefore(text: string, from: number, start: number): string | null {
  const pre = text.slice(Math.max(from, start - LABEL_WINDOW), start);
  let last: { label: string; end: number } | null = null;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(pre); m; m = LABEL.exec(pre)) {
    const end = m.index + m[0].length;
    // "Tel / Fax: 011 4811-5555", "Phone & fax": one number for both is a phone number too
    if (last && last.label !== 'fax' && /^fax|^f$/i.test((m[1] ?? m[2] ?? '').trim()) && /^\s*(?:\/|&|and|y|or|o)\s*$/i.test(pre.slice(last.end, m.index + (m[0].length - m[0].trimStart().length)))) {
      last = { label: last.label, end };
      continue;
    }
    let label: string;
    if (m[2]) {
      const letter = m[2].toUpperCase();
      label = letter === 'F' ? 'fax' : letter === 'M' ? 'mobile' : letter === 'C' ? 'cell' : 'phone';
    } else {
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      label = w.startsWith('fax') || w === 'facsimile' || w === 'telefax' ? 'fax' : w === 'telephone' || w === 'tel' || w === 'ph' ? 'phone' : w.startsWith('call') ? 'call' : w;
    }
    last = { label, end };
  }
  return last?.label ?? null;
}

function formatNational(digits: string, cc: string | null, raw: string): string {
  if ((cc === '1' || (cc == null && !raw.trim().startsWith('+'))) && digits.length === 10) return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
  return raw.trim();
}

interface Cand {
  start: number;
  end: number;
  source: PhoneMatch['source'];
  e164?: string | null;
  libValid?: boolean;
  possible?: boolean;
  ext?: string | null;
  national?: string;
  nsn?: string;
  cc?: string | null;
}

/** The token goes on after `e` ("…0927-12", "…4561--455…", "…0927abc"): not a number of its own. */
function gluedOn(f: string, e: number): boolean {
  return /^(?:[A-Za-z0-9]|[.\-/]\(?\d|[-/]{2}\d|-[A-Za-z])/.test(f.slice(e, e + 3));
}

/** For our own shape regexes, a following space + digit also means the regex backtracked ("+1 5589 55488 55s"). */
function runsOn(f: string, e: number): boolean {
  return gluedOn(f, e) || /^ \(?\d/.test(f.slice(e, e + 3));
}

function overlaps(list: Cand[], s: number, e: number): boolean {
  for (const c of list) if (s < c.end && e > c.start) return true;
  return false;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** True when a block of text could contain a phone number at all (the cheap gate). */
export function mayContainPhone(text: string): boolean {
  if (text.length < 3) return false;
  const f = foldPhoneChars(text);
  if (PREFILTER.test(f) || PREFILTER_X.test(f) || PREFILTER_VANITY.test(f)) return true;
  SHORT_CODE.lastIndex = 0;
  return SHORT_CODE.test(f) || (/\btext\b/i.test(f) && /\d{5}/.test(f));
}

/**
 * Phone-number candidates in a piece of prose, in text order. `region` is the default country for
 * numbers written without "+CC". Never matches postal codes, prices, doses, dates, year ranges,
 * "619 million", or bare digit runs (IDs, NPIs) unless a phone keyword precedes them.
 */
export function findPhones(text: string, region: CountryCode): PhoneMatch[] {
  if (!text || !mayContainPhone(text)) return [];
  const f = foldPhoneChars(text);
  const cands: Cand[] = [];
  const nanpRegion = NANP_REGIONS.has(region);

  if (PREFILTER.test(f)) {
    // 1. libphonenumber on windows around candidate digit runs (overlapping windows merged, so a
    //    window never starts inside a number).
    const windows: Array<[number, number]> = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(f); m; m = CANDIDATE.exec(f)) {
      if (digitCount(m[0]) < 7) continue;
      // Dates and timestamps ("2020-08-01 18", "03/27/2011 10") never reach the parser.
      if (digitCount(m[0].replace(DATE_G, ' ')) < 7) continue;
      // Decimals and long digit strings (2759.967213114754098, hashes) are not phone numbers.
      if (/\d\.\d{5,}/.test(m[0]) || /\d{16,}/.test(m[0])) continue;
      // NANP pages: only NPA-NXX-XXXX shapes, "+CC" and bare 7+ digit runs are worth parsing
      // (libphonenumber's matcher costs ~0.1–1 ms a call; citations and ISBNs would dominate).
      if (nanpRegion && !NANP_PRESCREEN.test(m[0])) continue;
      // Bare digit runs (PMIDs, ISBNs, NPIs, order numbers) are only numbers after a phone word.
      if (/^\d+$/.test(m[0]) && !PHONE_WORD.test(f.slice(Math.max(0, m.index - 32), m.index))) continue;
      if (windows.length >= MAX_WINDOWS) break;
      const ws = Math.max(0, m.index - 12);
      const we = Math.min(f.length, m.index + m[0].length + 24);
      const last = windows[windows.length - 1];
      if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
      else windows.push([ws, we]);
    }
    for (const [ws, we] of windows) {
      const window = text.slice(ws, we);
      let found: ReturnType<typeof findPhoneNumbersInText> = [];
      try {
        found = findPhoneNumbersInText(window, { defaultCountry: region, leniency: 'POSSIBLE' } as Parameters<typeof findPhoneNumbersInText>[1]);
      } catch {
        found = [];
      }
      for (const r of found) {
        const s = ws + r.startsAt;
        const e = ws + r.endsAt;
        if (overlaps(cands, s, e)) continue;
        // "650-253-4561--455-234-3451": part of a longer run of digits, not a number of its own.
        if ((!r.number.ext && gluedOn(f, e)) || /\d[-./]{1,2}$/.test(f.slice(Math.max(0, s - 3), s))) continue;
        const n = r.number;
        // "1-877-590-4412, 24 hours a day", "(608) 249-7316, 7 days a week": the comma starts prose, not an
        // extension; libphonenumber reads ",24" as one (a dial pause). Keep the number, drop the tail.
        let end = e;
        let ext = n.ext ?? null;
        if (ext) {
          const tail = /,\s*\d{1,5}$/.exec(text.slice(s, e));
          if (tail && /^\s*(?:[-–]\s*)?[A-Za-z/]/.test(text.slice(e, e + 12))) {
            end = s + tail.index;
            ext = null;
          }
        }
        cands.push({
          start: s,
          end,
          source: 'libphonenumber',
          e164: n.number,
          libValid: n.isValid(),
          possible: n.isPossible(),
          ext,
          national: n.isValid() ? n.formatNational() : undefined,
          nsn: n.nationalNumber,
          cc: n.countryCallingCode,
        });
      }
    }
    // 2. Shapes libphonenumber refuses.
    for (const re of nanpRegion ? [NANP_SHAPE, INTL_SHAPE] : [INTL_SHAPE, NANP_SHAPE]) {
      re.lastIndex = 0;
      for (let m = re.exec(f); m; m = re.exec(f)) {
        const s = m.index;
        const e = s + m[0].length;
        const dc = digitCount(m[0]);
        if (dc < 7 || dc > 15 || overlaps(cands, s, e) || (re === INTL_SHAPE ? runsOn(f, e) : gluedOn(f, e))) continue;
        if (re === NANP_SHAPE && !nanpRegion && !m[0].startsWith('+')) continue;
        cands.push({ start: s, end: e, source: 'scan' });
      }
    }
    // 3. A formatted number run into the next word: a missing space in prose ("a call at
    // 702-825-6887will be necessary", a number when a phone word comes just before it), or two
    // template elements side by side ("<span>(770) 490-5055</span><a>Book Now</a>").
    if (nanpRegion) {
      GLUED_WORD.lastIndex = 0;
      for (let m = GLUED_WORD.exec(f); m; m = GLUED_WORD.exec(f)) {
        const s = m.index;
        const e = s + m[0].length;
        const nextWord = /^[A-Z][a-z]{2}/.test(f.slice(e, e + 3));
        if (overlaps(cands, s, e) || (!nextWord && !PHONE_WORD.test(f.slice(Math.max(0, s - 32), s)))) continue;
        cands.push({ start: s, end: e, source: 'scan' });
      }
    }
  }
  if (PREFILTER_X.test(f)) {
    X_SHAPE.lastIndex = 0;
    for (let m = X_SHAPE.exec(f); m; m = X_SHAPE.exec(f)) {
      if (!/[xX]{3}/.test(m[0])) continue;
      if (gluedOn(f, m.index + m[0].length)) continue;
      const s = m.index;
      const e = s + m[0].length;
      if (!overlaps(cands, s, e)) cands.push({ start: s, end: e, source: 'scan', e164: null });
    }
  }
  if (PREFILTER_VANITY.test(f)) {
    VANITY_SHAPE.lastIndex = 0;
    for (let m = VANITY_SHAPE.exec(f); m; m = VANITY_SHAPE.exec(f)) {
      if (!/[A-Z]{2}/.test(m[0])) continue;
      if (gluedOn(f, m.index + m[0].length)) continue;
      const s = m.index;
      const e = s + m[0].length;
      if (!overlaps(cands, s, e)) cands.push({ start: s, end: e, source: 'vanity' });
    }
  }
  SHORT_CODE.lastIndex = 0;
  for (let m = SHORT_CODE.exec(f); m; m = SHORT_CODE.exec(f)) {
    const s = m.index;
    const e = s + 3;
    if (overlaps(cands, s, e)) continue;
    const pre = f.slice(Math.max(0, s - 30), s);
    const post = f.slice(e, e + 40);
    const keyword = /\b(?:call|calling|dial|dialing|text|texting|phone|contact|reach|or)\s*(?:or text\s*|or call\s*|us at\s*|at\s*)?$/i.test(pre) ||
      /^\s*(?:suicide|crisis|lifeline|hotline|helpline|emergency|immediately|right away|\(|or go to|for (?:help|emergencies|an emergency|support))/i.test(post);
    if (!keyword) continue;
    if (m[1] !== '911' && m[1] !== '988' && !/\b(?:call|dial|text)\b/i.test(pre)) continue;
    cands.push({ start: s, end: e, source: 'short-code' });
  }
  SHORT_TEXT_CODE.lastIndex = 0;
  for (let m = SHORT_TEXT_CODE.exec(f); m; m = SHORT_TEXT_CODE.exec(f)) {
    const s = m.index + m[0].length - m[1]!.length;
    const e = s + m[1]!.length;
    if (!overlaps(cands, s, e)) cands.push({ start: s, end: e, source: 'short-code' });
  }

  cands.sort((a, b) => a.start - b.start);
  const out: PhoneMatch[] = [];
  let prevEnd = 0;
  for (const c of cands) {
    const match = build(text, f, c, region, prevEnd);
    if (match) {
      out.push(match);
      prevEnd = match.end;
    }
  }
  return out;
}

/** Toll-free vanity to dialable digits: keypad letters, and only the first 7 after the area code. */
function vanityDigits(raw: string): string {
  const d = vanityToDigits(raw).replace(/\D/g, '');
  return d.startsWith('1') ? d.slice(0, 11) : d.slice(0, 10);
}

function build(text: string, f: string, c: Cand, region: CountryCode, prevEnd: number): PhoneMatch | null {
  const raw = text.slice(c.start, c.end);
  const fr = f.slice(c.start, c.end);
  const before = f.slice(Math.max(0, c.start - 40), c.start);
  const after = f.slice(c.end, c.end + 24);
  const label = labelBefore(f, prevEnd, c.start);
  const fax = label === 'fax' || FAX_AFTER.test(after);

  if (c.source === 'short-code') {
    return {
      start: c.start, end: c.end, raw, e164: null, valid: SHORT_CODES.has(raw) || raw.length >= 5, libValid: false,
      national: raw, kind: 'short-code', ext: null, label, source: 'short-code', nanp: [], placeholder: null, vanity: false, cue: true,
    };
  }

  // ── false-positive guards ──
  if (CURRENCY_BEFORE.test(before) || UNIT_AFTER.test(after)) return null;
  if (/^\d[\d,]*\.\d{1,2}$/.test(fr.trim())) return null; // 1,234.56
  if (fr.includes('/') && !/\bfax\b|phone|tel\b|call/i.test(before)) return null; // dates 03/27/2011, fractions
  const separated = /[\s().\-]/.test(fr.trim().replace(/^\+/, '')) || fr.trim().startsWith('+');
  const keyword = PHONE_WORD.test(before.slice(-32)) || label != null;
  if (!separated && !keyword) return null; // bare digit runs: IDs, NPIs, reference numbers
  if (!separated && c.source === 'libphonenumber' && !c.libValid && !c.possible) return null; // "call 00020000"
  if (!keyword && ID_WORD.test(before)) return null;
  // Year ranges and dates written with dashes: 2019-2021, 2024-01-15, 1999-2000-2001.
  if (/^(?:19|20)\d\d\s*[-.]\s*(?:(?:19|20)\d\d|\d\d?)(?:\s*[-.]\s*\d\d?)?$/.test(fr.trim())) return null;
  // Dates and times: 08.04.2015 12:46, 2012-01-02 08, 12/25/2024.
  if (DATE_IN.test(fr) || /^:\d\d/.test(after)) return null;
  // Digits followed/preceded by more digit groups joined by commas (1,000-2,000) or decimals.
  if (/\d[,.]$/.test(before) || /^[,.]\d/.test(after)) return null;

  let e164 = c.e164 ?? null;
  let libValid = c.libValid ?? false;
  let ext = c.ext ?? null;
  let nsn = c.nsn ?? null;
  let cc = c.cc ?? null;
  let national = c.national;
  const vanity = c.source === 'vanity';
  if (c.source !== 'libphonenumber' && !/[xX]{3}/.test(fr)) {
    const n = normalizeNumber(vanity ? vanityDigits(fr) : fr, region);
    if (n) {
      e164 = n.e164;
      libValid = n.valid;
      ext = ext ?? n.ext;
      nsn = n.nsn;
      cc = n.countryCode;
      if (n.valid && n.parsed) national = n.parsed.formatNational();
    }
  }
  const digits = fr.replace(/\D/g, '');
  const placeholder = placeholderOf(fr, vanity ? vanityDigits(fr) : digits, nsn, cc);
  const isNanp = cc === '1' || (cc == null && NANP_REGIONS.has(region) && !fr.trim().startsWith('+'));
  const nanp = isNanp && nsn && !/[xX]/.test(fr) ? nanpIssues(nsn) : [];
  // A scan-only hit that is neither a placeholder nor NANP-shaped is too weak to report.
  if (c.source === 'scan' && !placeholder && !libValid && !keyword && !fr.trim().startsWith('+') && nanp.length === 0 && !isNanp) return null;
  const valid = libValid && nanp.length === 0 && !placeholder;
  return {
    start: c.start,
    end: c.end,
    raw,
    e164,
    valid,
    libValid,
    national: national ?? formatNational(nsn ?? digits, cc, raw),
    kind: fax ? 'fax' : 'phone',
    ext,
    label,
    source: c.source,
    nanp,
    placeholder,
    vanity,
    cue: keyword,
  };
}
