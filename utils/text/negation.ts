// Negation scope, NegEx style (Chapman et al. 2001): a claim term is negated when a negation cue
// ("not", "no", "never", "without", "isn't", "has not been shown to") precedes it within a few words
// in the same clause, with no scope terminator ("but", "however", "although", a semicolon…) in
// between. Pseudo-negations ("not only", "no doubt", "no more pain") do not negate.
//
// So "is not FDA-approved for depression", "there is no cure", "not risk-free", "we do not claim it
// treats disease" and "has not been shown to prevent suicide" all read as negated, while
// "no side effects" (where the cue is part of the claim) is checked from the start of the match.
//
// A second, weaker notion is "distancing": the sentence reports or debunks the claim rather than
// making it ("Beware of clinics that promise a cure", "The idea that ketamine is FDA-approved for
// depression is a myth"). Rules that flag promotional claims skip both.

export interface NegationCue {
  cue: string;
  /** offset of the cue in the text */
  at: number;
}

export interface NegationOptions {
  /** most words allowed between the cue and the term (NegEx uses 5; default 6) */
  window?: number;
}

// Cues that negate what follows. Longest first so "has not been shown to" wins over "not".
const PRE_CUES = [
  "(?:has|have|had|was|were|is|are)\\s+not\\s+(?:yet\\s+)?been\\s+(?:shown|proven|proved|demonstrated|established|approved|found|cleared)",
  "(?:is|are|was|were)n['’]t",
  "(?:does|do|did|has|have|had|could|would|should|can|ca|wo|must|need|may|might)n['’]t",
  '\\w+n[\'’]t',
  'cannot', 'can\\s+not', 'not', 'no', 'never', 'without', 'neither', 'nor', 'none', 'nothing', 'nobody', 'nowhere',
  'lack(?:s|ed|ing)?(?:\\s+of)?', 'absence\\s+of', 'rather\\s+than', 'instead\\s+of', 'far\\s+from',
  'fail(?:s|ed)?\\s+to', 'unlikely\\s+to',
];
const PRE_CUE = new RegExp(`(?<![\\w'’-])(?:${PRE_CUES.join('|')})(?![\\w'’-])`, 'gi');

// Cue + following words that do not negate.
const PSEUDO = /^(?:not\s+only|not\s+just|not\s+merely|no\s+doubt|no\s+wonder|not\s+to\s+mention|no\s+matter|nothing\s+but|without\s+a\s+doubt|no\s+more|no\s+longer\s+have\s+to|never\s+again|not\s+least|no\s+need\s+to\s+(?:suffer|live|wait)|don['’]t\s+(?:suffer|wait|let|miss|live)|can['’]t\s+wait|never\s+(?:felt|been)\s+better)\b/i;

// Words that end a negation's scope: "There is no cure, but treatment can help."
const TERMINATOR = /[;:!?()\[\]—–]|\s-\s|\b(?:but|however|although|though|yet|whereas|while|except|unlike|instead|which|who|whose|because|since|so)\b/i;
// A comma followed by the start of a new clause ends the scope too: "While X is not approved, it cures…".
// A clause starts with a pronoun or determiner, or with a one-word subject and its finite verb
// ("…, Spravato is …", "…, treatment can …").
const CLAUSE_COMMA = /,\s*(?:(?:it|we|you|they|he|she|this|that|these|those|there|our|your|patients?|many|most|some|studies|research|and\s+(?:it|we|you|they|this|that|there)|but|then)\b|[A-Za-z][\w-]*\s+(?:is|are|was|were|can|could|may|might|will|would|has|have|had|does|do|did|helps?|works?|treats?|offers?|remains?)\b)/i;

/**
 * The cue that negates text[start…end), or null. Only the clause before `start` is searched, up to
 * `window` words back; a terminator between the cue and the term ends its scope.
 */
export function negationCue(text: string, start: number, _end = start, opts: NegationOptions = {}): NegationCue | null {
  const window = opts.window ?? 6;
  // Look back at most ~ (window + 8) words, and never past a sentence end.
  let from = start;
  let words = 0;
  while (from > 0 && words < window + 8) {
    from--;
    const ch = text[from]!;
    if (/[.!?]/.test(ch) && /\s/.test(text[from + 1] ?? ' ') && from < start - 1) {
      from++;
      break;
    }
    if (/\s/.test(ch) && !/\s/.test(text[from + 1] ?? '')) words++;
  }
  const scope = text.slice(from, start);
  PRE_CUE.lastIndex = 0;
  let best: NegationCue | null = null;
  let m: RegExpExecArray | null;
  while ((m = PRE_CUE.exec(scope))) {
    const at = from + m.index;
    const cueEnd = at + m[0].length;
    const between = text.slice(cueEnd, start);
    // Pseudo-negation ("not only", "no more pain").
    if (PSEUDO.test(text.slice(at, Math.min(text.length, at + 40)))) continue;
    const gap = between.trim() ? between.trim().split(/\s+/).length : 0;
    if (gap > window) continue;
    if (TERMINATOR.test(between) || CLAUSE_COMMA.test(between)) continue;
    best = { cue: m[0], at };
  }
  return best;
}

/** True when text[start…end) is inside the scope of a negation cue. */
export function isNegated(text: string, start: number, end = start, opts: NegationOptions = {}): boolean {
  return negationCue(text, start, end, opts) != null;
}

// The sentence reports, warns against or debunks a claim instead of making it.
const DISTANCE_BEFORE =
  /\b(?:myths?|misconceptions?|misinformation|false(?:ly)?|(?:wrongly|falsely)\s+(?:claim|say|suggest)\w*|claims?\s+that|beware|be\s+(?:wary|cautious|careful|skeptical|suspicious)\s+of|watch\s+out\s+for|avoid\s+(?:any\s+)?(?:clinics?|providers?|companies|anyone|websites?|ads?|products?)|red\s+flags?|contrary\s+to|don['’]t\s+believe|do\s+not\s+believe|(?:it\s+is|it['’]s)\s+(?:a\s+)?(?:myth|not\s+true)|warn(?:s|ed|ing)?\s+(?:that|about|against|consumers|patients)|cautions?\s+(?:that|against)|(?:fda|ftc)\s+(?:has\s+)?(?:warned|cautioned|says|said|notes|states|stated))\b/i;
const DISTANCE_AFTER = /^[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:a\s+|simply\s+|just\s+)?(?:myths?|false|untrue|misleading|incorrect|not\s+true|a\s+misconception|wrong|unfounded|unproven)\b/i;

/**
 * True when the claim at text[start…end) is reported, warned against or debunked rather than made:
 * "Beware of clinics that promise a cure", "the claim that it is risk-free is false".
 */
export function isDistanced(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (DISTANCE_BEFORE.test(before)) return true;
  return DISTANCE_AFTER.test(text.slice(end, end + 120));
}
