// Which drug a claim is about. Clinic pages often describe off-label racemic ketamine and
// FDA-approved esketamine (Spravato) side by side, so a claim is attributed to the nearest drug
// named before it in the same clause (or, failing that, the first named after it).
import { ESKETAMINE, KETAMINE } from './terms';
import { clauseStart } from './scan';

export type Drug = 'ketamine' | 'esketamine';

export interface DrugMention {
  drug: Drug;
  start: number;
  end: number;
}

/** Every ketamine / esketamine mention in `text`, in order. */
export function drugMentions(text: string): DrugMention[] {
  const out: DrugMention[] = [];
  for (const m of text.matchAll(ESKETAMINE)) out.push({ drug: 'esketamine', start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(KETAMINE)) {
    const start = m.index!;
    // "Spravato (esketamine)" was matched above; "ketamine" inside "esketamine" never matches KETAMINE.
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    out.push({ drug: 'ketamine', start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The drug a claim at `at` is about: the nearest mention before it in the same clause, else the
 * nearest before it in the sentence, else the first after it within `after` characters.
 */
export function drugAt(text: string, at: number, mentions = drugMentions(text), after = 80): DrugMention | null {
  const clause = clauseStart(text, at);
  let before: DrugMention | null = null;
  for (const m of mentions) if (m.end <= at) before = m;
  if (before && before.start >= clause) return before;
  // A relative clause refers back: "Unlike Spravato, which is FDA-approved for depression, …".
  if (before && /,\s*(?:which|who|that)\s+$/i.test(text.slice(Math.max(0, clause - 12), clause))) return before;
  const next = mentions.find((m) => m.start >= at && m.start - at <= after);
  if (next) return next;
  return before;
}
