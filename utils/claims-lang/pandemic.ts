// Wording of pandemic-era notices (English). Clinics posted these in 2020–2022 — "our office hours are
// limited", "by appointment only, with a locked door", "please wear a mask", "during this difficult
// time" — and many are still live. The operations they describe ended with the emergency.

/** Words that put a page or paragraph in the pandemic. */
export const PANDEMIC = /\b(?:covid(?:-?19)?|coronavirus|sars-cov-2|pandemic|lockdowns?|social(?:ly)? distanc\w*|shelter[- ]in[- ]place|stay[- ]at[- ]home order)\b/i;

// The world or the practice reopening, in the present: "Now that things are reopening", "our offices
// have reopened". Part of both lists below.
const NOW_REOPENING = String.raw`\bnow that (?:things|businesses|offices|practices|restrictions|the (?:state|city|country|province)) (?:are|have) (?:re-?open\w*|lift\w*|eas\w*)`;
const PRACTICE_REOPENED = String.raw`\b(?:our )?(?:office|offices|clinic|clinics|practice) (?:has|have|is|are) (?:now )?re-?open(?:ed|ing)\b`;

/**
 * Present- or future-tense statements about how the practice operates because of it, or the
 * situation as current. Past narration ("During the pandemic we offered…") does not match.
 */
export const PANDEMIC_OPERATIONS = new RegExp(
  [
    String.raw`\b(?:by )?appointments? only\b`,
    String.raw`\blocked[- ]door\b`,
    String.raw`\b(?:limited|reduced|restricted) (?:hours|opening hours|capacity|number of (?:patients|people|visitors))\b`,
    String.raw`\b(?:office |opening )?hours (?:are|have been|will be) (?:limited|reduced|changed|restricted)\b`,
    String.raw`\buntil further notice\b`,
    String.raw`\b(?:masks?|face coverings?) (?:are|is|must|will|should)\b`,
    String.raw`\b(?:wear|wearing) (?:a |your )?(?:masks?|face coverings?)\b`,
    String.raw`\b(?:temperature checks?|screening questions?|pre-?screening|curbside)\b`,
    String.raw`\bas (?:the )?restrictions (?:are|ease|lift)`,
    String.raw`\brestrictions (?:are|have been|will be) (?:lifted|eased|relaxed)\b`,
    String.raw`\b(?:during|in|through) (?:this|these) (?:difficult|challenging|uncertain|unprecedented|trying) times?\b`,
    String.raw`\bstay (?:safe|home)\b`,
    String.raw`\bwe (?:are|will be|have) (?:now |temporarily |currently )?(?:re-?opened|re-?opening|closed|open again|able to (?:take|see|offer|resume))\b`,
    NOW_REOPENING,
    PRACTICE_REOPENED,
    String.raw`\b(?:we )?(?:request|ask) that you (?:do the same|wear|wait|call|stay)\b`,
    String.raw`\bresum(?:e|ing) (?:routine|normal|elective|non-?urgent)\b`,
  ].join('|'),
  'gi',
);

/** Past narration of the pandemic: the sentence tells what happened then. */
export const PANDEMIC_PAST = /\b(?:during the (?:covid(?:-?19)? )?pandemic,? (?:we|our|the|many|most)\b[^.]*\b(?:was|were|had|did|offered|saw|closed|moved|switched|learned)\b|back in 20[12]\d|in 202[0-2],)/i;

/**
 * Operations no page would state in the present tense after the emergency: the practice reopening,
 * staff screened at the door. They mark a notice even on a page whose date says it was written later
 * (a CMS re-dates pages it migrates), where masks or "stay safe" could be today's advice.
 */
export const PANDEMIC_ONLY_OPERATIONS = new RegExp(
  [NOW_REOPENING, PRACTICE_REOPENED, String.raw`\bwe(?:'ve|’ve| have| are) (?:now )?re-?open(?:ed|ing)\b`, String.raw`\btemperature checks?\b`].join('|'),
  'i',
);
