// findPhones: what counts as a phone number in prose, and what must never count.
import { describe, expect, it } from 'vitest';
import { findPhones, mayContainPhone } from '../../../utils/phone/find';

const raws = (text: string, region = 'US' as const) => findPhones(text, region).map((m) => m.raw);
const one = (text: string, region: Parameters<typeof findPhones>[1] = 'US') => {
  const found = findPhones(text, region);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('findPhones: real numbers', () => {
  it.each([
    ['Call us at 949-945-0927 or book online.', '949-945-0927'],
    ['Schedule today by calling 619.238.4410!', '619.238.4410'],
    ['Call (949) 945-0927.', '(949) 945-0927'],
    ['Phone: +1 (949) 945-0927', '+1 (949) 945-0927'],
    ['Call 1-949-945-0927', '1-949-945-0927'],
    ['Toll free (877)788-6342', '(877)788-6342'],
    ['949 945 0927', '949 945 0927'],
  ])('%s', (text, raw) => {
    const m = one(text);
    expect(m.raw).toBe(raw);
    expect(m.kind).toBe('phone');
    expect(m.valid).toBe(true);
    expect(text.slice(m.start, m.end)).toBe(raw);
  });

  it('is not cut short by digits that follow after a space', () => {
    expect(raws('Call 949-945-0927 7 days a week, 24 hours.')).toEqual(['949-945-0927']);
    expect(raws('Phone: (949) 945-0927 2nd floor')).toEqual(['(949) 945-0927']);
  });

  it('gives E.164 and a national format', () => {
    const m = one('Call us at 949-945-0927');
    expect(m.e164).toBe('+19499450927');
    expect(m.national).toBe('(949) 945-0927');
    expect(m.label).toBe('call');
    expect(m.cue).toBe(true);
  });

  it('keeps an extension', () => {
    const m = one('949-945-0927 ext. 12');
    expect(m.e164).toBe('+19499450927');
    expect(m.ext).toBe('12');
  });

  it('reads international numbers with the page region', () => {
    expect(one('+44 117 925 3311').e164).toBe('+441179253311');
    expect(one('0117 925 3311', 'GB').e164).toBe('+441179253311');
  });

  it('converts toll-free vanity numbers', () => {
    const m = one('Call 1-800-273-TALK');
    expect(m.vanity).toBe(true);
    expect(m.e164).toBe('+18002738255');
    expect(one('1-800-GOT-MILK').e164).toBe('+18004686455');
  });

  it('handles Unicode dashes and no-break spaces without shifting offsets', () => {
    const text = 'Call\u00a0949\u2011945\u20110927 now';
    const m = one(text);
    expect(text.slice(m.start, m.end)).toBe('949\u2011945\u20110927');
    expect(m.e164).toBe('+19499450927');
  });
});

describe('findPhones: labels', () => {
  it('marks fax numbers by the nearest label, before or after', () => {
    const [fax, phone] = findPhones('Fax: 949-945-0928 | Phone: 949-945-0927', 'US');
    expect(fax!.kind).toBe('fax');
    expect(phone!.kind).toBe('phone');
    expect(findPhones('P: 360-647-0525 F: 360-647-0513', 'US').map((m) => m.kind)).toEqual(['phone', 'fax']);
    expect(one('(618) 222-2819 (fax)').kind).toBe('fax');
    expect(findPhones('(618) 222-1942 Fax: (618) 222-2819', 'US').map((m) => m.kind)).toEqual(['phone', 'fax']);
  });

  it('one number labelled for both ("Tel / Fax", "Phone & fax") is a phone number', () => {
    expect(findPhones('Av. Córdoba 1345 Tel / Fax: 011 4811-5555 (líneas rotativas)', 'AR')[0]).toMatchObject({ kind: 'phone', e164: '+541148115555' });
    expect(one('Phone & fax: 949-945-0928').kind).toBe('phone');
    expect(findPhones('Tel: 949-945-0927 Fax: 949-945-0928', 'US').map((m) => m.kind)).toEqual(['phone', 'fax']);
  });

  it('records secondary-line labels', () => {
    expect(one('Billing: 949-812-3344').label).toBe('billing');
  });

  it('finds short codes only with a calling cue', () => {
    const found = findPhones('If you are in crisis, call or text 988, or call 911.', 'US');
    expect(found.map((m) => [m.raw, m.kind])).toEqual([
      ['988', 'short-code'],
      ['911', 'short-code'],
    ]);
    expect(findPhones('Text HOME to 741741', 'US')[0]).toMatchObject({ raw: '741741', kind: 'short-code' });
    expect(raws('The 911 Turbo and 988 horsepower; Room 211.')).toEqual([]);
  });
});

describe('findPhones: placeholders and invalid numbers (still found, flagged)', () => {
  it.each([
    ['+1 555 123 4567', 'sequential'],
    ['123-456-7890', 'sequential'],
    ['Call (949) 555-0142', 'fictional-555'],
    ['+1 5589 55488 55', 'template'],
    ['+012 345 6789', 'template'],
    ['+994 55 000 00 00', 'zeros'],
    ['+880 1234 56789', 'template'],
    ['(xxx) xxx-xxxx', 'letters'],
    ['555-555-5555', 'repeated'],
    ['+44 20 7946 0958', 'fictional'],
  ])('%s', (text, code) => {
    const m = one(text);
    expect(m.placeholder?.code).toBe(code);
    expect(m.valid).toBe(false);
  });

  it('flags N11 exchanges libphonenumber accepts', () => {
    const m = one('Call 949-911-0927');
    expect(m.libValid).toBe(true);
    expect(m.valid).toBe(false);
    expect(m.nanp.map((i) => i.code)).toEqual(['n11-exchange']);
  });

  it('does not call 555-1212 fictional', () => {
    const m = one('Dial (949) 555-1212');
    expect(m.placeholder).toBeNull();
  });

  it('skips a template number glued to a letter instead of matching part of it', () => {
    expect(raws('Call: +1 5589 55488 55s')).toEqual([]);
  });
});

describe('findPhones: never matches these', () => {
  it.each([
    'Newport Beach, CA 92660',
    'Irvine, CA 92618-1234',
    'San Diego, CA 92101',
    'A $75 value',
    'Costs $1,250.00 to $2,499.99',
    'Studies from 2019-2021',
    '619 million to 843 million by 2050',
    'Doses of 0.5-1.0 mg/kg; 1,000-2,000 mg; 5551234567',
    'Published 2024-01-15',
    '08.04.2015 12:46',
    '03/27/2011',
    '2012-01-02 08:00',
    'NPI 1234567890',
    'Reference number 2125550199',
    'ISBN 978-0-306-40615-7',
    'Pages 123-456',
    'Order #4455667788',
    'Room 9-11, 1.5-2.5 mg',
  ])('%s', (text) => {
    expect(raws(text)).toEqual([]);
  });

  it('accepts a bare digit run after a phone keyword', () => {
    expect(raws('Call 9499450927')).toEqual(['9499450927']);
  });

  it('pre-filter rejects ordinary prose cheaply', () => {
    expect(mayContainPhone('Ketamine was approved as an anesthetic in 1970.')).toBe(false);
    expect(mayContainPhone('Call 949-945-0927')).toBe(true);
  });
});

describe('a comma after a number', () => {
  it('starts prose ("24 hours a day"), not an extension', () => {
    const find = findPhones;
    expect(find('Call 1-877-590-4412, 24 hours a day.', 'US').map((p) => [p.raw, p.ext])).toEqual([['1-877-590-4412', null]]);
    expect(find('Call (608) 249-7316, 7 days a week', 'US').map((p) => [p.raw, p.ext])).toEqual([['(608) 249-7316', null]]);
    expect(find('Call (608) 249-7316 ext. 12', 'US')[0]!.ext).toBe('12');
  });
});
