import type { FindingDraft, Rule } from '../../types';
import { HEALTH_WORDS, hasNamedSource, hasRefMarker, assertedIn, proseBlocks, sectionCites, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

// Establishment claims with no named source ("studies show", "research proves", "experts agree").
// "Studies suggest" is hedging and belongs to claims/weak-qualifier.
const VAGUE =
  /\b(?:(?:many|several|numerous|some|recent|new|multiple|clinical|scientific|medical)\s+)?(?:studies|research|trials|data|evidence|science|scientists|researchers|experts|doctors|physicians|clinicians|psychiatrists|specialists)\s+(?:\w+\s+)?(?:show|shows|showed|have\s+shown|has\s+shown|prove|proves|proved|have\s+proven|has\s+proven|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated|have\s+demonstrated|agree|agrees|recommend|recommends|say|says|found|have\s+found|has\s+found|discovered|have\s+discovered|believe|know)\b|\b(?:clinically|scientifically|medically)\s+proven\b|\bit\s+(?:has\s+been|is)\s+(?:shown|proven|well[- ]established)\b|\baccording\s+to\s+(?:research|studies|experts|science|doctors|scientists)\b|\b(?:studies|research)\s+(?:has|have)\s+(?:consistently\s+)?(?:shown|found|proven)\b/gi;

const rule: Rule = {
  id: 'trust/vague-attribution',
  category: 'trust',
  severity: 'warning',
  catalog: 'TRS-005',
  title: 'Vague attribution ("studies show", "experts agree")',
  description:
    'Finds "studies show", "research proves", "experts agree", "doctors recommend", "clinically proven", "researchers found" with no named source: no link or reference marker in the paragraph (or the section it summarises), and no named study, journal or institution in the sentence.',
  why:
    'When a page says "studies show", the FTC expects studies to exist that support exactly that claim (FTC Health Products Compliance Guidance). Naming the source lets readers check it; an unnamed appeal to authority reads as sales talk.',
  fix: 'Name and link the source, for example (fill in your own): "A [year] [kind of study] in [journal or guideline] ([link]) found …", or drop the appeal to authority.',
  helpUrl: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  sources: [
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
    { title: 'Venable: summary of the FTC\'s 2022 health products guidance', url: 'https://www.venable.com/insights/blogs/2022/12/ftc-announces-health-products-compliance-guidance' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!/stud|research|trial|evidence|science|scient|expert|doctor|physician|clinician|psychiatrist|specialist|proven|shown|according|data/i.test(block.text)) continue;
      let cites: boolean | null = null;
      for (const s of sentencesOf(block)) {
        let hit: RegExpMatchArray | null = null;
        for (const m of s.text.matchAll(VAGUE)) {
          if (assertedIn(block, s, m.index!, m.index! + m[0].length)) {
            hit = m;
            break;
          }
        }
        if (!hit) continue;
        if (hasNamedSource(s.text) || hasRefMarker(s.text)) continue;
        if (!HEALTH_WORDS.test(s.text) && !HEALTH_WORDS.test(block.text)) continue;
        cites ??= sectionCites(facts, block);
        if (cites) break;
        out.push(
          sentenceDraft(block, s, s.start + hit.index!, s.start + hit.index! + hit[0].length, {
            message: `"${hit[0]}" appeals to unnamed authority. Name and link the study or guideline, so readers can see what it actually found.`,
            data: { phrase: hit[0] },
          }),
        );
        break;
      }
    }
    return out;
  },
};

export default rule;
