import { describe, expect, it } from 'vitest';
import { foldPhoneChars, hrefNumber, normalizeHref, normalizeNumber, sameNumber, splitExtension, vanityToDigits } from '../../../utils/phone/normalize';

describe('normalize', () => {
  it('folds phone punctuation without changing length', () => {
    const s = '＋１\u00a0(949)\u2013945\u20110927';
    expect(foldPhoneChars(s)).toBe('+1 (949)-945-0927');
    expect(foldPhoneChars(s)).toHaveLength(s.length);
  });

  it('converts vanity letters with the keypad', () => {
    expect(vanityToDigits('1-800-273-TALK')).toBe('1-800-273-8255');
    expect(vanityToDigits('1-800-FLOWERS')).toBe('1-800-3569377');
  });

  it.each([
    ['949-945-0927 ext. 12', '12', 'ext'],
    ['949-945-0927 x12', '12', 'x'],
    ['+19499450927;ext=12', '12', 'rfc3966'],
    ['+19499450927,,12', '12', 'pause'],
    ['949-945-0927 #12', '12', 'hash'],
    ['949-945-0927', null, null],
  ])('splits the extension of %s', (input, ext, style) => {
    const r = splitExtension(input);
    expect(r.ext).toBe(ext);
    expect(r.extStyle).toBe(style);
  });

  it('normalizes what people write to E.164', () => {
    expect(normalizeNumber('(949) 945-0927', 'US')?.e164).toBe('+19499450927');
    expect(normalizeNumber('Phone: 949.945.0927', 'US')?.e164).toBe('+19499450927');
    expect(normalizeNumber('1-800-273-TALK', 'US')).toMatchObject({ e164: '+18002738255', valid: true, vanity: true });
    expect(normalizeNumber('949-945-0927 ext. 12', 'US')).toMatchObject({ e164: '+19499450927', ext: '12' });
    expect(normalizeNumber('0117 925 3311', 'GB')?.e164).toBe('+441179253311');
    // What libphonenumber refuses still gets an E.164-shaped key
    expect(normalizeNumber('+012 345 6789', 'US')).toMatchObject({ e164: '+0123456789', valid: false });
  });

  it('reads numbers from tel:, sms: and WhatsApp hrefs', () => {
    expect(hrefNumber('tel:+19499450927;ext=12')).toMatchObject({ scheme: 'tel', number: '+19499450927', params: { ext: '12' }, global: true });
    expect(hrefNumber('tel://9499450927')).toMatchObject({ number: '9499450927', global: false });
    expect(hrefNumber('sms:+19499450927?body=Hello')).toMatchObject({ scheme: 'sms', number: '+19499450927' });
    expect(hrefNumber('sms:+19499450927,+19499450928')?.numbers).toHaveLength(2);
    expect(hrefNumber('https://wa.me/19499450927')).toMatchObject({ scheme: 'whatsapp', number: '19499450927' });
    expect(hrefNumber('https://api.whatsapp.com/send?phone=19499450927')).toMatchObject({ scheme: 'whatsapp', number: '19499450927' });
    expect(hrefNumber('https://example.com/contact')).toBeNull();
    expect(hrefNumber('mailto:a@b.example')).toBeNull();
  });

  it('normalizes hrefs, including phone-context', () => {
    expect(normalizeHref('tel:9499450927', 'US')?.e164).toBe('+19499450927');
    expect(normalizeHref('tel: 949 945 0927', 'US')?.e164).toBe('+19499450927');
    expect(normalizeHref('tel:+19499450927 Call', 'US')?.e164).toBe('+19499450927');
    expect(normalizeHref('tel:03-331-6005;phone-context=+64', 'US')?.e164).toBe('+6433316005');
    expect(normalizeHref('https://wa.me/19499450927', 'US')?.e164).toBe('+19499450927');
    expect(normalizeHref('tel:+19499450927#12', 'US')?.ext).toBe('12');
  });

  it('compares numbers tolerating an omitted country code', () => {
    expect(sameNumber('+19499450927', '+19499450927')).toBe(true);
    expect(sameNumber('+19499450927', '9499450927')).toBe(true);
    expect(sameNumber('+19499450927', '+19499450928')).toBe(false);
    expect(sameNumber(null, '+19499450927')).toBe(false);
  });
});
