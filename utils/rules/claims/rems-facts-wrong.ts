import type { FindingDraft, Rule, TextBlock } from '../../types';
import type { Sentence } from '../../text/sentences';
import { ESKETAMINE_1, KETAMINE_1 } from '../../claims-lang/terms';
import { contentText, assertedIn, pageDraft, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { REMS_MIN_MONITORING_MINUTES } from '../../claims-lang/regulatory';

const NUM_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  'forty-five': 45, 'forty five': 45, sixty: 60, ninety: 90, half: 0.5,
};
const NUM = '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty(?:[- ]five)?|sixty|ninety|half\\s+an?)';
// "monitored for 1 hour", "observation period of 30 minutes", "stay with us for about an hour".
const MONITORING = new RegExp(
  `\\b(?:monitor\\w*|observ\\w*|watch\\w*|stay\\w*|remain\\w*|recover\\w*|rest\\w*|wait\\w*|supervis\\w*)\\b[^.;]{0,40}?\\b(?:for|of|about|approximately|around|roughly|just|only|up\\s+to)?\\s*(?:about|approximately|around|roughly|just|only)?\\s*${NUM}[- ]?(?:(minutes?|mins?)|(hours?|hrs?))\\b`,
  'gi',
);
// "a 1-hour Spravato session", "30-minute appointment".
const SESSION = new RegExp(`\\b${NUM}[- ](?:(minute|min)|(hour|hr))(?:s)?(?:[- ]long)?\\s+(?:\\w+\\s+){0,2}(?:session|visit|appointment|treatment|observation|monitoring)\\b`, 'gi');
// "you can drive yourself home", "patients may drive afterwards", "okay to drive after".
const DRIVE =
  /\b(?:(?:you|patients?|they|most\s+people)\s+(?:\w+\s+)?(?:can|may|are\s+able\s+to|will\s+be\s+able\s+to|are\s+free\s+to|are\s+allowed\s+to|are\s+cleared\s+to)\s+drive|(?:ok(?:ay)?|fine|safe|able|cleared)\s+to\s+drive|drive\s+(?:yourself|themselves|himself|herself)\s+home|drive\s+home\s+(?:right\s+)?(?:after|afterwards|afterward|immediately|the\s+same\s+day))\b/i;
// "no special certification is needed", "any pharmacy can dispense it", "pick it up at your pharmacy".
const NO_REMS =
  /\b(?:no\s+(?:special\s+)?(?:certification|REMS|registration|enrollment|special\s+setting)\s+(?:is\s+)?(?:needed|required|necessary)|(?:any|your\s+(?:local\s+)?)(?:doctor|provider|pharmacy|clinic|prescriber)\s+can\s+(?:prescribe|dispense|give|administer|provide)|pick\s+(?:it\s+)?up\s+(?:it\s+)?(?:at|from)\s+(?:your|any|a)\s+(?:local\s+)?pharmacy|fill(?:ed)?\s+(?:it\s+)?at\s+(?:your|any)\s+(?:local\s+)?pharmacy)\b/i;
