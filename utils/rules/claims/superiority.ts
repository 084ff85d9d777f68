import type { FindingDraft, Rule } from '../../types';
import { externalLinksIn, isAsserted, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { insideQuotes } from '../../text/sentences';

// Who or what is claimed to be superior: the clinic, its people, its care.
const PROVIDER =
  '(?:clinics?|centers?|centres?|practices?|providers?|doctors?|physicians?|psychiatrists?|dentists?|surgeons?|specialists?|experts?|team|staff|nurses?|care|spa|med\\s?spa|medspa|facilit(?:y|ies)|offices?|destination|choice|program|practitioners?|anesthesiologists?|clinicians?)';
// "the best ketamine clinic", "#1 provider", "top-rated med spa", "leading provider", "premier clinic".
const SUPERLATIVE = new RegExp(
  `\\b(?:(?:the|our|your)\\s+(?:very\\s+)?best|(?:the\\s+)?(?:top[- ]rated|highest[- ]rated|best[- ]rated|leading|premier|foremost|number\\s+one|no\\.\\s?1|#\\s?1|most\\s+(?:trusted|experienced|qualified|respected|recommended|skilled|advanced))|world[- ]class|best[- ]in[- ]class|unmatched|unrivall?ed|unparall?eled|second\\s+to\\s+none)\\s+(?:[\\w&'’-]+\\s+){0,3}?${PROVIDER}\\b`,
  'gi',
);
// "#1", "No. 1", "number one" anywhere with a provider noun nearby; "the only clinic in Orange County".
const RANK = /(?:^|\s)(?:#\s?1|no\.\s?1|number\s+one)\b(?!\s*(?:street|st\.?|ave|road|rd|suite|ste|floor))/gi;
const ONLY = new RegExp(`\\b(?:the|our)\\s+only\\s+(?:[\\w-]+\\s+){0,2}?${PROVIDER}\\s+(?:in|near|within|serving|to\\s+offer|that\\s+offers|offering)\\b`, 'gi');
// "most advanced treatment/technology" (catalog CMP-010 list).
const MOST_ADVANCED = /\b(?:the\s+)?most\s+(?:advanced|effective|innovative|cutting[- ]edge|state[- ]of[- ]the[- ]art)\s+(?:[\w-]+\s+){0,2}?(?:treatments?|therapy|therapies|technology|care|options?|procedures?|equipment|techniques?|approach|protocols?)\b/gi;
// Substantiated awards: "Named 'Best of Irvine 2025' by OC Register", "voted #1 by readers of X (2024)".
const AWARD = /\b(?:named|voted|awarded|ranked|rated|recogni[sz]ed|winner|won|selected|featured|listed)\b[^.]{0,80}\b(?:by|in|from)\s+[A-Z][\w&.'’-]+|\b(?:award|awards)\b[^.]{0,60}\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b[^.]{0,40}\baward/i;
// Superlatives that are not comparative claims about the clinic.
const HARMLESS = /\b(?:best\s+(?:way|ways|time|practices?|option\s+for\s+you|fit|suited|candidate|candidates|results?\s+come|interest|friend|of\s+luck|wishes|(?:choice|option)s?\s+(?:depends?|varies|vary|will\s+depend|is\s+the\s+one|for\s+(?:you|your|each|every)))|(?:the\s+)?leading\s+causes?|(?:#\s?1|no\.\s?1|number\s+one|top)\s+(?:priority|priorities|goal|concern|focus|reason|question|tip|rule|mistake|cause)|most\s+(?:common|important|likely|people|patients)|do\s+(?:our|your)\s+best)\b/i;

const GATE = /\bbest\b|top[- ]rated|highest[- ]rated|leading|premier|foremost|number\s+one|no\.\s?1|#\s?1|most\s+(?:trusted|experienced|qualified|respected|recommended|skilled|advanced|effective|innovative|cutting|state)|world[- ]class|unmatched|unrival|unparall|second\s+to\s+none|\bonly\b/i;

const rule: Rule = {
  id: 'claims/superiority',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-010',
  title: 'Unsubstantiated superiority claim (best, #1, top-rated, leading…)',
  description:
    'Finds "the best … clinic", "#1", "top-rated", "leading provider", "premier", "most advanced treatment", "world-class", "the only clinic in …" about the clinic, its staff or its care, with no substantiation. Awards quoted with their source or year ("Named \'Best of Irvine 2025\' by …"), linked rankings, negations and generic phrases ("the best way to", "the leading cause of") pass.',
  why:
    'Comparative and superiority claims need proof (FTC Health Products Compliance Guidance). California also restricts claims of professional superiority that cannot be substantiated (Business and Professions Code §651).',
  fix: 'Replace the superlative with facts a reader can check, for example (fill in your own): "Board-certified [specialists]; [number] treatments since [year]", or cite the award with its source and year.',
  helpUrl: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC',
  sources: [
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const block of proseBlocks(facts, { keepLinkOnly: true })) {
      if (!GATE.test(block.text)) continue;
      let linked: boolean | null = null;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        if (!GATE.test(text)) continue;
        if (AWARD.test(text)) continue;
        let hit: RegExpMatchArray | null = null;
        for (const re of [SUPERLATIVE, ONLY, MOST_ADVANCED, RANK]) {
          for (const m of text.matchAll(re)) {
            const at = m.index! + (m[0].length - m[0].trimStart().length);
            const end = m.index! + m[0].length;
            if (HARMLESS.test(text.slice(at, end + 20))) continue;
            if (re === RANK && !new RegExp(`${PROVIDER}|\\b(?:ketamine|spravato|IV|clinic|rated|ranked|choice|provider)\\b`, 'i').test(text)) continue;
            // "Best" capitalised mid-sentence is usually a name ("Best Buy", "Best of Irvine").
            if (/^(?:the\s+)?Best\b/.test(m[0].trim()) && at > 0 && !block.heading) continue;
            if (insideQuotes(text, at)) continue;
            if (!isAsserted(text, at, end, { skipQuoted: false })) continue;
            hit = m;
            break;
          }
          if (hit) break;
        }
        if (!hit) continue;
        linked ??= externalLinksIn(facts, block).length > 0;
        if (linked) break;
        const phrase = hit[0].trim();
        // The same slogan in the header, the hero and the footer: report it once.
        const key = phrase.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const at = hit.index! + (hit[0].length - hit[0].trimStart().length);
        out.push(
          sentenceDraft(block, s, s.start + at, s.start + hit.index! + hit[0].length, {
            message: `"${phrase}" is a superiority claim with no substantiation on the page. Comparative claims need evidence (an award with its source and year, a ranking you can link), and California restricts unsubstantiated claims of professional superiority.`,
            data: { phrase },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
