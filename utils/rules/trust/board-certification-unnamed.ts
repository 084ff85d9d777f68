import type { FindingDraft, PageFacts, Rule } from '../../types';
import { isAsserted, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

const BOARD_CERTIFIED = /\bboard[- ]certifi(?:ed|cation)\b/i;
// The board is named: "by the American Board of Psychiatry and Neurology", "ABPN", "AOBNP", "Royal College".
const BOARD_NAMED =
  /\b(?:American|National)\s+(?:Osteopathic\s+)?Board\s+of\s+[A-Z]|\bAmerican\s+Board\s+of\b|\bAB[A-Z]{1,4}\b|\bAOB[A-Z]{1,4}\b|\bABMS\b|\bAOA\b|\bANCC\b|\bAANP\b|\bNCCPA\b|\bRoyal\s+College\b|\bBoard\s+of\s+[A-Z][a-z]+|\b(?:certified|certification)\s+(?:by|through|from|with)\s+the\s+[A-Z]/;

// The rule is California-specific (catalog "(CA)"): the page shows a California address.
const CA_TEXT = /,\s*(?:CA|Calif\.?|California)\s+9[0-6]\d{3}\b/;
function inCalifornia(facts: PageFacts): boolean {
  for (const e of facts.jsonLd) {
    const addr = e.data.address as Record<string, unknown> | Array<Record<string, unknown>> | undefined;
    for (const a of Array.isArray(addr) ? addr : addr ? [addr] : []) {
      const region = String(a?.addressRegion ?? '').trim();
      if (/^(?:CA|Calif\.?|California)$/i.test(region)) return true;
    }
  }
  return facts.blocks.some((b) => b.region !== 'main' && CA_TEXT.test(b.text)) || facts.blocks.some((b) => CA_TEXT.test(b.text));
}

const rule: Rule = {
  id: 'trust/board-certification-unnamed',
  category: 'trust',
  severity: 'info',
  catalog: 'TRS-007',
  title: '"Board-certified" without naming the board',
  description:
    'On pages of California clinics (a California address on the page or in its business details for search engines), finds "board-certified" claims that do not name the certifying board (for example "Board-certified in Psychiatry by the ABPN") in the same or the next sentence. Reported at most three times per page.',
  why:
    'California limits how health professionals may advertise board certification (Business and Professions Code §651). Naming the board lets patients check the claim; "board-certified" alone does not say by whom.',
  fix: 'Name the board, for example: "Board-certified in [specialty] by the American Board of [specialty]".',
  helpUrl: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC',
  sources: [
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    if (!inCalifornia(facts)) return out;
    const seen = new Set<string>();
    for (const block of proseBlocks(facts, { keepLinkOnly: true })) {
      if (!/board[- ]certifi/i.test(block.text)) continue;
      const ss = sentencesOf(block);
      for (let i = 0; i < ss.length && out.length < 3; i++) {
        const s = ss[i]!;
        const m = BOARD_CERTIFIED.exec(s.text);
        if (!m) continue;
        if (BOARD_NAMED.test(s.text) || BOARD_NAMED.test(ss[i + 1]?.text ?? '')) continue;
        if (!isAsserted(s.text, m.index, m.index + m[0].length)) continue;
        const key = s.text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          sentenceDraft(block, s, s.start + m.index, s.start + m.index + m[0].length, {
            message: '"Board-certified" is claimed without naming the certifying board, so readers cannot verify it; California limits this claim to qualifying boards.',
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
