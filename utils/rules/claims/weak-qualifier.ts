import type { FindingDraft, Rule } from '../../types';
import { sectionCites, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

// The qualifier: "promising research", "preliminary studies", "emerging evidence", "studies suggest".
const QUALIFIER =
  /\b(?:promising|preliminary|initial|early|emerging|encouraging|exciting|growing|new|pilot|small|anecdotal)\s+(?:\w+\s+)?(?:research|results?|studies|study|evidence|data|findings|trials?|science)\b|\b(?:studies|research|evidence|data|science|findings|trials?)\s+(?:\w+\s+)?(?:suggests?|indicates?|points?\s+to|hints?)\b|\bpilot\s+(?:study|studies|trial|data)\b/gi;
// A disease or efficacy claim in the same sentence: "reverses addiction", "treats depression", "helps with anxiety".
const CLAIM =
  /\b(?:revers\w*|cur(?:e|es|ed|ing)|treat(?:s|ed|ing)?|heal\w*|eliminat\w*|reliev\w*|alleviat\w*|reduc\w*|improv\w*|eas(?:e|es|ed|ing)|help(?:s|ed|ing)?|boost\w*|restor\w*|repair\w*|regenerat\w*|prevent\w*|fight\w*|combat\w*|effective(?:ly)?|works?|benefit\w*|rapid(?:ly)?|fast[- ]acting)\b/i;
const CONDITION =
  /\b(?:depress\w*|anxiety|PTSD|OCD|bipolar|addiction|alcohol\w*|opioid\w*|withdrawal|pain|migraines?|fibromyalgia|CRPS|neuropath\w*|inflammation|alzheimer\w*|dementia|parkinson\w*|cognitive|memory|fatigue|aging|ageing|immun\w*|cancer|diabetes|insomnia|sleep|mood|suicid\w*|symptoms|disorders?|diseases?|conditions?|brain|stress|trauma|cravings)\b/i;
// Limits stated in the passage: the summary is genuinely hedged.
const LIMITS =
  /\b(?:more\s+(?:research|studies|evidence)\s+(?:is|are)\s+needed|(?:larger|further|controlled|randomi[sz]ed)\s+(?:\w+\s+)?(?:studies|trials|research)\s+(?:are|is)\s+(?:needed|required)|not\s+(?:yet\s+)?(?:been\s+)?(?:shown|proven|established|demonstrated)|(?:has|have)\s+not\s+been\s+(?:shown|proven|established)|not\s+FDA[- ]approved|off[- ]label|limited\s+(?:evidence|data|research)|evidence\s+is\s+(?:limited|mixed|weak|preliminary)|(?:unclear|unknown|uncertain)|mixed\s+results|small\s+(?:number|sample)|results\s+(?:vary|may\s+vary)|not\s+(?:a\s+)?(?:cure|guarantee\w*)|doesn['’]t\s+work\s+for\s+everyone|does\s+not\s+work\s+for\s+everyone|no\s+(?:guarantee|promise)|too\s+early\s+to)\b/i;

const rule: Rule = {
  id: 'claims/weak-qualifier',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-005',
  title: 'Disease claim qualified only by "promising" or "preliminary" research',
  description:
    'Finds disease or efficacy claims whose only qualification is "promising research", "preliminary/initial/early studies", "pilot study", "emerging evidence" or "studies suggest", with no citation in the paragraph and no statement of the limits (more research needed, not shown in controlled trials, off-label, results vary).',
  why:
    'The FTC says consumers are likely to read words like "promising" or "preliminary" "as positive product attributes, rather than as substantial disclaimers about the state of the science" (FTC Health Products Compliance Guidance, 2022).',
  fix: 'State the evidence and its limits plainly: "NAD+ IV for addiction has not been shown effective in controlled trials." Or cite the study and say what it did and did not show.',
  helpUrl: 'https://www.venable.com/insights/blogs/2022/12/ftc-announces-health-products-compliance-guidance',
  sources: [
    { title: 'Venable: summary of the FTC\'s 2022 health products guidance', url: 'https://www.venable.com/insights/blogs/2022/12/ftc-announces-health-products-compliance-guidance' },
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (LIMITS.test(block.text)) continue;
      let cites: boolean | null = null;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        for (const m of text.matchAll(QUALIFIER)) {
          const at = m.index!;
          const end = at + m[0].length;
          const rest = text.slice(end);
          if (!CLAIM.test(rest) || !CONDITION.test(rest)) continue;
          if (!assertedIn(block, s, at, end)) continue;
          cites ??= sectionCites(facts, block);
          if (cites) break;
          out.push(
            sentenceDraft(block, s, s.start + at, s.start + end, {
              message: `"${m[0]}" is the only qualification of this health claim. Consumers read words like "promising" or "preliminary" as selling points, not as a warning that the evidence is thin; say what the evidence does not show.`,
              data: { qualifier: m[0] },
            }),
          );
          break;
        }
        if (cites) break;
      }
    }
    return out;
  },
};

export default rule;
