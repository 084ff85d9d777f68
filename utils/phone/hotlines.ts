// Numbers that appear on clinic pages but are not the clinic's own line (catalog PHN-008 FP traps):
// crisis lines, national helplines, REMS programmes, poison control, FDA MedWatch. They are never a
// "conflicting" clinic number, and short codes among them are never "invalid".

/** E.164 of well-known US helplines and programme lines. */
export const HOTLINE_NUMBERS: ReadonlyMap<string, string> = new Map([
  ['+18553826022', 'Spravato REMS'],
  ['+18002738255', 'National Suicide Prevention Lifeline (now 988)'],
  ['+18006624357', 'SAMHSA National Helpline'],
  ['+18002221222', 'Poison Control'],
  ['+18007997233', 'National Domestic Violence Hotline'],
  ['+18009506264', 'NAMI HelpLine'],
  ['+18664887386', 'The Trevor Project'],
  ['+18779853939', 'Crisis line'],
  ['+18003321088', 'FDA MedWatch'],
  ['+18009855990', 'Disaster Distress Helpline'],
  ['+18775658860', 'Trans Lifeline'],
  ['+18006564673', 'RAINN National Sexual Assault Hotline'],
  ['+18883331088', 'FDA'],
]);

/** Words near a number that say it is not the clinic's own line. */
export const HOTLINE_CONTEXT = /\b(?:crisis|suicide|lifeline|hotline|helpline|help line|rems|poison|poisons centre|medwatch|fda|samhsa|nami|emergenc(?:y|ies)|988|911|veterans crisis|trevor|domestic violence|healthline|healthdirect|nhs 111|plunket(?:line)?|quitline|telehealth ontario|health ?link|811)\b/i;

export function hotlineName(e164: string | null | undefined): string | null {
  return e164 ? (HOTLINE_NUMBERS.get(e164) ?? null) : null;
}
