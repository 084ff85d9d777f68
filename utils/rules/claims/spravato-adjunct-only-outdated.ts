import type { FindingDraft, Rule } from '../../types';
import { ESKETAMINE_1, KETAMINE_1 } from '../../claims-lang/terms';
import { assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { isNegated } from '../../text/negation';
import { SPRAVATO_MONOTHERAPY } from '../../claims-lang/regulatory';

// "must be taken with an oral antidepressant", "only approved in conjunction with an oral antidepressant",
// "used alongside an oral antidepressant", "as an add-on to an antidepressant", "adjunctive treatment".
const ADJUNCT =
  /\b(?:(?:must|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|should|required\s+to)\s+be\s+(?:used|taken|given|administered|prescribed|combined|paired)\s+(?:\w+\s+)?(?:with|in\s+conjunction\s+with|alongside|together\s+with|along\s+with|in\s+combination\s+with)|(?:only|exclusively)\s+(?:\w+\s+){0,3}(?:approved|indicated|used|prescribed|available|given)\s+(?:\w+\s+){0,2}(?:with|in\s+conjunction\s+with|alongside|together\s+with|along\s+with|in\s+combination\s+with|as\s+an?\s+(?:add[- ]on|adjunct\w*))|(?:in\s+conjunction\s+with|alongside|together\s+with|along\s+with|in\s+combination\s+with|combined\s+with|paired\s+with|on\s+top\s+of|in\s+addition\s+to)|(?:as\s+an?\s+)?(?:add[- ]on|adjunct(?:ive)?)\s+(?:to|therapy|treatment|medication))\b[^.;]{0,40}?\b(?:an?\s+|your\s+|their\s+)?(?:(?:new\s+|daily\s+)?oral\s+)?antidepressants?\b/i;
// Plain "adjunctive/add-on" wording without the antidepressant named in the same phrase.
const ADD_ON_ONLY = /\b(?:only\s+(?:\w+\s+){0,3}(?:approved|indicated)\s+as\s+an?\s+(?:add[- ]on|adjunct\w*)|approved\s+only\s+as\s+an?\s+(?:add[- ]on|adjunct\w*))\b/i;
// The suicidal-ideation indication is still "in conjunction with an oral antidepressant".
const MDSI = /\bsuicid\w*|\bideation\b|\bMDSI\b|\bacute\s+suicidal/i;
// Wording that already allows monotherapy.
const MONO = /\b(?:alone|on\s+its\s+own|monotherapy|stand[- ]?alone|by\s+itself|with\s+or\s+without|or\s+(?:together\s+)?with\s+an?\s+(?:oral\s+)?antidepressant|or\s+in\s+combination)\b/i;
const MONO_G = new RegExp(MONO.source, 'gi');
// Historical narration: "In 2019 the FDA approved Spravato for use with an oral antidepressant."
const HISTORY = /\b(?:in\s+(?:march\s+)?2019|in\s+2020|originally|initially|first\s+approved|at\s+first|when\s+it\s+was\s+(?:first\s+)?approved|until\s+(?:january\s+)?2025|before\s+(?:january\s+)?2025|previously|used\s+to\s+be|was\s+(?:only\s+)?approved)\b/i;

const rule: Rule = {
  id: 'claims/spravato-adjunct-only-outdated',
  category: 'claims',
  severity: 'warning',
  catalog: 'CLM-003',
  title: 'Spravato described as add-on only (outdated since January 2025)',
  description:
    'Finds sentences saying Spravato (esketamine) must be taken with, or is only approved alongside, an oral antidepressant. Since January 2025 Spravato is approved on its own (monotherapy) for treatment-resistant depression. Text clearly about the suicidal-thoughts indication (still with an oral antidepressant) and past-tense history pass. Pages last changed before the January 2025 approval get a lower severity.',
  why:
    'The FDA approved Spravato on its own (monotherapy) for adults with treatment-resistant depression in January 2025 (J&J announced it on January 21, 2025; some outlets date the FDA action January 17). Saying it must be taken with an oral antidepressant is now outdated for that use; only the indication for depression with acute suicidal thoughts still requires one.',
  fix: 'Write: "For adults with treatment-resistant depression, Spravato can be used alone or with an oral antidepressant." Keep "with an oral antidepressant" only for the suicidal-ideation indication.',
  helpUrl: 'https://epocrates.com/online/article/esketamine-nasal-spray-approved-as-monotherapy-for-treatment-resistant',
  sources: [
    { title: 'Epocrates: Spravato approved on its own (monotherapy) for treatment-resistant depression (2025)', url: 'https://epocrates.com/online/article/esketamine-nasal-spray-approved-as-monotherapy-for-treatment-resistant' },
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    const changed = ctx.dates.modified ?? ctx.dates.published ?? ctx.dates.best;
    const olderPage = !!changed && changed < SPRAVATO_MONOTHERAPY;
    for (const block of proseBlocks(facts)) {
      if (!ESKETAMINE_1.test(block.text)) continue;
      const ss = sentencesOf(block);
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        const about = ESKETAMINE_1.test(s.text) || (i > 0 && ESKETAMINE_1.test(ss[i - 1]!.text) && /^(?:it|this|the\s+(?:nasal\s+)?spray|the\s+medication)\b/i.test(s.text));
        if (!about) continue;
        const m = ADJUNCT.exec(s.text) ?? ADD_ON_ONLY.exec(s.text);
        if (!m) continue;
        // About racemic ketamine, the suicidal-ideation indication, monotherapy already, or history: pass.
        if (KETAMINE_1.test(s.text) && !ESKETAMINE_1.test(s.text.slice(0, m.index))) continue;
        if (MDSI.test(s.text) || HISTORY.test(s.text)) continue;
        // Monotherapy wording passes, unless it is negated ("it is not a standalone treatment").
        if ([...s.text.matchAll(MONO_G)].some((x) => !isNegated(s.text, x.index!))) continue;
        if (!assertedIn(block, s, m.index, m.index + m[0].length, { window: 8 })) continue;
        out.push(
          sentenceDraft(block, s, s.start + m.index, s.start + m.index + m[0].length, {
            severity: olderPage ? 'info' : undefined,
            message: `This says Spravato must be used with an oral antidepressant. Since January 2025 Spravato is FDA-approved as monotherapy for adults with treatment-resistant depression; only the suicidal-ideation indication still requires an oral antidepressant.${olderPage ? ` (The page was last changed on ${changed}, before that approval.)` : ''}`,
            data: { phrase: m[0], pageChanged: changed ?? null },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
