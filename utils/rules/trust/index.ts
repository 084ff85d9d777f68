import type { Rule } from '../../types';
import missingAuthor from './missing-author';
import missingCredentials from './missing-credentials';
import missingMedicalReview from './missing-medical-review';
import uncitedStatistic from './uncited-statistic';
import vagueAttribution from './vague-attribution';
import missingContact from './missing-contact';
import placeholderContact from './placeholder-contact';
import boardCertificationUnnamed from './board-certification-unnamed';
import missingDisclaimer from './missing-disclaimer';

// Catalog §1D (TRS-001…007), the placeholder-contact check (TRS-006's evidence), and CMP-012.
export const trustRules: Rule[] = [
  missingAuthor,
  missingCredentials,
  missingMedicalReview,
  uncitedStatistic,
  vagueAttribution,
  missingContact,
  placeholderContact,
  boardCertificationUnnamed,
  missingDisclaimer,
];