// Next-day wording that makes a "drive" sentence correct: "can drive the next day after a restful sleep".
const NEXT_DAY = /\b(?:next|following)\s+(?:day|morning)|\btomorrow\b|\bafter\s+a\s+(?:restful|full\s+night['’]?s?)\s+sleep\b|\buntil\s+the\s+next\b/i;
// Risk words the REMS names, and respiratory depression itself.
const RISK = /\b(?:sedation|sedated|dissociat\w*|blood\s+pressure|hypertension|abuse|misuse)\b/gi;
const RESPIRATORY = /\brespiratory\s+depression|\bbreath(?:ing|e)\b|\b(?:slowed|slow|shallow|depressed|decreased|reduced)\s+breathing|\bbreathing\s+(?:problems?|difficult\w*|changes?)|\brespirat\w*/i;

function minutesOf(num: string, isMinutes: boolean): number {
  const n = /^\d/.test(num) ? parseFloat(num) : NUM_WORDS[num.toLowerCase().replace(/\s+an?$/, '')] ?? NaN;
  return isMinutes ? n : n * 60;
}

const rule: Rule = {
  id: 'claims/rems-facts-wrong',
  category: 'claims',
  severity: 'error',
  catalog: 'CLM-004',
  title: 'Spravato REMS facts misstated',
  description:
    'In sentences about Spravato (esketamine), finds a monitoring period under 2 hours, "you can drive home", or "no special certification needed"; and, once per page, a list of Spravato risks (sedation, dissociation…) that never mentions respiratory depression (slowed breathing). Ketamine infusion protocols are not checked: their recovery times are set by the clinic.',
  why:
    'The Spravato REMS, the safety program the FDA requires, says "patients are monitored for at least two hours and until resolution of sedation, dissociation and respiratory depression", in a certified setting with a prescriber on site and a pulse oximeter, and patients must not drive until the next day (FDA REMS page, updated 12/31/2024). The label warns of "sedation, dissociation, and respiratory depression".',
  fix: 'State the REMS facts: "You will be monitored in our office for at least 2 hours; arrange a ride home — no driving until the next day after a restful sleep." List respiratory depression with sedation and dissociation.',
  helpUrl: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386',
  sources: [
    { title: 'FDA: Spravato REMS (the required safety program) and its monitoring rules', url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386' },
    { title: 'Spravato REMS: requirements for certified outpatient healthcare settings', url: 'https://www.spravatorems.com/outpatient-hcs.html' },
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    let riskExample: { block: TextBlock; s: Sentence } | null = null;
    for (const block of proseBlocks(facts)) {
      if (!ESKETAMINE_1.test(block.text)) continue;
      const ss = sentencesOf(block);
      let spravatoInBlock = false;
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        const text = s.text;
        if (ESKETAMINE_1.test(text)) spravatoInBlock = true;
        // Only Spravato sentences, or sentences continuing a Spravato paragraph without naming ketamine.
        const about = ESKETAMINE_1.test(text) || (spravatoInBlock && !KETAMINE_1.test(text) && !/\binfusion|\bIV\b/i.test(text));
        if (!about) continue;
        const problems: Array<{ start: number; end: number; what: string }> = [];
        for (const re of [MONITORING, SESSION]) {
          re.lastIndex = 0;
          for (const m of text.matchAll(re)) {
            const mins = minutesOf(m[1]!, !!m[2]);
            if (!(mins > 0 && mins < REMS_MIN_MONITORING_MINUTES)) continue;
            // "at least 2 hours" is right; "the spray takes 5 minutes, then 2 hours of monitoring" is about dosing.
            if (/\b(?:at\s+least|minimum\s+of|no\s+less\s+than|more\s+than)\s*$/i.test(text.slice(Math.max(0, m.index! - 20), m.index! + m[0].indexOf(m[1]!)))) continue;
            if (/\b(?:spray|dose|doses|administer\w*|inhal\w*|sniff|device|nostril)\b/i.test(m[0])) continue;
            if (!assertedIn(block, s, m.index!, m.index! + m[0].length)) continue;
            problems.push({ start: m.index!, end: m.index! + m[0].length, what: `a monitoring period of ${m[1]} ${m[2] ?? m[3]}` });
          }
        }
        const d = DRIVE.exec(text);
        if (d && !NEXT_DAY.test(text) && assertedIn(block, s, d.index, d.index + d[0].length)) {
          problems.push({ start: d.index, end: d.index + d[0].length, what: 'that patients can drive after the session' });
        }
        const r = NO_REMS.exec(text);
        if (r && assertedIn(block, s, r.index, r.index + r[0].length)) {
          problems.push({ start: r.index, end: r.index + r[0].length, what: 'that no REMS certification or certified setting is needed' });
        }
        if (problems.length) {
          const first = problems.reduce((a, b) => (a.start <= b.start ? a : b));
          const last = problems.reduce((a, b) => (a.end >= b.end ? a : b));
          out.push(
            sentenceDraft(block, s, s.start + first.start, s.start + last.end, {
              message: `This Spravato sentence states ${problems.map((p) => p.what).join(' and ')}. Under the Spravato REMS, patients are monitored in a certified healthcare setting for at least 2 hours and until sedation, dissociation and respiratory depression resolve, and must not drive until the next day.`,
              data: { problems: problems.map((p) => p.what) },
            }),
          );
        }
        if (!riskExample) {
          const risks = new Set((text.match(RISK) ?? []).map((x) => x.toLowerCase().slice(0, 6)));
          if (risks.size >= 2) riskExample = { block, s };
        }
      }
    }
    if (riskExample && !RESPIRATORY.test(contentText(facts))) {
      out.push(
        pageDraft({
          severity: 'info',
          excerpt: riskExample.s.text,
          message:
            'The page lists Spravato risks (sedation, dissociation…) but never mentions respiratory depression, which the label and REMS name alongside them and which patients are monitored for.',
          fix: 'Add respiratory depression to the list: "Spravato can cause sedation, dissociation and respiratory depression, so you will be monitored for at least 2 hours."',
          data: { kind: 'respiratory-depression-omitted' },
        }),
      );
    }
    return out;
  },
};

export default rule;
