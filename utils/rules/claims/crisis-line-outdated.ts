import type { FindingDraft, Rule } from '../../types';
import { proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

const OLD_LINE = /\bnational\s+suicide\s+prevention\s+(?:life\s*line|hotline)\b|(?<![\d-])(?:\+?1[\s.-]?)?\(?800\)?[\s.-]?273[\s.-]?(?:8255|TALK)\b/i;
// 988 as a crisis number ("call or text 988", "988 Suicide & Crisis Lifeline", tel:988), not part of a longer number.
const NEW_LINE = /(?<![\d$.,/-])\b988\b(?![\d]|[-.,/]\d|\s*(?:mg|ml|%|million|billion))/;
// Pages about the Lifeline's history: "formerly the National Suicide Prevention Lifeline", "was renamed".
const HISTORY = /\b(?:formerly|previously|renamed|re-?branded|replaced|transition\w*|became|now\s+(?:called|known|the\s+988)|was\s+(?:known|called)|old\s+(?:number|name)|used\s+to\s+be|still\s+(?:works|routes|connects|available))\b/i;

const rule: Rule = {
  id: 'claims/crisis-line-outdated',
  category: 'claims',
  severity: 'warning',
  catalog: 'CLM-008',
  title: 'Old crisis line given instead of 988',
  description:
    'Finds "National Suicide Prevention Lifeline" or 1-800-273-8255 (TALK) given as the crisis resource on a page that never mentions 988. On a page that also gives 988, only the old name is reported (as a note). Text about the Lifeline\'s history ("formerly the National Suicide Prevention Lifeline") passes. The Veterans Crisis Line ("988, press 1") is current.',
  why:
    'The 988 Suicide & Crisis Lifeline launched July 16, 2022. The old 10-digit number still forwards calls, so it is not broken, but 988 (call or text) is the number people in crisis should be given today.',
  fix: 'Give the current resource first: "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or call 911."',
  helpUrl: 'https://theactionalliance.org/messaging/public-messaging',
  sources: [
    { title: 'National Action Alliance for Suicide Prevention: public messaging about 988', url: 'https://theactionalliance.org/messaging/public-messaging' },
    { title: 'California CCJBH: Dial 988 for 24-hour emotional support (July 2022)', url: 'https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    const has988 = facts.blocks.some((b) => NEW_LINE.test(b.text)) || facts.links.some((l) => /^(?:tel|sms):\s*(?:\+?1)?988\b/i.test((l.href ?? '').trim()));
    for (const block of proseBlocks(facts, { skipQuoted: true })) {
      if (!/suicide|273/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        if (HISTORY.test(s.text)) continue;
        const m = OLD_LINE.exec(s.text);
        if (!m) continue;
        // With 988 on the page only the old name is left to fix ("the National Suicide Prevention
        // Lifeline at 988"): the line works, its name is out of date.
        const oldName = !/\d/.test(m[0]);
        if (has988 && !oldName) continue;
        out.push(
          sentenceDraft(block, s, s.start + m.index, s.start + m.index + m[0].length, {
            message: has988
              ? `"${m[0]}" is the crisis line's old name: since July 16, 2022 it is the 988 Suicide & Crisis Lifeline (call or text 988).`
              : `The page gives "${m[0]}" as the crisis resource and never mentions 988. Since July 16, 2022 the 988 Suicide & Crisis Lifeline (call or text 988) is the national crisis line; the old number still routes there.`,
            ...(has988 ? { severity: 'info' as const, fix: 'Call it by its current name: "the 988 Suicide & Crisis Lifeline (call or text 988)".' } : {}),
            data: { phrase: m[0] },
          }),
        );
        break;
      }
    }
    return out;
  },
};

export default rule;
