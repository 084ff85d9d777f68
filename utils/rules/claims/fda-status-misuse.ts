import type { FindingDraft, Rule } from '../../types';
import { clauseAfter, clauseStart, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { KETAMINE_1, OFF_LABEL_INDICATION } from '../../claims-lang/terms';

const FDA_STATUS = /\b(?:(?:U\.?S\.?\s+)?FDA|Food\s+and\s+Drug\s+Administration)[- ]?(approved|cleared|certified|registered|accredited|licensed|compliant|endorsed|sanctioned|inspected)\b|\b(approved|cleared|certified|registered|accredited|licensed|endorsed)\s+by\s+the\s+(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration)\b/gi;
// The FDA does not approve or certify clinics, practices or practitioners.
const PLACE = /^\s*(?:\w+\s+){0,2}?(?:clinics?|practices?|centers?|centres?|facilit(?:y|ies)|offices?|providers?|doctors?|physicians?|nurses?|staff|team|med\s?spas?|spas?|lounges?|locations?|business)\b/i;
const PLACE_BEFORE = /\b(?:we\s+are|we['’]re|our\s+(?:clinic|practice|center|centre|facility|office|team|providers?|staff|med\s?spa|spa|lounge)\s+(?:is|are))\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i;
// Compounded products, IV vitamin blends and supplements are not FDA-approved.
const UNAPPROVABLE = /\b(?:compounded|compounding|IV\s+(?:vitamins?|therapy|therapies|drips?|cocktails?|hydration|nutrients?|blends?)|vitamin\s+(?:drips?|infusions?|therapy|blends?|cocktails?|shots?|injections?)|drips?|myers['’]?\s+cocktail|cocktails?|blends?|supplements?|nutraceuticals?|NAD\+?|glutathione|peptides?|wellness\s+shots?|hangover|detox|amino\s+acids?)\b/i;
// Accurate forms: FDA-cleared devices, 503B outsourcing facilities, FDA-approved Spravato, Ketalar for anesthesia,
// mammography facilities (FDA certifies them under MQSA).
const ACCURATE = /\b(?:devices?|lasers?|machines?|systems?|equipment|technology|platform|applicator|503B|outsourcing\s+facilit\w*|spravato|esketamine|ketalar|mammograph\w*|MQSA|ingredients?\s+from|manufactured\s+in)\b/i;
// "FDA-approved" and nothing after it: "Our treatments are FDA-approved.", a badge "FDA Approved".
const VAGUE_SUBJECT = /\b(?:all\s+(?:of\s+)?our|our|these|the|all)\s+(?:\w+\s+)?(?:treatments?|services?|therapies|procedures|products?|protocols?|infusions?|methods?|programs?|solutions?)\s+(?:is|are)\s+(?:all\s+|fully\s+|100%\s+)?$/i;

const rule: Rule = {
  id: 'claims/fda-status-misuse',
  category: 'claims',
  severity: 'error',
  catalog: 'CMP-003',
  title: 'FDA approval / certification claimed for something the FDA does not approve',
  description:
    'Finds "FDA-approved / certified / registered" attached to the clinic itself ("FDA-certified clinic"), to compounded drugs, IV vitamin blends, supplements or peptides, and vague "our treatments are FDA-approved" with no product named. Accurate statements (Spravato for treatment-resistant depression, Ketalar for anesthesia, FDA-cleared devices, REMS-certified settings, 503B outsourcing facilities) and negations pass. Claims that ketamine is approved for depression have a check of their own.',
  why:
    'The FTC\'s 2022 Health Products Compliance Guidance added "an entirely new section addressing advertisers\' mischaracterization of FDA approval". The FDA approves drugs and clears devices; it does not certify clinics, and compounded drugs and supplements are not FDA-approved. A Spravato REMS certification is enrollment in a safety program, not FDA approval of the clinic.',
  fix: 'Name exactly what has which status: "We are a SPRAVATO REMS-certified healthcare setting", "Our laser is FDA-cleared for …". Remove FDA wording from compounded products, IV blends and supplements.',
  helpUrl: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  sources: [
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
    { title: 'Spravato REMS: requirements for certified outpatient healthcare settings', url: 'https://www.spravatorems.com/outpatient-hcs.html' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts, { keepLinkOnly: false })) {
      if (!/\bFDA\b|Food\s+and\s+Drug/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        for (const m of text.matchAll(FDA_STATUS)) {
          const at = m.index!;
          const end = at + m[0].length;
          const status = (m[1] ?? m[2])!.toLowerCase();
          if (!assertedIn(block, s, at, end)) continue;
          // The same clause only: "Unlike compounded ketamine, Spravato is FDA-approved" is about Spravato.
          const after = clauseAfter(text, end, 80);
          const before = text.slice(Math.max(clauseStart(text, at), at - 80, 0), at);
          const near = `${before} ${after}`;
          let problem: string | null = null;
          if (PLACE.test(after) || PLACE_BEFORE.test(before)) {
            if (/\bmammograph|\b503B\b|outsourcing|manufactur/i.test(near)) continue;
            problem = `calls the clinic or its staff "FDA-${status}"; the FDA approves drugs and clears devices, it does not ${status === 'registered' ? 'register clinics' : 'approve or certify clinics or practitioners'}`;
          } else if (UNAPPROVABLE.test(near) && !ACCURATE.test(near) && status !== 'cleared') {
            const what = UNAPPROVABLE.exec(near)![0];
            problem = `attaches "FDA-${status}" to ${/compound/i.test(what) ? 'a compounded product' : `"${what}"`}; compounded drugs, IV vitamin blends and supplements are not FDA-approved products`;
          } else if (status === 'certified' || status === 'endorsed' || status === 'sanctioned' || status === 'accredited') {
            if (ACCURATE.test(near)) continue;
            problem = `says "FDA-${status}"; the FDA does not ${status === 'certified' ? 'certify' : status} treatments or providers`;
          } else if (status === 'approved' && /^\s*[.!]?\s*$/.test(after.slice(0, 2)) && (VAGUE_SUBJECT.test(before) || text.trim().length <= m[0].length + 3)) {
            problem = 'says "FDA-approved" without naming the product or the approved use';
          }
          if (!problem) continue;
          // Leave ketamine-for-depression approval claims to claims/ketamine-fda-status.
          if (KETAMINE_1.test(text) && OFF_LABEL_INDICATION.test(after) && !/compound/i.test(near)) continue;
          out.push(
            sentenceDraft(block, s, s.start + at, s.start + end, {
              message: `This ${problem}.`,
              data: { status, phrase: m[0] },
            }),
          );
          break;
        }
      }
    }
    return out;
  },
};

export default rule;
