import type { FindingDraft, Rule } from '../../types';
import { blockCites, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { healthStatistics } from '../../claims-lang/stats';

// Statistics attributed to a primary source that should then be linked.
const AUTHORITY =
  /\b(?:World\s+Health\s+Organi[sz]ation|WHO|Centers\s+for\s+Disease\s+Control(?:\s+and\s+Prevention)?|CDC|National\s+Institutes?\s+of\s+(?:Health|Mental\s+Health)|NIH|NIMH|NIDA|SAMHSA|FDA|Food\s+and\s+Drug\s+Administration|American\s+(?:Psychiatric|Medical|Heart|Cancer|Dental|Academy)\s*\w*|Mayo\s+Clinic|Cleveland\s+Clinic|Johns\s+Hopkins|Harvard|Lancet|JAMA|Global\s+Burden\s+of\s+Disease|GBD|Census\s+Bureau|NAMI|Anxiety\s+and\s+Depression\s+Association(?:\s+of\s+America)?|ADAA)\b/;

const rule: Rule = {
  id: 'trust/uncited-statistic',
  category: 'trust',
  severity: 'warning',
  catalog: 'TRS-004',
  title: 'Health statistic without a source link',
  description:
    'Finds health statistics (prevalence, counts of people, shares: "619 million people", "1 in 5 adults", "20% of Americans") with no source in the same paragraph: an external link, a reference marker ([1]), a "(Source, Year)" citation or a Source: line right after it. Internal links do not count as citations. Efficacy figures are left to claims/unsupported-efficacy-number.',
  why: 'PIF TICK: "Information is based on reliable, up-to-date evidence" [S8]. NHS best practice: "Keep a record of sources of evidence you use" [S6]. A figure attributed to the WHO or CDC without a link cannot be checked or dated by the reader (rule catalog TRS-004).',
  fix: 'Link the primary source next to the figure and give its year: "In 2020, low back pain affected 619 million people; the WHO (2023) projects 843 million by 2050 [link to the WHO fact sheet]."',
  helpUrl: 'https://piftick.org.uk/about-pif-tick',
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (block.heading || !/\d|\b(?:one|two|three|four|five)\s+(?:in|out)\b/i.test(block.text)) continue;
      let cites: boolean | null = null;
      for (const s of sentencesOf(block)) {
        const stats = healthStatistics(s.text).filter((x) => assertedIn(block, s, x.start, x.end, { skipQuestions: false }));
        if (!stats.length) continue;
        cites ??= blockCites(facts, block);
        if (cites) break;
        const authority = AUTHORITY.exec(s.text)?.[0];
        const first = stats[0]!;
        const last = stats[stats.length - 1]!;
        out.push(
          sentenceDraft(block, s, s.start + first.start, s.start + last.end, {
            message: authority
              ? `"${first.text}" is attributed to ${authority} but not linked; readers cannot check the figure or see how old it is.`
              : `"${first.text}" is a health statistic with no source in this paragraph; readers cannot check it or see how old it is.`,
            data: { figures: stats.map((x) => x.text), authority: authority ?? null },
          }),
        );
        break; // one per paragraph is enough to prompt a citation
      }
    }
    return out;
  },
};

export default rule;
