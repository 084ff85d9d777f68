import type { Rule } from '../../types';
import { isHealthPage, pageText } from '../../claims-lang/scan';

// "not medical advice", "for informational purposes only", "consult your doctor", "does not replace…".
const DISCLAIMER =
  /\bnot\s+(?:\w+\s+){0,3}(?:medical|professional|health(?:care)?|clinical)\s+advice\b|\bnot\s+(?:a\s+)?(?:substitute|replacement)\s+for\b|\b(?:does|do|should)\s+not\s+(?:replace|substitute|constitute|establish|take\s+the\s+place\s+of)\b|\bfor\s+(?:general\s+)?(?:informational|information|educational|education)(?:\s+and\s+(?:informational|educational))?\s+purposes(?:\s+only)?\b|\b(?:general|educational)\s+information\s+only\b|\b(?:consult|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with|ask)\s+(?:with\s+)?(?:your|a|an|our)\s+(?:own\s+)?(?:qualified\s+|licensed\s+)?(?:doctor|physician|healthcare\s+provider|health\s+care\s+provider|health\s+professional|healthcare\s+professional|medical\s+professional|clinician|provider|pharmacist|dentist|psychiatrist|care\s+team)\b|\bseek\s+(?:the\s+)?(?:advice|guidance)\s+of\b|\bmedical\s+disclaimer\b/i;

const rule: Rule = {
  id: 'trust/missing-disclaimer',
  category: 'trust',
  severity: 'info',
  catalog: 'CMP-012',
  title: 'Health article without a medical disclaimer',
  description:
    'Flags a health article with no "not medical advice / for informational purposes / consult your clinician" statement anywhere on the page; a disclaimer in the site footer counts.',
  why:
    'Google\'s quality raters hold health pages to a higher standard of trust, and site-audit guidance for health pages recommends a "not medical advice" disclaimer. One line tells readers the article does not replace a visit.',
  fix: 'Add one line at the end of the article or in the footer: "This article is educational and not a substitute for medical advice. Talk with your clinician about your situation."',
  helpUrl: 'https://docs.squirrelscan.com/rules/eeat/ymyl-detection',
  sources: [
    { title: 'Site-audit rule guide: extra trust signals for health pages, such as a "not medical advice" disclaimer', url: 'https://docs.squirrelscan.com/rules/eeat/ymyl-detection' },
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
  ],
  runsOn: 'article',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    if (DISCLAIMER.test(pageText(facts))) return [];
    return [{ scope: 'page', message: 'The article gives health information without saying it is not medical advice or suggesting readers talk with their clinician.' }];
  },
};

export default rule;
