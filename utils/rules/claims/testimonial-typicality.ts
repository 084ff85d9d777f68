import type { FindingDraft, PageFacts, Rule, TextBlock } from '../../types';
import { healthContext, pageText, sectionHeading, sentencesOf } from '../../claims-lang/scan';
import { around } from '../../text/normalize';

const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]y|[Mm]e|[Mm]yself)\b/;
// An outcome claim in a patient's words.
const OUTCOME =
  /\b(?:(?:pain|depression|anxiety|migraines?|headaches?|symptoms|cravings|PTSD|nightmares|panic\s+attacks|suicidal\s+thoughts)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:\w+\s+)?)?(?:gone|disappeared|vanished|lifted|went\s+away|stopped|ended|cured|better|reduced|down|under\s+control)|cured|healed|pain[- ]free|symptom[- ]free|depression[- ]free|no\s+(?:more|longer)\s+(?:\w+\s+){0,2}?(?:pain|depress\w*|anxi\w*|suicidal|migraines?|panic|cravings|need|feel|have|suffer)|changed\s+my\s+life|saved\s+my\s+life|gave\s+me\s+my\s+life\s+back|got\s+my\s+life\s+back|life[- ](?:changing|saving)|feel\s+(?:like\s+)?(?:a\s+)?(?:new\s+(?:person|man|woman)|myself\s+again|normal\s+again|human\s+again|\d+\s*%\s+better)|(?:off|stopped)\s+(?:\w+\s+)?(?:my\s+|all\s+)?(?:meds|medications?|antidepressants|opioids|pain\s*killers)|back\s+to\s+(?:work|normal|my\s+old\s+self|myself)|first\s+time\s+in\s+(?:years|months|decades)|(?:\d{1,3}|ninety|eighty)\s*%\s+(?:better|improvement|less))\b/i;
const TESTIMONIAL_HEADING = /\b(?:testimonials?|reviews?|patient\s+stories|success\s+stories|what\s+(?:our\s+)?(?:patients|clients|people)\s+(?:say|are\s+saying)|in\s+their\s+(?:own\s+)?words|kind\s+words|hear\s+from)\b/i;
// Attribution after a quote: "— J.S.", "- Maria G., Irvine", "~ Sarah".
const ATTRIBUTION = /(?:[”"]\s*)?(?:[—–~-]\s*|\s-\s)[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\.?(?:,\s*[A-Z][\w ,.'’]{0,40})?\s*$/;
const WRAPPED_IN_QUOTES = /^\s*[“"«]/;
const TYPICALITY_ONLY = /\bresults?\s+(?:are\s+|were\s+)?not\s+typical\b|\b(?:individual\s+)?results\s+(?:may|will|can|do)?\s*vary\b|\bnot\s+all\s+patients\s+(?:will\s+)?(?:see|experience|get)\s+(?:these|the\s+same|similar)\s+results\b/i;
// A disclosure of generally expected results satisfies the Endorsement Guides.
const EXPECTED_RESULTS =
  /\b(?:generally\s+expected\s+results?|typical(?:ly)?,?\s+(?:patients?|people|clients)\s+(?:see|experience|can\s+expect|notice|report)|(?:most|the\s+average)\s+(?:patients?|clients)\s+(?:see|experience|can\s+expect|notice|report)|on\s+average,?\s+(?:patients?|people|clients)|in\s+(?:our\s+)?(?:clinical\s+)?(?:studies|trials|experience),?\s+(?:about\s+|around\s+|roughly\s+)?\d{1,3}\s?%)/i;

function isTestimonial(facts: PageFacts, block: TextBlock): boolean {
  if (block.heading) return false;
  if (block.quoted) return true;
  if (WRAPPED_IN_QUOTES.test(block.text) && /[”"»]/.test(block.text.slice(1))) return true;
  if (ATTRIBUTION.test(block.text) && /[”"]/.test(block.text)) return true;
  return TESTIMONIAL_HEADING.test(sectionHeading(facts, block));
}

const rule: Rule = {
  id: 'claims/testimonial-typicality',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-006',
  title: 'Patient testimonial with an outcome claim and no real disclosure',
  description:
    'Finds patient testimonials or review quotes (blockquotes, quoted text with an attribution, or text under a "Testimonials"/"What our patients say" heading) that claim an outcome ("my pain is gone", "changed my life"), on a page that discloses nothing about generally expected results or only says "results not typical / results may vary". Testimonials about the experience ("the staff were kind") pass.',
  why:
    'The FTC Endorsement Guides dropped the "results not typical" safe harbor in 2009 (effective December 1, 2009), and the revised Guides took effect July 26, 2023: a testimonial about results must reflect what patients generally get, or clearly say what they can expect. California law also restricts misleading testimonials (Business and Professions Code §651).',
  fix: 'Next to outcome testimonials, disclose what patients can generally expect, for example (fill in your own): "In our clinic, about [share] of patients with [condition] report [result] after [number] visits", or use testimonials about the experience of care instead.',
  helpUrl: 'https://regulations.justia.com/regulations/fedreg/2023/07/26/2023-14795.html',
  sources: [
    { title: 'Federal Register: FTC Endorsement Guides, 2023 revision (in effect since July 26, 2023)', url: 'https://regulations.justia.com/regulations/fedreg/2023/07/26/2023-14795.html' },
    { title: 'Federal Register: FTC Endorsement Guides, 2009 revision (the end of the "results not typical" safe harbor)', url: 'https://regulations.justia.com/regulations/fedreg/2009/10/15/E9-24646.html' },
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    const all = pageText(facts);
    if (EXPECTED_RESULTS.test(all)) return out;
    const typicalityOnly = TYPICALITY_ONLY.exec(all)?.[0] ?? null;
    for (const block of facts.blocks) {
      if (!block.text || block.region === 'nav' || block.text.length > 1200) continue;
      if (!FIRST_PERSON.test(block.text)) continue;
      const m = OUTCOME.exec(block.text);
      if (!m) continue;
      if (!isTestimonial(facts, block) || !healthContext(facts, ctx.detection, block, block.text)) continue;
      const s = sentencesOf(block).find((x) => m.index >= x.start && m.index < x.end);
      out.push({
        message: typicalityOnly
          ? `This testimonial claims an outcome ("${m[0]}") and the page only says "${typicalityOnly}". That is not a safe harbor since 2009: show what results patients can generally expect.`
          : `This testimonial claims an outcome ("${m[0]}") with no disclosure of what results patients can generally expect.`,
        element: block.element,
        excerpt: s ? around(s.text, m.index - s.start, m.index - s.start + m[0].length, 200) : m[0],
        range: { block: block.index, start: m.index, end: m.index + m[0].length },
        data: { outcome: m[0], disclosure: typicalityOnly },
      });
    }
    return out;
  },
};

export default rule;
