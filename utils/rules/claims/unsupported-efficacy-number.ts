import type { FindingDraft, Rule } from '../../types';
import { HEALTH_WORDS, blockCites, hasNamedSource, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { efficacyNumbers } from '../../claims-lang/stats';

const rule: Rule = {
  id: 'claims/unsupported-efficacy-number',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-004',
  title: 'Efficacy figure with no citation',
  description:
    'Finds response or remission percentages, "X% of our patients feel better", "9 out of 10 clients", and speed-of-relief claims ("relief within hours", "results in 24 hours") with no citation in the same paragraph (an external link, a reference marker such as [1], or a named study or journal). Prices, doses, procedure durations and discounts are not efficacy claims.',
  why:
    'The FTC standard for health claims is "competent and reliable scientific evidence", and a figure that implies testing ("9 out of 10 patients improve") needs the level of support it implies (FTC Health Products Compliance Guidance, 2022). Without a citation, readers cannot tell a controlled trial from a guess.',
  fix: 'Cite the study next to the figure, with who was studied and what it was compared with, for example (fill in your own): "In a [year] trial of [number] adults with [condition], [figure] improved by week [n], compared with [figure] on placebo (linked)." Or remove the figure.',
  helpUrl: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  sources: [
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
    { title: 'Venable: summary of the FTC\'s 2022 health products guidance', url: 'https://www.venable.com/insights/blogs/2022/12/ftc-announces-health-products-compliance-guidance' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!/\d|\b(?:minutes|hours)\b|\bout\s+of\b/i.test(block.text)) continue;
      let cites: boolean | null = null;
      for (const s of sentencesOf(block)) {
        const claims = efficacyNumbers(s.text).filter((c) => assertedIn(block, s, c.start, c.end));
        if (!claims.length) continue;
        if (hasNamedSource(s.text)) continue;
        // "a 20% improvement in torque": an efficacy figure needs a health context.
        if (!HEALTH_WORDS.test(s.text) && !HEALTH_WORDS.test(block.text)) continue;
        cites ??= blockCites(facts, block);
        if (cites) break;
        const first = claims[0]!;
        const last = claims[claims.length - 1]!;
        const timeframe = claims.every((c) => c.kind === 'timeframe');
        out.push(
          sentenceDraft(block, s, s.start + first.start, s.start + last.end, {
            message: timeframe
              ? `"${first.text}" promises how fast treatment works, with no source in this paragraph. Speed-of-relief claims are efficacy claims and need competent and reliable scientific evidence, cited next to them.`
              : `"${first.text}" is an efficacy figure with no source in this paragraph. Readers cannot tell whether it comes from a controlled trial or from the clinic's own patients; the FTC expects competent and reliable scientific evidence for it.`,
            data: { figures: claims.map((c) => c.text), kinds: claims.map((c) => c.kind) },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
