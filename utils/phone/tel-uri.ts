// RFC 3966 syntax check for tel: hrefs (catalog PHN-001/002/009, §3 [S32]). Returns every specific
// problem so a rule can say exactly what is wrong ("contains spaces", "uses tel://"…).
//
//   telephone-uri        = "tel:" telephone-subscriber
//   global-number-digits = "+" *phonedigit DIGIT *phonedigit
//   local-number-digits  = *phonedigit-hex (HEXDIG / "*" / "#") *phonedigit-hex
//   phonedigit           = DIGIT / visual-separator          visual-separator = "-" / "." / "(" / ")"
//   par                  = parameter / extension / isdn-subaddress
//   extension            = ";ext=" 1*phonedigit              context = ";phone-context=" descriptor
//   descriptor           = domainname / global-number-digits
// Local numbers MUST carry ;phone-context (§5.1.5); spaces are not allowed (§5.1.1); letters are not
// supported (§5.1.2). A global number is the country code and the national significant number
// (ITU-T E.164): the national trunk prefix ("0" in the UK, India, Australia) is not part of it.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type TelUriProblemCode =
  | 'trunk-prefix'
  | 'empty'
  | 'no-digits'
  | 'slashes'
  | 'spaces'
  | 'letters'
  | 'trailing-text'
  | 'multiple-numbers'
  | 'extension-style'
  | 'encoded-plus'
  | 'plus-position'
  | 'invalid-char'
  | 'too-long'
  | 'bad-parameter'
  | 'bad-phone-context'
  | 'query'
  | 'not-global';

export interface TelUriProblem {
  code: TelUriProblemCode;
  message: string;
}

export interface TelUriCheck {
  /** the number part, percent-decoded, without parameters */
  number: string;
  /** parameter names → values */
  params: Record<string, string>;
  global: boolean;
  problems: TelUriProblem[];
}

