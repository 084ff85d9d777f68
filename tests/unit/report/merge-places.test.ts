import { describe, expect, it } from 'vitest';
import { mergeRepeatedPlaces } from '@/utils/report/build';
import type { Finding } from '@/utils/types';

const finding = (id: string, selector: string, context: string, message = 'The number 702-825-6887 is plain text.', severity: Finding['severity'] = 'error'): Finding => ({
  id,
  ruleId: 'phone/unlinked-number',
  category: 'phone',
  severity,
  scope: 'element',
  message,
  excerpt: '702-825-6887',
  context,
  selector,
  fix: 'Wrap it in a tel: link.',
  helpUrl: '',
  data: {},
});

describe('mergeRepeatedPlaces: one defect, one finding', () => {
  it('the same template line in the header and the footer is one finding with both places', () => {
    const out = mergeRepeatedPlaces([finding('a', 'header p', 'Call Us: 702-825-6887'), finding('b', 'footer div', 'Call Us: 702-825-6887')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.data.places).toEqual(['header p', 'footer div']);
    expect(out[0]!.message).toMatch(/appears 2 times on this page\.$/);
  });

  it('the same line worded differently (read as a call to action in one place) is still one finding', () => {
    const out = mergeRepeatedPlaces([
      finding('a', 'header p', 'Call Us: 702-825-6887'),
      finding('b', 'section p', 'Call Us: 702-825-6887', '"Call Us: 702-825-6887" asks readers to call, but the number is plain text.'),
    ]);
    expect(out).toHaveLength(1);
  });

  it('a sentence of an article that uses the template number is a finding of its own', () => {
    const sentence = 'To start with, a visit to the orthodontist at Streamline Decatur or a call at 702-825-6887 will be necessary for you to receive braces at our office.';
    const out = mergeRepeatedPlaces([finding('a', 'header p', 'Call Us: 702-825-6887'), finding('b', 'article p', sentence)]);
    expect(out.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('different severities are different problems (a scripted "#" button and a dead one)', () => {
    const out = mergeRepeatedPlaces([finding('a', 'main a:nth-of-type(1)', 'Book now', 'm1', 'warning'), finding('b', 'main a:nth-of-type(2)', 'Book now', 'm2', 'error')]);
    expect(out).toHaveLength(2);
  });
});
