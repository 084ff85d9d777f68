// The language a page is written in, read from its text: the declared <html lang> is often a CMS
// default ("en-US" over a Spanish page). Small and dependency-free: counts of each language's
// commonest short words (articles, prepositions, conjunctions), which no other language shares
// in number.
export type Lang = 'en' | 'es';

const STOP: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'our', 'your', 'you', 'are', 'this', 'that', 'it', 'on', 'be', 'we', 'can', 'or']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'para', 'con', 'por', 'su', 'sus', 'es', 'al', 'se', 'nuestro', 'nuestra', 'tu', 'más', 'como', 'lo']),
};

/** How many words are enough to decide. */
const ENOUGH = 12;
/** …or, when the other language has none at all, this many. */
const FEW = 5;

/**
 * The language of `text` by its common words, or null when there are too few or neither clearly
 * leads (a 2:1 lead: a Spanish page quotes English brand names, an English one Spanish place names).
 */
export function textLanguage(text: string, maxWords = 3000): Lang | null {
  const counts: Record<Lang, number> = { en: 0, es: 0 };
  let n = 0;
  for (const m of text.toLowerCase().matchAll(/[a-záéíóúüñ]+/g)) {
    if (++n > maxWords) break;
    const w = m[0];
    if (STOP.en.has(w)) counts.en++;
    if (STOP.es.has(w)) counts.es++;
  }
  // a short page (a contact card) decides by a few words when the other language has none
  if (counts.en + counts.es < ENOUGH) {
    if (counts.es >= FEW && counts.en === 0) return 'es';
    if (counts.en >= FEW && counts.es === 0) return 'en';
    return null;
  }
  if (counts.es >= 2 * counts.en) return 'es';
  if (counts.en >= 2 * counts.es) return 'en';
  return null;
}
