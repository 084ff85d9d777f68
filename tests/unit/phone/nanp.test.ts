import { describe, expect, it } from 'vitest';
import { nanpIssues, placeholderOf } from '../../../utils/phone/nanp';

const codes = (d: string) => nanpIssues(d).map((i) => i.code);

describe('NANP structure (catalog §3)', () => {
  it('accepts well-formed numbers', () => {
    expect(codes('9499450927')).toEqual([]);
    expect(codes('19499450927')).toEqual([]);
  });
  it('rejects area codes and exchanges starting with 0/1, N9X area codes, wrong length', () => {
    expect(codes('1499450927')).toContain('npa-leading-0-1');
    expect(codes('9490450927')).toContain('nxx-leading-0-1');
    expect(codes('2929450927')).toContain('npa-n9x');
    expect(codes('949945092')).toEqual(['length']);
  });
  it('rejects N11 exchanges in geographic area codes only (911 never)', () => {
    expect(codes('9499110927')).toEqual(['n11-exchange']);
    expect(codes('9494111234')).toEqual(['n11-exchange']);
    expect(codes('8004111234')).toEqual([]);
    expect(codes('8009111234')).toEqual(['n11-exchange']);
  });
  it('knows the fictional 555-0100…0199 range', () => {
    expect(codes('9495550100')).toEqual(['fictional-555']);
    expect(codes('2125550199')).toEqual(['fictional-555']);
    expect(codes('9495550200')).toEqual([]);
    expect(codes('9495551212')).toEqual([]);
  });
});

describe('placeholders', () => {
  const code = (raw: string, nsn?: string, cc?: string) => placeholderOf(raw, raw.replace(/\D/g, ''), nsn, cc)?.code ?? null;
  it.each([
    ['123-456-7890', 'sequential'],
    ['+1-800-123-4567', 'sequential'],
    ['+1 5589 55488 55', 'template'],
    ['+1 6678 254445 41', 'template'],
    ['+012 345 6789', 'template'],
    ['+012 345 67890', 'template'],
    ['+1-800-654-3210', 'template'],
    ['000-000-0000', 'zeros'],
    ['(555) 555-5555', 'repeated'],
    ['(xxx) xxx-xxxx', 'letters'],
    ['949-XXX-XXXX', 'letters'],
    ['(949) 555-0142', 'fictional-555'],
  ])('%s is a %s placeholder', (raw, c) => {
    expect(code(raw)).toBe(c);
  });
  it('knows Ofcom drama numbers', () => {
    expect(code('+44 20 7946 0958', '2079460958', '44')).toBe('fictional');
    expect(code('+44 117 925 3311', '1179253311', '44')).toBeNull();
  });
  it('leaves real-looking numbers alone', () => {
    for (const raw of ['949-945-0927', '(877) 788-6342', '510-526-9212', '+263 717 351 107', '+91 92266 80164', '555-1212']) expect(code(raw), raw).toBeNull();
  });
});
