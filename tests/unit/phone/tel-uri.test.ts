import { describe, expect, it } from 'vitest';
import { checkTelUri, isValidPhoneContext, syntaxProblems } from '../../../utils/phone/tel-uri';

const problems = (href: string) => checkTelUri(href).problems.map((p) => p.code);

describe('RFC 3966 tel: syntax (catalog PHN-001/002/009)', () => {
  it.each([
    ['tel:+19499450927', []],
    ['tel:+1-949-945-0927', []],
    ['tel:+1.949.945.0927', []],
    ['tel:+1(949)945-0927', []],
    ['tel:+19499450927;ext=12', []],
    ['tel:03-331-6005;phone-context=+64', []],
    ['tel:253-0000;phone-context=www.google.com', []],
    ['  tel:+19499450927  ', []],
    ['tel:9499450927', ['not-global']],
    ['tel: 949 945 0927', ['spaces', 'not-global']],
    ['tel:+1%20949%20945%200927', ['spaces']],
    ['tel://+19499450927', ['slashes']],
    ['tel:1-800-273-TALK', ['letters', 'not-global']],
    ['tel:#', ['no-digits']],
    ['tel:', ['empty']],
    ['tel:+19499450927x12', ['extension-style']],
    ['tel:+19499450927,,12', ['extension-style']],
    ['tel:+19499450927ext12', ['extension-style']],
    ['tel:+19499450927#12', ['extension-style']],
    ['tel:949-945-0927/949-945-0928', ['multiple-numbers', 'not-global']],
    ['tel:+19499450927Call', ['trailing-text']],
    ['tel:%2B19499450927', ['encoded-plus']],
    ['tel:+1949945092712345678', ['too-long']],
    ['tel:+1-949+945-0927', ['plus-position']],
    ['tel:+19499450927;ext=x12', ['bad-parameter']],
    ['tel:+19499450927?call', ['query']],
    ['tel:033316005;phone-context=3phone', ['bad-phone-context']],
  ])('%s → %j', (href, want) => {
    expect(problems(href)).toEqual(want);
  });

  it('separates syntax errors from PHN-002/PHN-009 concerns', () => {
    expect(syntaxProblems(checkTelUri('tel:9499450927'))).toEqual([]);
    expect(syntaxProblems(checkTelUri('tel:+19499450927x12'))).toEqual([]);
    expect(syntaxProblems(checkTelUri('tel: 949 945 0927')).map((p) => p.code)).toEqual(['spaces']);
  });

  it('explains each problem in words', () => {
    for (const p of checkTelUri('tel://1 800 273 TALK').problems) expect(p.message.length).toBeGreaterThan(15);
  });

  it('validates phone-context descriptors', () => {
    for (const ok of ['+64', '+64-3', '+(555)', 'a', 'abc.nz', 'www.PHONE-numb3r.com', '3phone.J.', 'a--z']) expect(isValidPhoneContext(ok), ok).toBe(true);
    for (const bad of ['', '+', '64', '++64', '+abc', '.', '3phone', 'a-.nz', 'a{b}c']) expect(isValidPhoneContext(bad), bad).toBe(false);
  });
});
