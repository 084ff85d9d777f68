import type { FindingDraft, Rule, Severity } from '../../types';
import { assertedIn, healthContext, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { localeClaims } from '../../claims-lang/locale-claims';

interface Pattern {
  re: RegExp;
  label: string;
  severity?: Severity;
}

// Catalog CMP-002 list: no side effects, side-effect free, completely/100% safe, risk-free, non-addictive,
// painless, zero risk, safe for everyone.
const PATTERNS: Pattern[] = [
  { re: /\b(?:no|zero|without(?:\s+any)?|free\s+(?:of|from)(?:\s+any)?)\s+(?:\w+\s+)?(?:side[- ]effects?|risks?|adverse\s+(?:effects?|reactions?|events?))\b/gi, label: 'no side effects' },
  { re: /\b(?:side[- ]effects?|risk)[- ]free\b/gi, label: 'side-effect free' },
  { re: /\b(?:completely|totally|perfectly|entirely|absolutely|100\s?%|one\s+hundred\s+percent|fully|always|inherently|guaranteed)\s+safe\b/gi, label: 'completely safe' },
  { re: /\b(?:100\s?%|one\s+hundred\s+percent|complete|total|absolute|guaranteed)\s+safety\b/gi, label: '100% safety' },
  { re: /\bsafe\s+for\s+(?:everyone|everybody|all\s+(?:ages|patients|people|skin\s+types|body\s+types)|every\s+(?:skin\s+type|patient|person|body|age))\b|\bsafe\s+and\s+effective\s+for\s+(?:everyone|all)\b/gi, label: 'safe for everyone' },
  { re: /\bnon[- ]?(?:addictive|habit[- ]forming)\b|\b(?:is|are)\s+not\s+(?:addictive|habit[- ]forming)\b|\bno\s+(?:risk\s+of\s+)?(?:addiction|dependence|dependency)\b/gi, label: 'non-addictive' },
  // Comfort rather than harm: a warning, and hedged forms ("virtually painless") pass.
  { re: /\b(?<!(?:virtually|nearly|almost|mostly|relatively|practically|largely|generally|usually|often)\s)(?:painless|pain[- ]free\s+(?:procedure|treatment|experience|injections?|infusions?|process|session|therapy))\b/gi, label: 'painless', severity: 'warning' },
  { re: /\bzero[- ]risk\b|\bno\s+risk\s+(?:at\s+all|whatsoever)\b|\bno\s+(?:health\s+)?risks?\s+(?:involved|to\s+you)\b/gi, label: 'zero risk' },
  { re: /\b(?:there\s+(?:is|are)\s+)?nothing\s+to\s+(?:worry|fear)\s+about\b|\bcan(?:not|['’]t)\s+(?:hurt|harm)\s+you\b/gi, label: 'nothing to worry about', severity: 'warning' },
];

const GATE = /side[- ]effect|risk|safe|addict|habit[- ]forming|dependen|pain(?:less|[- ]free)|adverse|worry|fear|hurt|harm/i;

// "safe, supervised setting" and "safe and effective when administered by…" are acceptable.
const QUALIFIED = /\b(?:when|if)\s+(?:administered|given|used|performed|monitored|supervised)\b|\bunder\s+(?:medical\s+)?supervision\b/i;
// "pain-free parking", "risk-free cancellation", "risk-free trial", "no risk of losing your deposit".
const NOT_MEDICAL = /\b(?:risk[- ]free\s+(?:trial|cancellation|guarantee|consultation|consult|offer|return|refund)|no\s+risk\s+of\s+(?:losing|missing|paying)|(?:no|without)\s+(?:\w+\s+)?(?:risks?)\s+(?:to\s+your\s+(?:wallet|budget)|of\s+(?:fees|charges)))\b/i;

const rule: Rule = {
  id: 'claims/absolute-safety',
  category: 'claims',
  severity: 'error',
  catalog: 'CMP-002',
  title: 'Absolute safety claim (no side effects, completely safe, non-addictive…)',
  description:
    'Finds absolute safety wording: "no side effects", "side-effect free", "completely/100% safe", "risk-free", "non-addictive", "painless", "zero risk", "safe for everyone". Negated and hedged statements ("is not risk-free", "no medication is completely safe", "few people have side effects"), "safe, supervised setting" and non-medical uses ("risk-free cancellation") pass.',
  why:
    'Ketamine and esketamine carry risks of misuse, sedation, dissociation, raised blood pressure and slowed breathing (FDA warning, drug label, REMS safety program). The FTC expects serious risks to be disclosed, and a disclaimer that contradicts the main message does not fix it.',
  fix: 'Name the real risks and how you manage them: "Common side effects include dissociation, nausea and increased blood pressure; we monitor you throughout."',
  helpUrl: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  sources: [
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
    { title: 'Drugs.com: FDA warns of the risks of compounded and at-home ketamine (October 2023)', url: 'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html' },
    { title: 'HCH Lawyers: FTC compliance for healthcare businesses', url: 'https://hchlawyers.com/health-medical-law/ftc-compliance-for-healthcare-businesses' },
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
          let hit: RegExpMatchArray | null = null;
          for (const m of text.matchAll(p.re)) {
            const at = m.index!;
            const end = at + m[0].length;
            if (NOT_MEDICAL.test(text.slice(Math.max(0, at - 10), end + 30))) continue;
            if (p.label === 'completely safe' && QUALIFIED.test(text)) continue;
            // "Few people have no side effects"? "most patients experience few or no side effects" is still a claim;
            // but "not without side effects" and "no medication is completely safe" are negated.
            if (!assertedIn(block, s, at, end)) continue;
            hit = m;
            break;
          }
          if (!hit) continue;
          out.push(
            sentenceDraft(block, s, s.start + hit.index!, s.start + hit.index! + hit[0].length, {
              severity: p.severity,
              message: `"${hit[0]}" is an absolute safety claim. Every medical or cosmetic treatment has risks and side effects, and the FTC expects serious risks to be disclosed, not denied.`,
              data: { phrase: hit[0], kind: p.label },
            }),
          );
          break;
        }
      }
    }
    // the same claims in the page's other languages (utils/locale/<lang>/claims.ts)
    for (const c of localeClaims(facts, ctx, (v) => v.safety)) {
      out.push(
        sentenceDraft(c.block, c.sentence, c.sentence.start + c.start, c.sentence.start + c.end, {
          severity: c.pattern.severity,
          message: `"${c.phrase}" is an absolute safety claim. Every medical or cosmetic treatment has risks and side effects, and the FTC expects serious risks to be disclosed, not denied.`,
          data: { phrase: c.phrase, kind: c.pattern.label },
        }),
      );
    }
    return out;
  },
};

export default rule;
