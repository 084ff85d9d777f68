import type { FindingDraft, Rule } from '../../types';
import { assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

// The product: at-home, compounded, oral/sublingual or shipped racemic ketamine (not Spravato).
const PRODUCT =
  /\b(?:at[- ]home\s+ketamine|ketamine\s+(?:at\s+home|(?:rapid[- ]dissolv\w+\s+)?(?:troches?|lozenges?|tablets?|RDTs?|pills?|capsules?|(?:oral\s+)?drops|nasal\s+sprays?|sprays?)|(?:therapy|treatment|kits?)\s+(?:at\s+home|delivered|shipped))|compounded\s+(?:\w+\s+)?ketamine|(?:oral|sublingual|intranasal|nasal)\s+ketamine|telehealth\s+ketamine|online\s+ketamine|ketamine\s+(?:shipped|delivered|mailed)\s+(?:\w+\s+){0,2}to\s+(?:you|your)|home[- ]based\s+ketamine)\b/i;
// The claim: safe, FDA-approved, as effective, no supervision needed.
const CLAIM =
  /\b(?:(?:completely|totally|perfectly|100%|very|extremely|just\s+as|equally|entirely)\s+)?safe(?:ly|r|st)?\b|\bFDA[- ]?(?:approved|cleared)|\bapproved\s+by\s+the\s+FDA|\b(?:just\s+as|equally|as)\s+effective|\bas\s+(?:well|effectively)\s+as\b|\b(?:no|without(?:\s+any)?)\s+(?:need\s+for\s+)?(?:medical\s+)?(?:monitoring|supervision|observation|oversight)(?:\s+(?:needed|required|necessary))?|\b(?:monitoring|supervision)\s+(?:is\s+)?(?:not\s+)?(?:needed|required|necessary)\b|\bno\s+(?:clinic|office)\s+visits?\s+(?:needed|required)\b/gi;
// FDA-warning context: the sentence reports the warning rather than making the claim.
const WARNING_CONTEXT = /\b(?:FDA|Food\s+and\s+Drug\s+Administration)\s+(?:has\s+)?(?:warn\w*|alert\w*|caution\w*|is\s+not\s+aware|not\s+aware)|\bwarning\b|\b(?:risks?|dangers?)\s+(?:of|associated|with|include|involved)\b|\bnot\s+aware\s+of\s+evidence/i;

const rule: Rule = {
  id: 'claims/compounded-ketamine-safety',
  category: 'claims',
  severity: 'error',
  catalog: 'CLM-005',
  title: 'At-home or compounded ketamine called safe, FDA-approved or as effective',
  description:
    'Finds at-home, compounded, oral/sublingual (troches, lozenges, tablets) or shipped ketamine described as safe, FDA-approved, "just as effective", or needing no monitoring. Pages that quote or report the FDA warning, and negated statements ("compounded ketamine is not FDA-approved"), pass.',
  why:
    'The FDA (February 2022): "There is no FDA-approved ketamine nasal spray"; compounded products are not FDA-approved. On October 10, 2023 the FDA warned about compounded and at-home ketamine from telehealth platforms: "we are not aware of evidence to suggest that it is safer, is more effective, or works faster".',
  fix: 'State the facts: "Compounded ketamine is not FDA-approved, and the FDA has warned about at-home use without monitoring." Describe the monitoring you actually provide.',
  helpUrl: 'https://www.fda.gov/drugs/human-drug-compounding/fda-alerts-health-care-professionals-potential-risks-associated-compounded-ketamine-nasal-spray',
  sources: [
    { title: 'FDA: risks of compounded ketamine nasal spray (February 2022)', url: 'https://www.fda.gov/drugs/human-drug-compounding/fda-alerts-health-care-professionals-potential-risks-associated-compounded-ketamine-nasal-spray' },
    { title: 'Drugs.com: FDA warns of the risks of compounded and at-home ketamine (October 2023)', url: 'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html' },
    { title: 'Scripps News: FDA warns of risks of compounded ketamine products (October 2023)', url: 'https://scrippsnews.com/stories/fda-warns-of-risks-involved-with-compounded-ketamine-products' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!/ketamine/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const p = PRODUCT.exec(s.text);
        if (!p) continue;
        if (/\b(?:es-?ketamine|spravato)\b/i.test(p[0])) continue;
        if (WARNING_CONTEXT.test(s.text)) continue;
        const claims: string[] = [];
        let start = p.index;
        let end = p.index + p[0].length;
        for (const c of s.text.matchAll(CLAIM)) {
          const at = c.index!;
          if (!assertedIn(block, s, at, at + c[0].length)) continue;
          // "safe" must be about the product, within the same clause: not "a safe, supervised setting in our office".
          if (/^safe/i.test(c[0].replace(/^\S+\s+/, '')) && /\bsafe(?:ly)?,?\s+(?:supervised|monitored|medical|clinical)\b/i.test(s.text.slice(at, at + 30))) continue;
          claims.push(c[0]);
          start = Math.min(start, at);
          end = Math.max(end, at + c[0].length);
        }
        if (!claims.length) continue;
        out.push(
          sentenceDraft(block, s, s.start + start, s.start + end, {
            message: `This describes ${p[0]} as ${claims.map((c) => `"${c}"`).join(', ')}. Compounded and at-home ketamine products are not FDA-approved, and the FDA warned in October 2023 that it is "not aware of evidence to suggest that it is safer, is more effective, or works faster".`,
            data: { product: p[0], claims },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
