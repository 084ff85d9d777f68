// English: dates in prose are read by utils/dates/prose.ts's fast path and chrono-node; byline labels
// by utils/dates/byline.ts; a CMS's relative date line is here. The month names (for messages and checks) come from the platform.
import type { DateVocabulary } from '../types';
import { monthNames } from '../calendar';

export const dates: DateVocabulary = {
  months: monthNames('en', { 8: ['sep'] }),
  dayMonthYear: null,
  monthYear: null,
  bylineLabel: null,
  modifiedWord: /^(updated|modified|revised|edited)/i,
  reviewedWord: /^(reviewed|checked|verified)/i,
  bylineGap: null,
  relativeLine: {
    pattern: /\b(?:last\s+)?(updated|modified|reviewed|published|posted)\s*:?\s+(?:on\s+)?(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b/i,
    numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
    units: { day: 'day', week: 'week', month: 'month', year: 'year' },
  },
};
