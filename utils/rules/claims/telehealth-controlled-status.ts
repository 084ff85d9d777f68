import type { FindingDraft, Rule } from '../../types';
import { assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { DEA_FLEXIBILITIES_END, DEA_TELEMEDICINE, needsRecheck } from '../../claims-lang/regulatory';
import { findDateMentions } from '../../dates/prose';

const TELE = /\b(?:tele[- ]?health|tele[- ]?medicine|tele[- ]?psychiatry|virtual(?:ly)?|online|video(?:\s+(?:visits?|calls?|appointments?))?|remote(?:ly)?|by\s+(?:video|phone)|without\s+an?\s+in[- ]person|no\s+in[- ]person)\b/i;
const PRESCRIBE = /\bprescri\w+|\bRx\b/i;
const CONTROLLED =
  /\b(?:ketamine|controlled\s+(?:substances?|medications?|drugs?)|schedule\s+(?:II|III|IV|V|2|3|4|5)\b|adderall|stimulants?|buprenorphine|suboxone|benzodiazepines?|xanax|klonopin|ritalin|vyvanse|testosterone|DEA)\b/i;
// The flexibilities' end date named as current: "through 2025", "until December 31, 2024".
const UNTIL = /\b(?:through|thru|until|till|ending|ends?|expir(?:es|ing|e)(?:\s+on)?|extended\s+(?:to|through|until)|valid\s+(?:through|until)|in\s+effect\s+(?:through|until))\s+(?:the\s+end\s+of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\b/gi;
// "Permanent" said of a rule still to come ("a special registration, expected to become the permanent
// framework", "until a permanent rule is finalized") is not a claim that prescribing is permanent.
const HEDGED = /\b(?:expected to|proposed|proposal|would|could|may|might|plans? to|planning to|considering|not yet|has not|hasn't|have not|haven't|awaiting|pending|if (?:it is |they are )?finali[sz]ed|until (?:a|the) permanent|no permanent|future)\b/i;
const PERMANENT = /\b(?:permanent(?:ly)?|indefinite(?:ly)?|for\s+good|here\s+to\s+stay|no\s+longer\s+(?:needs?|requires?)\s+an?\s+in[- ]person)\b/i;
// Ketamine described as not controlled, or in the wrong schedule (it is Schedule III).
const NOT_CONTROLLED = /\bketamine\b[^.;]{0,60}?\b(?:is\s+not|isn['’]t|is\s+no\s+longer)\s+(?:a\s+)?(?:federally\s+)?controlled\b|\b(?:uncontrolled|non-?controlled)\s+(?:substance|medication|drug)[^.;]{0,40}\bketamine\b|\bketamine\b[^.;]{0,40}\b(?:uncontrolled|non-?controlled)\s+(?:substance|medication|drug)\b/i;
const WRONG_SCHEDULE = /\bketamine\b(?:\s+\([^)]*\))?,?\s+(?:is|remains|was)\s+(?:now\s+)?(?:classified\s+as\s+|listed\s+as\s+)?(?:a\s+)?schedule\s+(?:I|II|IV|V|1|2|4|5)\b(?![- ]?(?:I|V|\d))/i;
// History: "In 2023 the DEA extended the flexibilities through 2024."
const HISTORY = /^\s*(?:in|on|back\s+in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b|\b(?:previously|originally|at\s+the\s+time|was\s+set\s+to|had\s+been|were\s+set\s+to|was\s+(?:later\s+)?extended|had\s+extended|first\s+extended|later\s+extended|then\s+extended)\b/i;
// Requiring an in-person visit is always compliant.
const REQUIRES_IN_PERSON = /\b(?:require|requires|required|need|needs)\s+(?:an?\s+)?in[- ]person\b/i;

const rule: Rule = {
  id: 'claims/telehealth-controlled-status',
  category: 'claims',
  severity: 'warning',
  catalog: 'CLM-006',
  title: 'Telehealth prescribing of ketamine / controlled substances misstated',
  description:
    'Finds telehealth-prescribing claims for ketamine or other controlled substances that name an end date already past as current ("through 2025"), call the DEA flexibilities permanent, or say ketamine is not a controlled substance or in the wrong schedule. Historical narration and pages that require an in-person evaluation pass.',
  why:
    'Ketamine is a Schedule III controlled substance (DEA final rule, effective August 12, 1999). Prescribing controlled substances by telehealth without an in-person exam rests on temporary DEA/HHS flexibilities; the fourth extension runs January 1 – December 31, 2026 (90 FR 61301), and no permanent rule had been published. This fact changes: re-check it after December 31, 2026.',
  fix: 'Write: "Under the DEA\'s temporary telemedicine flexibilities (currently through December 31, 2026), …" and re-check the date when it passes. Ketamine is a Schedule III controlled substance.',
  helpUrl: 'https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm',
  sources: [
    { title: 'Federal Register: fourth temporary extension of the DEA telemedicine flexibilities (through December 31, 2026)', url: 'https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm' },
    { title: 'Federal Register: DEA places ketamine in Schedule III (1999)', url: 'https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm' },
    { title: 'McDermott Will & Schulte: DEA telemedicine flexibilities for controlled substances in 2026', url: 'https://www.mwe.com/insights/dea-telemedicine-flexibilities-for-controlled-substances-2026' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    const stalePolicy = needsRecheck(DEA_TELEMEDICINE, ctx.today);
    for (const block of proseBlocks(facts)) {
      if (!CONTROLLED.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        // Ketamine's schedule: any sentence.
        const nc = NOT_CONTROLLED.exec(text) ?? WRONG_SCHEDULE.exec(text);
        if (nc && assertedIn(block, s, nc.index, nc.index + nc[0].length, { window: 0 }) && !HISTORY.test(text)) {
          out.push(
            sentenceDraft(block, s, s.start + nc.index, s.start + nc.index + nc[0].length, {
              severity: 'error',
              message: 'This misstates ketamine\'s legal status. Ketamine (and esketamine) is a Schedule III controlled substance under federal law (DEA final rule, effective August 12, 1999).',
              fix: 'Say "Ketamine is a Schedule III controlled substance."',
              data: { kind: 'schedule' },
            }),
          );
          continue;
        }
        if (!TELE.test(text) || !CONTROLLED.test(text)) continue;
        if (!PRESCRIBE.test(text) && !/\bDEA\b|\bflexibilit/i.test(text)) continue;
        if (REQUIRES_IN_PERSON.test(text)) continue;
        if (HISTORY.test(text)) continue;
        // An end date that has passed, named as the current limit.
        let flagged = false;
        const dated = findDateMentions(text, ctx.now);
        for (const u of text.matchAll(UNTIL)) {
          const at = u.index!;
          const year = u[1]!;
          const exact = dated.find((d) => d.start >= at && d.start <= at + u[0].length);
          const last = exact ? exact.last : `${year}-12-31`;
          if (last >= ctx.today) continue;
          if (!assertedIn(block, s, at, at + u[0].length)) continue;
          out.push(
            sentenceDraft(block, s, s.start + at, s.start + at + u[0].length, {
              message: `This names ${exact ? exact.text : year} as the limit for prescribing controlled substances by telehealth, but that date has passed. The DEA/HHS temporary flexibilities currently run through December 31, 2026 (fourth temporary extension, 90 FR 61301).`,
              data: { kind: 'expired-date', date: last },
            }),
          );
          flagged = true;
          break;
        }
        if (flagged) continue;
        const p = PERMANENT.exec(text);
        if (p && assertedIn(block, s, p.index, p.index + p[0].length) && !HEDGED.test(text.slice(Math.max(0, p.index - 80), p.index))) {
          out.push(
            sentenceDraft(block, s, s.start + p.index, s.start + p.index + p[0].length, {
              message: 'This calls telehealth prescribing of controlled substances permanent. It rests on temporary DEA/HHS flexibilities (currently through December 31, 2026); no permanent special-registration rule has been finalized.',
              data: { kind: 'permanent' },
            }),
          );
          continue;
        }
        // After the current extension ends, any present-tense "no in-person visit needed" is unverified.
        if (stalePolicy && /\b(?:no|without\s+an?)\s+in[- ]person\b/i.test(text) && ctx.today > DEA_FLEXIBILITIES_END) {
          const m = /\b(?:no|without\s+an?)\s+in[- ]person\b[^.;]{0,30}/i.exec(text)!;
          out.push(
            sentenceDraft(block, s, s.start + m.index, s.start + m.index + m[0].length, {
              message: `This says controlled substances can be prescribed by telehealth without an in-person visit, but the DEA flexibilities this relies on ran through ${DEA_FLEXIBILITIES_END}. Check the current DEA rule before keeping it.`,
              data: { kind: 'flexibilities-expired' },
            }),
          );
        }
      }
    }
    return out;
  },
};

export default rule;
