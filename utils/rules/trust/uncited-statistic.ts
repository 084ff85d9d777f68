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
    'Finds health statistics (how common a condition is, counts of people, shares: "619 million people", "1 in 5 adults", "20% of Americans") with no source in the same paragraph: a link to another site, a reference number ([1]), a "(Source, Year)" citation or a "Source:" line right after it. Links to the clinic\'s own pages do not count. Treatment success rates have a check of their own.',
  why:
    'The PIF TICK quality mark for health information requires that it is "based on reliable, up-to-date evidence", and NHS best practice is to "keep a record of sources of evidence you use". A figure credited to the WHO or CDC without a link cannot be checked or dated by the reader.',
  fix: 'Link the primary source next to the figure and give its year, for example (fill in your own): "In [year], [figure] of [people] had [condition] ([source], [year], linked)."',
  helpUrl: 'https://piftick.org.uk/about-pif-tick',
  sources: [
    { title: 'PIF TICK: the quality mark for trusted health information, and its criteria', url: 'https://piftick.org.uk/about-pif-tick' },
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
  ],
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
