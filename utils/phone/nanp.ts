// Checks libphonenumber-js does not make (catalog §3, [S34]): NANP structure (N11 exchanges in
// geographic area codes), the 555-0100…0199 fictional range, and placeholder/template numbers.

/** Toll-free NPAs: they may use N11 exchanges (never 911). */
export const TOLL_FREE_NPAS = new Set(['800', '833', '844', '855', '866', '877', '888']);

/** Three-digit N11 codes and 988; libphonenumber rejects them (TOO_SHORT) by design. */
export const SHORT_CODES = new Set(['211', '311', '411', '511', '611', '711', '811', '911', '988']);

export type NanpIssueCode =
  | 'length'
  | 'npa-leading-0-1'
  | 'npa-n9x'
  | 'nxx-leading-0-1'
  | 'n11-exchange'
  | 'fictional-555';

export interface NanpIssue {
  code: NanpIssueCode;
  message: string;
}

/**
 * Structural problems of a NANP national number (10 digits NPA-NXX-XXXX, a leading "1" trunk
 * prefix is tolerated). Returns [] for a well-formed number.
 */
/** The issues as one predicate after "The number X …": "has 9 digits, …" or "cannot be a real number: its …". */
export function nanpVerdict(issues: readonly NanpIssue[]): string {
  if (!issues.length) return '';
  if (issues[0]!.code === 'length') return issues[0]!.message;
  return `cannot be a real number: ${issues.map((i) => i.message).join('; and ')}`;
}

export function nanpIssues(digits: string): NanpIssue[] {
  const d = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (d.length !== 10) return [{ code: 'length', message: `has ${d.length} digits, but US and Canadian numbers have 10 (area code and 7 digits)` }];
  const npa = d.slice(0, 3);
  const nxx = d.slice(3, 6);
  const line = d.slice(6);
  const out: NanpIssue[] = [];
  if (npa[0] === '0' || npa[0] === '1') out.push({ code: 'npa-leading-0-1', message: `its area code ${npa} starts with ${npa[0]}, and area codes start with 2–9` });
  else if (npa[1] === '9') out.push({ code: 'npa-n9x', message: `its area code ${npa} has 9 in the middle, and no such area code is assigned` });
  if (nxx[0] === '0' || nxx[0] === '1') out.push({ code: 'nxx-leading-0-1', message: `its exchange (the three digits after the area code) ${nxx} starts with ${nxx[0]}, and exchanges start with 2–9` });
  else if (nxx[1] === '1' && nxx[2] === '1' && (!TOLL_FREE_NPAS.has(npa) || nxx === '911')) {
    out.push({ code: 'n11-exchange', message: `its exchange ${nxx} is a service code (like 411 or 911), which cannot follow area code ${npa}` });
  }
  if (nxx === '555' && line >= '0100' && line <= '0199') {
    out.push({ code: 'fictional-555', message: `555-${line} is in the 555-0100 to 555-0199 range kept for films and examples` });
  }
  return out;
}

/** Known template / demo numbers seen on live clinic sites (digits only, with country code when written). */
const TEMPLATE_DIGITS = new Set([
  '155895548855', // BootstrapMade templates: +1 5589 55488 55
  '1667825444541', // BootstrapMade Medicio: +1 6678 254445 41
  '0123456789', // HTML Codex templates: +012 345 6789
  '01234567890', // +012 345 67890
  '8801234567 89'.replace(/\D/g, ''), // Mediplus: +880 1234 56789
  '12015550123', // RFC 3966's own example: +1-201-555-0123
  '18006543210', // theme demos: +1-800-654-3210
]);

const SEQ_UP = '01234567890123';
const SEQ_DOWN = '98765432109876';
const XS = /[xX]{3}|[xX]{2,}-[xX]/;

export type PlaceholderCode = 'template' | 'sequential' | 'repeated' | 'letters' | 'fictional-555' | 'fictional' | 'zeros';

export interface Placeholder {
  code: PlaceholderCode;
  message: string;
}

/**
 * Is this a placeholder / template leftover rather than a real number?
 * `raw` is the number as written (for "xxx" patterns); `digits` all its digits, country code included
 * when written; `nsn` the national significant number when known.
 */
/**
 * UK numbers Ofcom reserves for TV, radio and drama (national significant number prefixes, each a
 * 1,000-number block): 020 7946 0xxx, 0113…0161 496 0xxx, 0191 498 0xxx, 01632 960xxx,
 * 07700 900xxx, 08081 570xxx, 0909 879 0xxx, 03069 990xxx.
 */
const GB_DRAMA = ['2079460', '1134960', '1144960', '1154960', '1164960', '1174960', '1184960', '1214960', '1314960', '1414960', '1514960', '1614960', '1914980', '1632960', '7700900', '8081570', '9098790', '3069990'];

export function placeholderOf(raw: string, digits: string, nsn?: string | null, countryCode?: string | null): Placeholder | null {
  if (countryCode === '44' && nsn && GB_DRAMA.some((p) => nsn.startsWith(p))) {
    return { code: 'fictional', message: 'is fictional: Ofcom reserves this range for TV and drama' };
  }
  if (XS.test(raw)) return { code: 'letters', message: 'is a placeholder, with "x" where the digits should be' };
  if (digits.length < 7) return null;
  if (TEMPLATE_DIGITS.has(digits)) return { code: 'template', message: 'is a placeholder number known from website templates' };
  const national = nsn && nsn.length >= 7 ? nsn : digits;
  const subscriber = national.slice(-7);
  if (/^0+$/.test(subscriber)) return { code: 'zeros', message: 'is a placeholder (it ends in 0000000)' };
  if (/^(\d)\1+$/.test(national) || /^(\d)\1{6}$/.test(subscriber)) {
    return { code: 'repeated', message: 'is a placeholder (one digit repeated)' };
  }
  // 1234567, 123-456-7890, 0123456789, 9876543…: seven or more consecutive digits in order, or a
  // subscriber number that is a run of six ("07911 123456", the UK's best-known example number).
  for (let i = 0; i + 7 <= national.length; i++) {
    const run = national.slice(i, i + 7);
    if ((SEQ_UP.includes(run) || SEQ_DOWN.includes(run)) && (i + 7 === national.length || i === 0)) {
      return { code: 'sequential', message: `is a placeholder (the digits run ${run})` };
    }
  }
  const tail = national.slice(-6);
  if (national.length >= 9 && (SEQ_UP.includes(tail) || SEQ_DOWN.includes(tail))) {
    return { code: 'sequential', message: `is a placeholder (it ends in ${tail})` };
  }
  if (national.length === 10 || (national.length === 11 && national.startsWith('1'))) {
    const d = national.length === 11 ? national.slice(1) : national;
    if (d.slice(3, 6) === '555' && d.slice(6) >= '0100' && d.slice(6) <= '0199') {
      return { code: 'fictional-555', message: `is fictional: 555-${d.slice(6)} is in the 555-0100…0199 range reserved for films and examples` };
    }
    // (555) 555-5555 style: the same group repeated.
    if (d.slice(0, 3) === '555' && d.slice(3, 6) === '555') return { code: 'repeated', message: 'is a placeholder (555-555-XXXX)' };
  }
  return null;
}
