// Stale content (catalog §1A). STL-008 fake-freshness needs visit history and is not a page rule.
import type { Rule } from '../../types';
import datedStatistic from './dated-statistic';
import projectionWithoutSourceYear from './projection-without-source-year';
import relativeTimeOnOldPage from './relative-time-on-old-page';
import missingVisibleDate from './missing-visible-date';
import missingStructuredDates from './missing-structured-dates';
import dateDisagreement from './date-disagreement';
import reviewOverdue from './review-overdue';
import copyrightYear from './copyright-year';
import expiredOffer from './expired-offer';
import yearInTitleOrUrl from './year-in-title-or-url';
import supersededFact from './superseded-fact';
import supersededStatistic from './superseded-statistic';
import kbRecheckDue from './kb-recheck-due';
import pandemicNotice from './pandemic-notice';

export const staleRules: Rule[] = [
  datedStatistic,
  projectionWithoutSourceYear,
  relativeTimeOnOldPage,
  missingVisibleDate,
  missingStructuredDates,
  dateDisagreement,
  reviewOverdue,
  copyrightYear,
  expiredOffer,
  yearInTitleOrUrl,
  supersededFact,
  supersededStatistic,
  kbRecheckDue,
  pandemicNotice,
];
