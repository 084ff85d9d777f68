import type { FindingDraft, Rule, Severity } from '../../types';
import { blockCites, assertedIn, healthContext, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { localeClaims } from '../../claims-lang/locale-claims';

interface Pattern {
  re: RegExp;
  label: string;
  severity?: Severity;
}

const CONDITION =
  '(?:depression|anxiety|pain|chronic\\s+pain|back\\s+pain|PTSD|OCD|migraines?|addiction|suffering|fatigue|insomnia|symptoms|stress|trauma|bipolar|cravings|withdrawal|acne|wrinkles|hair\\s+loss|neuropathy|fibromyalgia|CRPS|inflammation|disease|illness|condition)';

// Catalog CMP-001 list: cure, guaranteed results, 100% effective, permanent relief, works for everyone,
// miracle, instant results, proven to eliminate, end your depression.
const PATTERNS: Pattern[] = [
  // "cures depression", "a cure for anxiety", "can cure", "cured my pain", "cure-all"
  { re: /\bcure[-\s]all\b|\bcur(?:e|es|ed|ing)\s+(?:(?:for|of)\s+)?(?:your\s+|my\s+|the\s+|their\s+|his\s+|her\s+|patients['’]?\s+|people['’]?s?\s+)?(?:\w+\s+){0,2}?CONDITION\b|\b(?:a|the|real|true|permanent|lasting|complete|total|natural)\s+cure\b/gi, label: 'a cure' },
  // "guaranteed results", "results are guaranteed", "we guarantee you will feel better"
  {
    re: /\bguarantee(?:d|s)?\s+(?:\w+\s+){0,2}?(?:results?|relief|outcomes?|success|improvement|recovery|remission|to\s+(?:work|relieve|cure|fix|eliminate|improve|help|end|stop|feel))\b|\b(?:results?|relief|improvement|success|outcomes?)\s+(?:are\s+|is\s+)?(?:\w+\s+)?guaranteed\b|\bwe\s+guarantee\s+(?:that\s+)?(?:you|your|results?|relief|it)\b/gi,
    label: 'guaranteed results',
  },
  { re: /\b(?:satisfaction|money[- ]back)\s+guarantee(?:d)?\b/gi, label: 'a satisfaction guarantee', severity: 'warning' },
  // "100% effective", "100% success rate", "100% of patients"
  { re: /\b100\s?%\s+(?:effective|success(?:ful)?(?:\s+rate)?|results?|cure(?:\s+rate)?|guaranteed|of\s+(?:our\s+)?(?:patients|clients))\b|\b(?:99|100)\s?%\s+success\s+rate\b/gi, label: '100% effectiveness' },
  // "permanent relief", "permanently cures", "permanent fix"
  { re: /\bpermanent(?:ly)?\s+(?:relief|fix|cure|results?|recovery|remission|solution\s+(?:for|to)\s+(?:your\s+)?CONDITION|end\s+to)\b|\bpermanently\s+(?:cure|cures|eliminat\w+|end|ends|fix|fixes|reliev\w+|remov\w+\s+(?:your\s+)?CONDITION)\b/gi, label: 'permanent results' },
  // "works for everyone", "effective for all patients", "always works"
  { re: /\b(?:works?|effective|helps?|succeeds?)\s+(?:for|on|with)\s+(?:everyone|everybody|all\s+(?:patients|people|clients|of\s+our\s+patients)|every\s+(?:patient|person|client|one\s+of\s+our\s+patients))\b|\balways\s+works\b|\bnever\s+fails\b/gi, label: 'works for everyone' },
  // "miracle cure", "miracle drug", "miraculous results"
  { re: /\bmiracl(?:e|es|ous)(?:ly)?\s*(?:cure|drug|treatment|results?|worker|therapy|pill|solution|recovery)?\b/gi, label: 'a miracle' },
  // "instant results", "instant relief", "immediate relief"
  { re: /\binstant(?:ly)?\s+(?:\w+\s+){0,2}?(?:results?|relief|cure|fix|recovery|reliev\w+|cur\w+|eliminat\w+)\b/gi, label: 'instant results' },
  { re: /\bimmediate(?:ly)?\s+(?:and\s+[\w-]+\s+)?(?:\w+\s+)?(?:relief|results?|cure|recovery)\b/gi, label: 'immediate relief', severity: 'warning' },
  // "proven to eliminate", "clinically proven to cure"
  { re: /\b(?:clinically\s+|scientifically\s+)?proven\s+to\s+(?:eliminate|cure|end|stop|reverse|erase|eradicate|get\s+rid\s+of|work)\b/gi, label: 'proven to eliminate' },
  // "end your depression", "eliminate your pain", "say goodbye to anxiety for good"
  { re: new RegExp(`\\b(?:end|ends|eliminate|eliminates|erase|erases|eradicate|get\\s+rid\\s+of|banish|stop)\\s+(?:your|their|the|his|her)\\s+(?:\\w+\\s+)?${CONDITION}(?:\\s+(?:for\\s+good|forever|once\\s+and\\s+for\\s+all|permanently))?\\b|\\b(?:say\\s+goodbye\\s+to|free\\s+from)\\s+(?:your\\s+)?(?:\\w+\\s+)?${CONDITION}\\s+(?:for\\s+good|forever)\\b`, 'gi'), label: 'an end to the condition' },
];
// Resolve the CONDITION placeholder in the patterns above.
for (const p of PATTERNS) {
  if (p.re.source.includes('CONDITION')) p.re = new RegExp(p.re.source.replace(/CONDITION/g, CONDITION), p.re.flags);
}

// Cheap gate on a whole block before the sentence patterns run.
const GATE =
  /cur(?:e|es|ed|ing)\b|guarantee|\b(?:100|99)\s?%|permanent|everyone|everybody|every\s+(?:patient|person|client|one)|all\s+(?:patients|people|clients|of\s+our)|always\s+works|never\s+fails|miracl|instant|immediate|proven\s+to|\b(?:end|ends|eliminates?|erases?|eradicate|rid\s+of|banish|stop)\s+(?:your|their|the|his|her)\s|goodbye|free\s+from/i;

// "there is no cure", "not a cure", "search for a cure", "cure rate" in a cited study, "Cure" in a name.
const CURE_NOT_A_CLAIM = /\b(?:search|hope|hopes|quest|looking|research|race|work|working|hunt|path|road|closer|step|steps|progress|advance)\w*\s+(?:for|toward|towards|to)\s+(?:a\s+|the\s+)?cure\b|\bcure\s+rates?\b/i;
// "guaranteed privacy", "guaranteed appointment", "price guarantee": not efficacy.
const NOT_EFFICACY = /\bguarantee\w*\s+(?:\w+\s+)?(?:privacy|confidential\w*|appointment|same[- ]day|price|pricing|rate|availability|response|reply|call\s*back|parking|lowest)\b/i;

const rule: Rule = {
  id: 'claims/absolute-efficacy',
  category: 'claims',
  severity: 'error',
  catalog: 'CMP-001',
  title: 'Absolute efficacy claim (cure, guaranteed, 100%, miracle…)',
  description:
    'Finds absolute efficacy wording: "cures", "a cure for", "guaranteed results", "100% effective", "permanent relief", "works for everyone", "miracle", "instant results", "proven to eliminate", "end your depression". Negations ("there is no cure", "results are not guaranteed", "does not work for every patient"), questions, quotations, "search for a cure", and "cure rate" in cited studies pass; "satisfaction guaranteed" and "immediate relief" are warnings.',
  why:
    'Health claims need "competent and reliable scientific evidence", generally randomized controlled trials (FTC Health Products Compliance Guidance, 2022). California law makes claims "likely to create false or unjustified expectations of favorable results" unlawful for licensed health professionals (Business and Professions Code §651(b)(3)(A)). Words like "cure" are the first thing compliance reviewers of drug marketing look for.',
  fix: 'Describe realistic, supported outcomes, for example (fill in your own): "Many patients notice [result] after [number] sessions; results vary and are not guaranteed."',
  helpUrl: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  sources: [
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!GATE.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        if (!GATE.test(text) || !healthContext(facts, ctx.detection, block, text)) continue;
        for (const p of PATTERNS) {
          let done = false;
          for (const m of text.matchAll(p.re)) {
            const at = m.index!;
            const end = at + m[0].length;
            if (p.label === 'a cure') {
              if (CURE_NOT_A_CLAIM.test(text.slice(Math.max(0, at - 40), end + 10))) continue;
              // "Cure" capitalised mid-sentence is a name ("CureVac", "Cure Alzheimer's Fund").
              if (/^Cure/.test(m[0]) && at > 0) continue;
              if (/cure\s+rates?/i.test(text) && blockCites(facts, block)) continue;
            }
            if (p.label === 'a miracle' && /\bmiracle\s+(?:mile|whip|grow|gro|worker\s+award)\b/i.test(m[0])) continue;
            if (p.label === 'guaranteed results' && NOT_EFFICACY.test(text.slice(at, end + 30))) continue;
            // "Outcomes are not guaranteed": the negation sits inside the phrase, before "guaranteed"
            if (p.label === 'guaranteed results' && /\b(?:not|never|no\s+longer)\s+guaranteed\b|n['’]t\s+(?:be\s+)?guaranteed\b/i.test(m[0])) continue;
            if (!assertedIn(block, s, at, end)) continue;
            out.push(
              sentenceDraft(block, s, s.start + at, s.start + end, {
                severity: p.severity,
                message: `"${m[0].trim()}" is an absolute efficacy claim (${p.label}). No treatment works for everyone, and a claim like this needs competent and reliable scientific evidence; it is likely to create unjustified expectations.`,
                data: { phrase: m[0].trim(), kind: p.label },
              }),
            );
            done = true;
            break;
          }
          if (done) break;
        }
      }
    }
    // the same claims in the page's other languages (utils/locale/<lang>/claims.ts)
    for (const c of localeClaims(facts, ctx, (v) => v.efficacy)) {
      out.push(
        sentenceDraft(c.block, c.sentence, c.sentence.start + c.start, c.sentence.start + c.end, {
          severity: c.pattern.severity,
          message: `"${c.phrase}" is an absolute efficacy claim (${c.pattern.label}). No treatment works for everyone, and a claim like this needs competent and reliable scientific evidence; it is likely to create unjustified expectations.`,
          data: { phrase: c.phrase, kind: c.pattern.label },
        }),
      );
    }
    return out;
  },
};

export default rule;
