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
    'Flags a health article with no visible "Medically reviewed by … on DATE" statement and no reviewedBy / lastReviewed in its JSON-LD (MedicalWebPage).',
  why: 'schema.org reviewedBy: "People or organizations that have reviewed the content … for accuracy"; lastReviewed: "Date on which the content … was last reviewed" [S5]. The NHS health-content standard asks teams to "get clinical … experts to review and approve content" [S6] (rule catalog TRS-003).',
  fix: 'Add a review line under the title ("Medically reviewed by Dr. A. Patel, MD — Oct 2, 2026") and the matching reviewedBy and lastReviewed properties in MedicalWebPage JSON-LD.',
  helpUrl: 'https://schema.org/reviewedBy',
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
