// One calendar for the engine: seasons by hemisphere, Mother's Day by country, Easter.
import { describe, expect, it } from 'vitest';
import { easter, mothersDay, seasonEnd, southernHemisphere } from '../../../utils/locale/calendar';

describe('calendar', () => {
  it('Easter (known dates)', () => {
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2025)).toBe('2025-04-20');
    expect(easter(2019)).toBe('2019-04-21');
  });

  it("Mother's Day by country", () => {
    expect(mothersDay(2024, 'US')).toBe('2024-05-12');
    expect(mothersDay(2024, 'MX')).toBe('2024-05-10');
    expect(mothersDay(2024, 'ES')).toBe('2024-05-05');
    expect(mothersDay(2024, 'AR')).toBe('2024-10-20');
    expect(mothersDay(2024, 'GB')).toBe('2024-03-10');
    expect(mothersDay(2024, 'AU')).toBe('2024-05-12');
  });

  it('seasons end half a year apart in the two hemispheres', () => {
    expect(southernHemisphere('AU')).toBe(true);
    expect(southernHemisphere('US')).toBe(false);
    expect(seasonEnd('summer', 2024, 'US')).toBe('2024-09-22');
    expect(seasonEnd('summer', 2024, 'AU')).toBe('2025-03-19');
    expect(seasonEnd('winter', 2024, 'NZ')).toBe('2024-09-22');
    expect(seasonEnd('winter', 2024, 'GB')).toBe('2025-03-20');
    // a promotion for Argentina's Mother's Day (October) ends that day, not with May
    expect(seasonEnd('mother', 2024, 'AR')).toBe('2024-10-20');
    expect(seasonEnd('mother', 2024, 'US')).toBe('2024-05-31');
  });
});
