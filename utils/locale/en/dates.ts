// English: dates in prose are read by utils/dates/prose.ts's fast path and chrono-node; byline labels
// by utils/dates/byline.ts. The month names (for messages and checks) come from the platform.
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
};
