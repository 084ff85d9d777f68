// Runs the phone library against public test vectors transcribed from google/libphonenumber and
// catamphetamine/libphonenumber-js. The vectors live OUTSIDE this repository, in ../shared
// (/work/shared/corpus/real/phones, see its SOURCES.md); when that folder is absent the whole suite
// is skipped (visibly, as "skipped"), never silently passed.
//
// Applicable subset and why the rest is skipped:
// - libphonenumber matcher cases are evaluated upstream with TEST metadata, so only cases whose outcome
//   does not depend on it are used: every IMPOSSIBLE case (must never match), the STRICT/EXACT grouping
//   cases for US (must be found whole, with production metadata the same numbers are valid), the US
//   find-in-context cases, and the multi-number texts. POSSIBLE_ONLY/VALID cases are skipped: several are
//   shapes Clinic Lint rejects on purpose ("12 7/8 - 14 12/34 - 5", "1979-2011 100", "650//253-1234":
//   fractions, year ranges and slash-separated digits are not treated as phone numbers in prose).
// - rfc3966 parse cases: tel: inputs only (not free text); libphonenumber's extension length limit
//   (21+ digits = NOT_A_NUMBER) is a parser limit, not RFC 3966 syntax; INVALID_COUNTRY_CODE for a
//   domain phone-context without a region is not a syntax error; "{…}" after a parameter is accepted
//   by libphonenumber but is not a valid RFC 3966 parameter, so Clinic Lint reports it.
// - is_number_match SHORT_NSN_MATCH: a local number with a domain phone-context cannot be resolved to a
//   country without the page; Clinic Lint compares full numbers only.
// - libphonenumber-js find_in_text: a bare digit run without separators or a phone word is not reported
//   ("39945926 77200596 16533084", "2133734253"); an incomplete timestamp "2012-01-02 08" is treated as
//   a date; defaultCallingCode-only and unknown-region ("XX") cases need an API Clinic Lint does not have.
// - isValidPhoneNumber cases with leading text or a leading space: Clinic Lint strips labels and spaces
//   on purpose (link text such as "Call: 8 (800) …").
// - rfc3966 parse with a domain phone-context: Clinic Lint resolves it with the page's region.
// - short numbers longer than 6 digits (a few regions' SMS/premium codes) are not exempted from PHN-002.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhones } from '../../../utils/phone/find';
import { normalizeHref, normalizeNumber, sameNumber, telHref } from '../../../utils/phone/normalize';
import { checkTelUri, syntaxProblems } from '../../../utils/phone/tel-uri';

const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'real', 'phones');
const read = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
const region = (r: string | null | undefined): CountryCode => (r && r !== 'ZZ' && r !== 'XX' ? (r as CountryCode) : 'US');

