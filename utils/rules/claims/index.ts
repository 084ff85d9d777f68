import type { Rule } from '../../types';
import ketamineFdaStatus from './ketamine-fda-status';
import spravatoIndicationOverreach from './spravato-indication-overreach';
import spravatoAdjunctOnlyOutdated from './spravato-adjunct-only-outdated';
import remsFactsWrong from './rems-facts-wrong';
import compoundedKetamineSafety from './compounded-ketamine-safety';
import telehealthControlledStatus from './telehealth-controlled-status';
import phePresentTense from './phe-present-tense';
import crisisLineOutdated from './crisis-line-outdated';
import ivDiseaseClaims from './iv-disease-claims';
import absoluteEfficacy from './absolute-efficacy';
import absoluteSafety from './absolute-safety';
import fdaStatusMisuse from './fda-status-misuse';
import unsupportedEfficacyNumber from './unsupported-efficacy-number';
import weakQualifier from './weak-qualifier';
import testimonialTypicality from './testimonial-typicality';
import incentivizedReviews from './incentivized-reviews';
import superiority from './superiority';
import offLabelUndisclosed from './off-label-undisclosed';
import missingCrisisResources from './missing-crisis-resources';
import unsafeSuicideLanguage from './unsafe-suicide-language';
import stigmatizingLanguage from './stigmatizing-language';
import trackingPixels from './tracking-pixels';

// Catalog §1B (CLM-001…009) then §1C (CMP-001…016; CMP-012 lives in trust/missing-disclaimer).
export const claimsRules: Rule[] = [
  ketamineFdaStatus,
  spravatoIndicationOverreach,
  spravatoAdjunctOnlyOutdated,
  remsFactsWrong,
  compoundedKetamineSafety,
  telehealthControlledStatus,
  phePresentTense,
  crisisLineOutdated,
  ivDiseaseClaims,
  absoluteEfficacy,
  absoluteSafety,
  fdaStatusMisuse,
  unsupportedEfficacyNumber,
  weakQualifier,
  testimonialTypicality,
  incentivizedReviews,
  superiority,
  offLabelUndisclosed,
  missingCrisisResources,
  unsafeSuicideLanguage,
  stigmatizingLanguage,
  trackingPixels,
];
