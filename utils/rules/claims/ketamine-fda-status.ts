import type { FindingDraft, Rule } from '../../types';
import { APPROVAL, ANESTHESIA, ESKETAMINE_1, KETAMINE_1, OFF_LABEL_INDICATION, OFF_LABEL_INDICATION_G, USE_WORDS } from '../../claims-lang/terms';
import { clauseAfter, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { drugAt, drugMentions } from '../../claims-lang/drugs';

// Between the approval phrase and the indication: only connective words ("to treat", "for use in
// adults with", "ketamine infusions for"), never a whole new statement.
const MAX_GAP_WORDS = 8;

const rule: Rule = {
  id: 'claims/ketamine-fda-status',
  category: 'claims',
  severity: 'error',
  catalog: 'CLM-001',
  title: 'Ketamine described as FDA-approved for a psychiatric or pain condition',
  description:
    'Finds sentences that call ketamine (not Spravato, which is esketamine) FDA-approved for depression, anxiety, PTSD, OCD, bipolar disorder, chronic pain, migraine, addiction or a similar indication. Accurate statements ("FDA-approved as an anesthetic since 1970"), negations ("is not FDA-approved for depression") and Spravato sentences pass.',
  why:
    'Ketamine (Ketalar) is FDA-approved for anesthesia only; the Spravato label reads "Initial U.S. Approval: 1970 (ketamine)". In its October 2023 warning the FDA said it "has not approved the use of the drug for treating psychiatric disorders". Calling ketamine approved for depression or pain misstates a fact patients rely on.',
  fix: 'Say what the approval covers and that the use is off-label: "Ketamine is FDA-approved as an anesthetic; using it for depression or chronic pain is off-label."',
  helpUrl: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
  sources: [
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
    { title: 'Drugs.com: FDA warns of the risks of compounded and at-home ketamine (October 2023)', url: 'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts)) {
      if (!KETAMINE_1.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        if (!KETAMINE_1.test(text)) continue;
        const mentions = drugMentions(text);
        for (const m of text.matchAll(APPROVAL)) {
          const at = m.index!;
          const end = at + m[0].length;
          if (!assertedIn(block, s, at, end)) continue;
          const drug = drugAt(text, at, mentions);
          if (!drug || drug.drug !== 'ketamine') continue;
          // The approval's object: "for use as an anesthetic", "to treat depression and chronic pain".
          const object = clauseAfter(text, end);
          const ind = OFF_LABEL_INDICATION.exec(object);
          if (!ind) continue;
          const gap = object.slice(0, ind.index);
          if (ANESTHESIA.test(gap) || ESKETAMINE_1.test(gap)) continue;
          // "ketamine, an FDA-approved medication, has been shown to relieve depression": a second
          // predicate about effect, not a claim about what the approval covers.
          if (/,\s*(?:and\s+)?(?:has|have|had|is|are|was|were|can|may|might|could|shows?|showed|helps?|works?)\b/i.test(gap)) continue;
          const gapWords = gap.trim() ? gap.trim().split(/\s+/).length : 0;
          if (gapWords > MAX_GAP_WORDS) continue;
          if (gapWords > 1 && !USE_WORDS.test(gap)) continue;
          // Spravato named between the ketamine mention and the indication: the approval is about it.
          if (ESKETAMINE_1.test(text.slice(Math.min(drug.start, at), end + ind.index))) continue;
          const all = [...new Set([...object.slice(ind.index).matchAll(OFF_LABEL_INDICATION_G)].map((x) => x[0]))];
          const indication = all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}` : ind[0];
          const mEnd = end + ind.index + ind[0].length;
          out.push(
            sentenceDraft(block, s, s.start + Math.min(drug.start, at), s.start + mEnd, {
              message: `This says ketamine is FDA-approved for ${indication}. Ketamine (Ketalar) is FDA-approved only as an anesthetic; the FDA has not approved it for any psychiatric disorder or for pain. Only esketamine (Spravato) nasal spray is approved, for depression.`,
              fix: `Rewrite as: "Ketamine is FDA-approved as an anesthetic; using it for ${indication} is off-label." If you mean Spravato (esketamine), name it.`,
              data: { indication, indications: all, approval: m[0] },
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