const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TOP_LABEL = /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const GLOBAL_DIGITS = /^\+[\d\-.()]*\d[\d\-.()]*$/;
const PARAM_NAME = /^[A-Za-z0-9-]+$/;
const EXT_STYLE = /^(.*?\d[\d\-.()]*)\s*(?:(x|ext\.?|extn|extension|#)\s*(\d+)|([,;pPwW]+)\s*(\d+))$/i;

/** RFC 3966 descriptor: a domain name (top label starts with a letter) or global number digits. */
export function isValidPhoneContext(descriptor: string): boolean {
  if (!descriptor) return false;
  if (descriptor.startsWith('+')) return GLOBAL_DIGITS.test(descriptor);
  const d = descriptor.endsWith('.') ? descriptor.slice(0, -1) : descriptor;
  if (!d) return false;
  const labels = d.split('.');
  const top = labels[labels.length - 1]!;
  return TOP_LABEL.test(top) && labels.slice(0, -1).every((l) => DOMAIN_LABEL.test(l));
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Checks a tel: href against RFC 3966. `not-global` is reported for a local number without
 * ;phone-context (PHN-002); `extension-style` for "x12", "ext12", ",12" (PHN-009); the rest are
 * syntax errors (PHN-001). Leading/trailing white space is ignored (browsers strip it).
 */
export function checkTelUri(href: string): TelUriCheck {
  const problems: TelUriProblem[] = [];
  const add = (code: TelUriProblemCode, message: string) => {
    if (!problems.some((p) => p.code === code)) problems.push({ code, message });
  };
  let rest = href.trim().replace(/^tel:/i, '');
  if (/^\/\//.test(rest)) {
    add('slashes', 'uses "tel://", which iPhones ignore; write "tel:" followed directly by the number');
    rest = rest.replace(/^\/+/, '');
  }
  if (/^%2b/i.test(rest)) add('encoded-plus', 'percent-encodes the leading "+" as %2B; RFC 3966 requires a literal "+"');
  const q = rest.search(/\?|#(?!\d+$)/);
  if (q >= 0) {
    const tail = rest.slice(q);
    if (tail !== '#' && tail.length > 0) add('query', `has "${tail.slice(0, 20)}" after the number, which is not part of a tel: URI`);
    rest = rest.slice(0, q);
  }
  const raw = rest;
  if (/%20|\s/.test(raw)) add('spaces', 'contains spaces; RFC 3966 §5.1.1 forbids them and some Android dialers fail on them (use "-" or nothing)');
  const decoded = decode(raw).replace(/\s+/g, '');
  const [numberPartRaw, ...paramParts] = decoded.split(';');
  let numberPart = numberPartRaw ?? '';
  const params: Record<string, string> = {};

  if (!numberPart && !paramParts.length) {
    add(href.trim().toLowerCase().replace(/^tel:/, '').trim() === '#' ? 'no-digits' : 'empty', 'has no number at all');
    return { number: '', params, global: false, problems };
  }
  if (!/\d/.test(numberPart)) {
    // "tel:CALL-NOW" — letters only, or "tel:#".
    if (/[A-Za-z]/.test(numberPart)) add('letters', 'has letters instead of digits; convert vanity letters with the keypad (2 = ABC … 9 = WXYZ)');
    else add('no-digits', 'has no digits');
    return { number: numberPart, params, global: numberPart.startsWith('+'), problems };
  }

  // Extensions written the wrong way: x12, ext12, ext.12, #12, ,12, p12, w12.
  const ext = EXT_STYLE.exec(numberPart);
  if (ext) {
    const how = ext[2] ?? ext[4]!;
    add('extension-style', `writes the extension as "${how}${ext[3] ?? ext[5]}" instead of ";ext=${ext[3] ?? ext[5]}"${/[,pw]/i.test(how) ? ' (a dialer pause)' : ''}`);
    numberPart = ext[1]!;
  }

  // Several numbers in one href: "tel:949-945-0927/949-945-0928", "…0927,…0928", "… or …".
  const groups = numberPart.split(/\/|,|\bor\b|&|\|/i).filter((g) => (g.match(/\d/g)?.length ?? 0) >= 7);
  if (groups.length > 1) {
    add('multiple-numbers', `holds ${groups.length} numbers; a tel: link dials exactly one`);
    numberPart = groups[0]!;
  }
  // Text before or after the digits: "tel:+19499450927Call", "tel:Phone:+1…", vanity letters.
  const lettersAt = numberPart.search(/[A-Za-z]/);
  if (lettersAt >= 0) {
    // Vanity: upper-case letter groups inside the number ("1-800-273-TALK", "+1-800-FLOWERS").
    const vanity = /^[+\d\-.()]*\d[\d\-.()]*[A-Z]{2,}[A-Z\d\-.()]*$/.test(numberPart) && numberPart.replace(/[^\dA-Z]/g, '').length <= 15;
    if (vanity) add('letters', 'has vanity letters; RFC 3966 §5.1.2 does not support them and some phones cannot dial them (convert with the keypad: 2 = ABC … 9 = WXYZ)');
    else add('trailing-text', `has text mixed into the number ("${numberPart.slice(0, 40)}")`);
    numberPart = numberPart.replace(/[A-Za-z:]+/g, '');
  }
  if (numberPart.lastIndexOf('+') > 0) add('plus-position', 'has a "+" that is not at the start of the number');
  const bad = numberPart.replace(/[\d\-.()+A-Za-z*#]/g, '');
  if (bad) add('invalid-char', `contains ${[...new Set(bad)].map((c) => `"${c}"`).join(', ')}; only digits and the separators - . ( ) are allowed`);

  const global = numberPart.startsWith('+');
  const digits = numberPart.replace(/\D/g, '');
  if (global && digits.length > 15) add('too-long', `has ${digits.length} digits; E.164 numbers have at most 15`);
  if (global) {
    // "+44 07980 986808": the country code followed by the trunk 0 that only national dialling uses.
    // libphonenumber drops it silently when parsing; where the number itself starts with 0 (Italy) it keeps it.
    let parsed: ReturnType<typeof parsePhoneNumberFromString>;
    try {
      parsed = parsePhoneNumberFromString(`+${digits}`);
    } catch {
      parsed = undefined;
    }
    const afterCode = parsed ? digits.slice(parsed.countryCallingCode.length) : '';
    if (parsed && afterCode.startsWith('0') && !String(parsed.nationalNumber).startsWith('0') && afterCode.length > String(parsed.nationalNumber).length) {
      add('trunk-prefix', `keeps the national "0" after +${parsed.countryCallingCode}; a number with its country code drops it (+${parsed.countryCallingCode}${parsed.nationalNumber})`);
    }
  }

  for (const p of paramParts) {
    if (!p) {
      add('bad-parameter', 'has an empty ";" parameter');
      continue;
    }
    const eq = p.indexOf('=');
    const name = (eq >= 0 ? p.slice(0, eq) : p).toLowerCase();
    const value = eq >= 0 ? p.slice(eq + 1) : '';
    if (!PARAM_NAME.test(name)) {
      add('bad-parameter', `has a malformed parameter ";${p.slice(0, 30)}"`);
      continue;
    }
    params[name] = value;
    if (name === 'ext') {
      if (!/^[\d\-.()]*\d[\d\-.()]*$/.test(value)) add('bad-parameter', `has ";ext=${value}", but an extension must be digits`);
    } else if (name === 'phone-context') {
      if (!isValidPhoneContext(value)) add('bad-phone-context', `has ";phone-context=${value}", which is neither "+" digits nor a domain name`);
    } else if (name === 'extension' || name === 'x') {
      add('extension-style', `writes the extension as ";${name}=${value}" instead of ";ext=${value}"`);
    }
  }
  if (!global && params['phone-context'] == null) {
    add('not-global', 'is a local number without a "+" country code (or ;phone-context), so it only dials correctly inside its own country');
  }
  return { number: numberPart, params, global, problems };
}

/** The problems that make an href a PHN-001 syntax error (everything except PHN-002/009 concerns). */
export function syntaxProblems(check: TelUriCheck): TelUriProblem[] {
  return check.problems.filter((p) => p.code !== 'not-global' && p.code !== 'extension-style');
}
