// Sentence splitting with offsets into the original text (a TextBlock's `text`), so a rule can
// report the exact range of a claim. Rule-based, English-first: a sentence ends at . ! ? (or …)
// followed by white space and something that can start a sentence, except after abbreviations
// (Dr., e.g., U.S., Inc., a.m., single initials "J.") and inside numbers ("3.5 mg").

export interface Sentence {
  /** the sentence text, trimmed (equal to source.slice(start, end)) */
  text: string;
  start: number;
  end: number;
  /** position among the sentences of the same text */
  index: number;
}

// Lower-cased abbreviations (without the final dot) after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'et al',
  'approx', 'appt', 'apt', 'ste', 'no', 'nos', 'vol', 'fig', 'figs', 'ref', 'refs', 'ed', 'eds', 'inc', 'ltd', 'co', 'corp',
  'llc', 'ave', 'blvd', 'rd', 'hwy', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'u.s', 'u.k', 'u.s.a', 'a.m', 'p.m',
  'm.d', 'd.o', 'ph.d', 'd.d.s', 'd.m.d', 'r.n', 'n.p', 'b.s', 'm.s', 'b.a', 'm.a', 'pharm.d', 'psy.d', 'mg', 'ml', 'oz',
  'lb', 'lbs', 'hr', 'hrs', 'min', 'mins', 'sec', 'wk', 'wks', 'yr', 'yrs', 'tel', 'ph', 'ext', 'approx', 'incl', 'gen',
  'gov', 'rev', 'hon', 'capt', 'col', 'gen', 'lt', 'sgt', 'cpl', 'pt', 'pts', 'dx', 'tx', 'rx', 'hx', 'sx',
]);

// A sentence-ending run: terminal punctuation, closing quotes/brackets, then white space.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)/g;
// What may start the next sentence: a capital, digit, opening quote/bracket, or a bullet-like symbol.
const NEXT_START = /^["'“‘(\[]?[A-Z0-9À-ÖØ-Þ¡¿•\-–—*]/;

function wordBefore(text: string, end: number): string {
  // The token ending at `end` (exclusive), including inner dots: "e.g", "U.S", "Ph.D".
  let i = end;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isAbbreviation(text: string, dotAt: number): boolean {
  const token = wordBefore(text, dotAt);
  if (!token) return false;
  const lower = token.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(lower)) return true;
  // A single capital initial: "J. Smith", "Jessica L. Lee".
  if (/^[A-Z]$/.test(token)) return true;
  // Dotted acronyms: "U.S", "N.I.H".
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token)) return true;
  return false;
}

/** Splits `text` into sentences with offsets. Never returns empty sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end, index: out.length });
  };
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const punct = m[1]!;
    const punctAt = m.index;
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + 3);
    if (!NEXT_START.test(rest)) continue;
    if (punct === '.' && isAbbreviation(text, punctAt)) {
      // "… in the U.S. The FDA …": an abbreviation can still end a sentence when a clear
      // sentence starter follows. Keep it simple: only titles/initials never end a sentence.
      const token = wordBefore(text, punctAt).toLowerCase();
      const neverEnds = /^(dr|drs|mr|mrs|ms|mx|prof|sr|jr|st|mt|no|nos|vol|fig|figs|ref|refs|vs|cf|e\.g|i\.e|approx|ste|capt|col|lt|sgt|hon|rev|gen)$/.test(token) || /^[a-z]$/.test(token);
      if (neverEnds) continue;
      // Other abbreviations (Inc., U.S., a.m., M.D.) end the sentence only before a common starter.
      const nextWord = /^["'“‘(]?([A-Za-z]+)/.exec(text.slice(after, after + 20))?.[1] ?? '';
      if (!STARTERS.has(nextWord.toLowerCase())) continue;
    }
    push(from, punctAt + punct.length + m[2]!.length);
    from = after;
  }
  push(from, text.length);
  return out;
}

// Words that often start a sentence, used to decide whether "… Inc. The …" ends one.
const STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'our', 'you', 'your', 'they', 'their', 'he', 'she',
  'his', 'her', 'i', 'my', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'but', 'and',
  'however', 'also', 'many', 'most', 'some', 'call', 'contact', 'book', 'schedule', 'learn', 'read', 'please', 'there',
  'what', 'how', 'why', 'who', 'patients', 'studies', 'research',
]);

/** The sentence that contains offset `at`, or null. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  for (const s of sentences) if (at >= s.start && at < s.end) return s;
  return null;
}

/** True when the sentence is a question (ends with "?", ignoring closing quotes/brackets). */
export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*\s*$/.test(sentence);
}

/**
 * True when offset `at` of `text` sits inside a quotation: between curly quotes “…”, or between a
 * pair of straight double quotes. Quoted words are someone else's voice (a headline, a warning,
 * a patient), so several rules skip them.
 */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.lastIndexOf('”') < open) {
    // an opening curly quote with no close before `at`: inside when a close follows
    if (text.indexOf('”', at) >= 0) return true;
  }
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && text.indexOf('"', at) >= 0) return true;
  return false;
}
