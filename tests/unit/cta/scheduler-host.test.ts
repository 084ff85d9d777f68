import { describe, expect, it } from 'vitest';
import { schedulerOf } from '../../../utils/cta/classify';

describe('schedulerOf', () => {
  it('finishes on hosts without a dot (localhost, <base href="http://fakehost/">)', () => {
    expect(schedulerOf('http://localhost/book')).toBeNull();
    expect(schedulerOf('http://fakehost/p/1')).toBeNull();
  });
  it('finds a scheduler by host suffix', () => {
    expect(schedulerOf('https://calendly.com/clinic/consult')).toBe('calendly.com');
    expect(schedulerOf('https://www.calendly.com/clinic')).toBe('calendly.com');
    expect(schedulerOf('https://clinic.example/book')).toBeNull();
  });
});
