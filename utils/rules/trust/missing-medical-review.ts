import type { Rule } from '../../types';
import { isHealthPage } from '../../claims-lang/scan';
import { authorship } from '../../claims-lang/authorship';

const rule: Rule = {
  id: 'trust/missing-medical-review',
  category: 'trust',
  severity: 'info',
  catalog: 'TRS-003',
  title: 'No medical review statement',
  description:
    'Flags a health article with no visible "Medically reviewed by … on DATE" line and no reviewer or review date in its business details for search engines (reviewedBy or lastReviewed in MedicalWebPage JSON-LD).',
  why:
    'A "medically reviewed by" line tells readers a clinician checked the page for accuracy, and the NHS standard for health content asks teams to "get clinical … experts to review and approve content". The schema.org reviewedBy and lastReviewed properties tell search engines the same.',
  fix: 'Add a review line under the title, for example "Medically reviewed by [name], [credentials] on [date]", and the matching reviewedBy and lastReviewed properties in the page\'s structured data (MedicalWebPage JSON-LD).',
  helpUrl: 'https://schema.org/reviewedBy',
  sources: [
    { title: 'schema.org: reviewedBy (who reviewed a page for accuracy)', url: 'https://schema.org/reviewedBy' },
    { title: 'schema.org: lastReviewed (when a page was last reviewed)', url: 'https://schema.org/lastReviewed' },
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
  ],
  runsOn: 'article',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    const a = authorship(facts);
    if (a.reviewers.length || a.reviewStatement || a.jsonLdReviewed || ctx.dates.reviewed) return [];
    return [
      {
        scope: 'page',
        message: 'The article says nothing about medical review: no "Medically reviewed by … on …" line and no reviewedBy or lastReviewed data, so readers cannot tell whether a clinician checked it or when.',
      },
    ];
  },
};

export default rule;