describe.skipIf(!existsSync(dir))('phone vectors from ../shared/corpus/real/phones', () => {
  describe('libphonenumber rfc3966-tel-uri-cases.json', () => {
    const data = existsSync(dir) ? read('libphonenumber/rfc3966-tel-uri-cases.json') : { parse_cases: [], format_rfc3966_cases: [], is_number_match_cases: [] };
    type Case = { input: string; region: string; expected: { countryCode: number; nationalNumber: string; extension?: string } | null; error: string | null };
    const telCases = (data.parse_cases as Case[]).filter((c) => /^\s*tel:/.test(c.input));
    const ok = telCases.filter((c) => !c.error && !/\{/.test(c.input));
    const descriptorErrors = telCases.filter((c) => c.error === 'NOT_A_NUMBER' && /phone-context=/.test(c.input));

    it('has the vectors', () => {
      expect(ok.length).toBeGreaterThan(15);
      expect(descriptorErrors.length).toBeGreaterThan(5);
    });

    it.each(ok.map((c) => [c.input, c] as const))('parses %s', (_input, c) => {
      expect(syntaxProblems(checkTelUri(c.input)).map((p) => p.code)).toEqual([]);
      const n = normalizeHref(c.input, region(c.region));
      // a 7-digit US number with a domain context is only "possible", so no E.164 from production metadata
      if (c.expected!.nationalNumber.length === 7 && c.expected!.countryCode === 1) return;
      expect(n?.e164).toBe(`+${c.expected!.countryCode}${c.expected!.nationalNumber}`);
      if (c.expected!.extension) expect(n?.ext).toBe(c.expected!.extension);
    });

    it.each(descriptorErrors.map((c) => [c.input, c] as const))('rejects the phone-context of %s', (_input, c) => {
      expect(checkTelUri(c.input).problems.map((p) => p.code)).toContain('bad-phone-context');
    });

    it('reports "{…}" after a parameter as malformed (libphonenumber accepts it)', () => {
      const c = (data.parse_cases as Case[]).find((x) => /\{/.test(x.input));
      if (c) expect(checkTelUri(c.input).problems.map((p) => p.code)).toContain('bad-parameter');
    });

    it.each((data.format_rfc3966_cases as Array<{ number: string; rfc3966: string }>).map((c) => [c.rfc3966, c] as const))(
      'accepts the RFC 3966 form %s',
      (_uri, c) => {
        expect(checkTelUri(c.rfc3966).problems).toEqual([]);
        const n = normalizeHref(c.rfc3966, 'US');
        expect(n?.e164).toBe(`+${c.rfc3966.replace(/;.*$/, '').replace(/\D/g, '')}`);
        const ext = /;ext=(\d+)/.exec(c.rfc3966)?.[1] ?? null;
        expect(n?.ext ?? null).toBe(ext);
      },
    );

    const matchCases = (data.is_number_match_cases as Array<{ a: string; b: string; expect: string }>).filter((c) => c.expect !== 'SHORT_NSN_MATCH');
    it.each(matchCases.map((c) => [`${c.a} ~ ${c.b}`, c] as const))('compares %s', (_name, c) => {
      const a = normalizeNumber(c.a, 'NZ');
      const b = normalizeHref(c.b, 'NZ');
      if (c.expect === 'NO_MATCH') {
        expect(sameNumber(a?.e164, b?.e164) && a?.ext === b?.ext).toBe(false);
      } else {
        expect(sameNumber(a?.e164, b?.e164)).toBe(true);
      }
    });
  });

  describe('libphonenumber short-number-examples.json (never reported as a broken phone)', () => {
    const regions: Record<string, Record<string, string>> = existsSync(dir) ? read('libphonenumber/short-number-examples.json').regions : {};
    const all = Object.entries(regions).flatMap(([r, v]) => Object.entries(v).map(([kind, n]) => ({ r, kind, n })));
    const short = all.filter((x) => x.n.length <= 6);

    it('covers most short numbers with the ≤ 6-digit exemption', () => {
      expect(short.length / all.length).toBeGreaterThan(0.97);
    });

    it('tel: hrefs of short numbers are valid syntax and exempt from PHN-002 (≤ 6 digits)', () => {
      for (const { n } of short) {
        const check = checkTelUri(`tel:${n}`);
        expect(syntaxProblems(check), n).toEqual([]);
        expect(check.number.replace(/\D/g, '').length).toBeLessThanOrEqual(6);
      }
    });

    it('short numbers in prose are never a placeholder/invalid phone match', () => {
      for (const { r, n } of short) {
        for (const m of findPhones(`If needed, call ${n} now.`, region(r))) {
          expect(m.kind === 'short-code' || m.valid || (m.placeholder == null && m.nanp.length === 0 && m.libValid), `${r} ${n}`).toBe(true);
        }
      }
    });

    it('US 911 and 988 are short codes', () => {
      expect(findPhones('Call 911 in an emergency', 'US')[0]).toMatchObject({ raw: '911', kind: 'short-code', valid: true });
      expect(findPhones('call or text 988', 'US')[0]).toMatchObject({ raw: '988', kind: 'short-code' });
    });
  });

  describe('libphonenumber matcher-text-extraction-cases.json', () => {
    const data = existsSync(dir) ? read('libphonenumber/matcher-text-extraction-cases.json') : { leniency_cases: [], find_in_context_cases: { cases: [] }, extra_text_cases: [] };
    type Len = { text: string; region: string; category: string };
    const impossible = (data.leniency_cases as Len[]).filter((c) => c.category === 'IMPOSSIBLE_CASES');
    const grouped = (data.leniency_cases as Len[]).filter((c) => (c.category === 'EXACT_GROUPING_CASES' || c.category === 'STRICT_GROUPING_CASES') && c.region === 'US');

    it.each(impossible.map((c) => [c.text, c] as const))('never matches %s', (_t, c) => {
      expect(findPhones(c.text, region(c.region)).filter((m) => m.kind !== 'short-code')).toEqual([]);
    });

    it.each(grouped.map((c) => [c.text, c] as const))('finds the whole of %s', (_t, c) => {
      const text = `Tel: ${c.text}`;
      const found = findPhones(text, 'US');
      expect(found).toHaveLength(1);
      expect(found[0]!.raw).toBe(c.text);
    });

    const usContext = (data.find_in_context_cases.cases as Array<{ text: string; region: string | null }>).filter(
      (c) => c.region === 'US' && /^[(\d+1]/.test(c.text) && !/x{2}|~/.test(c.text) && !/^\(1800\)/.test(c.text),
    );
    it.each(usContext.map((c) => [c.text, c] as const))('finds %s in context', (_t, c) => {
      for (const [pre, post] of [['Tel: ', ''], ['Call ', ' on Saturdays.'], ['', ' is the number']]) {
        const text = `${pre}${c.text}${post}`;
        const found = findPhones(text, 'US');
        expect(found, text).toHaveLength(1);
        expect(c.text.startsWith(found[0]!.raw.replace(/\s+$/, '')) || found[0]!.raw.startsWith(c.text.replace(/\s*(?:x|ext|,).*$/i, '')), text).toBe(true);
      }
    });

    const extra = data.extra_text_cases as Array<{ text: string; region: string; expect: Array<{ start: number; raw: string }> }>;
    it.each(extra.map((c) => [c.text || '(empty)', c] as const))('multi-number text %s', (_t, c) => {
      const found = findPhones(c.text, region(c.region));
      expect(found.map((m) => [m.start, m.raw])).toEqual(c.expect.map((e) => [e.start, e.raw]));
    });
  });

  describe('libphonenumber-js text-validity-rfc3966-cases.json (production metadata)', () => {
    const data = existsSync(dir)
      ? read('libphonenumber-js/text-validity-rfc3966-cases.json')
      : { find_in_text: [], is_valid_phone_number: [], rfc3966: { format: [], parse: [], parsePhoneNumber_phone_context: [] } };
    type Find = { text: string; defaultCountry?: string | null; defaultCallingCode?: string; expect: Array<{ phone?: string; startsAt?: number; endsAt?: number; ext?: string }>; why?: string };
    const SKIP = /^(?:39945926|2133734253$|2012-01-02 08$)|^Phone: \+7 .*National/;
    const finds = (data.find_in_text as Find[]).filter((c) => !c.defaultCallingCode && c.defaultCountry !== 'XX' && !SKIP.test(c.text));

    it.each(finds.map((c) => [c.text || '(empty)', c] as const))('find in %s', (_t, c) => {
      const found = findPhones(c.text, region(c.defaultCountry)).filter((m) => m.kind !== 'short-code');
      expect(found.length, c.text).toBe(c.expect.length);
      c.expect.forEach((e, i) => {
        const m = found[i]!;
        if (e.startsAt != null) expect([m.start, m.end]).toEqual([e.startsAt, e.endsAt]);
        if (e.phone) expect(m.e164?.endsWith(e.phone)).toBe(true);
        if (e.ext) expect(m.ext).toBe(e.ext);
      });
    });

    const valid = (data.is_valid_phone_number as Array<{ input: string; defaultCountry: string | null; expect: boolean }>).filter((c) => /^[+\d]/.test(c.input));
    it.each(valid.map((c) => [c.input, c] as const))('isValid %s', (_t, c) => {
      expect(normalizeNumber(c.input, region(c.defaultCountry))?.valid ?? false).toBe(c.expect);
    });

    it('formats tel: URIs like libphonenumber-js', () => {
      for (const f of data.rfc3966.format as Array<{ number: string; ext?: string; expect?: string }>) {
        if (f.expect) expect(telHref(f.number, f.ext)).toBe(f.expect);
      }
    });

    it('parses tel: URIs like libphonenumber-js', () => {
      for (const p of data.rfc3966.parse as Array<{ input: string; expect: { number?: string; ext?: string }; why?: string }>) {
        if (/phone-context=[a-z]/i.test(p.input)) continue; // domain context: resolved with the page region
        const n = normalizeHref(p.input, 'US');
        if (!p.expect.number) {
          expect(n?.valid ?? false, p.input).toBe(false);
          continue;
        }
        expect(n?.e164, p.input).toBe(p.expect.number);
        expect(n?.ext ?? undefined, p.input).toBe(p.expect.ext);
        expect(syntaxProblems(checkTelUri(p.input))).toEqual([]);
      }
    });

    type Ctx = { input: string; defaultCountry: string | null; expect: { countryCallingCode: string; nationalNumber: string } | null };
    it.each((data.rfc3966.parsePhoneNumber_phone_context as Ctx[]).map((c) => [c.input, c] as const))('phone-context %s', (_t, c) => {
      if (!c.expect) {
        expect(checkTelUri(c.input).problems.map((p) => p.code)).toContain('bad-phone-context');
        return;
      }
      if (!/\{/.test(c.input)) expect(syntaxProblems(checkTelUri(c.input))).toEqual([]); // "{…}": see the header
      const n = normalizeHref(c.input, region(c.defaultCountry));
      expect(n?.e164).toBe(`+${c.expect.countryCallingCode}${c.expect.nationalNumber}`);
    });
  });
});
