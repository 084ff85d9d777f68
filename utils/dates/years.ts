// Four-digit years in prose: where they are, whether two of them form a range ("2019–2021"),
// and the look-alikes that are not years (phone-number fragments, ZIP codes, prices, IDs).

export interface YearMention {
  /** offsets into the text of the whole mention (a range covers both years) */
  start: number;
  end: number;
  /** the (first) year */
  year: number;
  /** the last year of a range, else the same as `year` */
  endYear: number;
  text: string;
}

// A year is 1900–2099 standing alone: not inside a longer number, an ID, a price, a decimal or a
// phone number. Ranges "2019–2021", "2019-21", "2019 to 2021" become one mention.
const YEAR_RE = /(?<![\w$€£¥#@.,:/+=-])((?:19|20)\d\d)(?:s\b)?(?:\s*(?:[-–—]|to|through|thru)\s*((?:19|20)?\d\d)(?![\w%]|[.,]\d))?(?![\w%]|[.,]\d|[-/]\d)/gi;

// Phone numbers with the "year" inside them: 949-945-2019, (619) 238.2020, +1 800 273 2020.
const PHONE_AROUND = /(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g;

/** True when [start, end) of `text` lies inside something shaped like a phone number. */
export function isPhoneFragment(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 20);
  const window = text.slice(from, Math.min(text.length, end + 20));
  PHONE_AROUND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_AROUND.exec(window))) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s <= start && e >= end && /[\s.()-]/.test(m[0])) return true;
  }
  return false;
}

/** Years in `text`, in order. Ranges count once, with `endYear` set. */
export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(text))) {
    const year = Number(m[1]);
    let endYear = year;
    if (m[2]) {
      const raw = m[2];
      const second = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw);
      // "2019-21" is a range; "2019-12" is a year and a month, "1999-2" noise: keep only forward ranges.
      if (second > year && second - year <= 60) endYear = second;
      else {
        // not a range: keep only the first year and re-scan after it
        YEAR_RE.lastIndex = m.index + 4;
        if (/^[-/]\d/.test(text.slice(m.index + 4, m.index + 6))) continue; // 2024-01-10, 2024/01: a date, not a bare year
        if (isPhoneFragment(text, m.index, m.index + 4)) continue;
        out.push({ start: m.index, end: m.index + 4, year, endYear: year, text: m[1]! });
        continue;
      }
    }
    const start = m.index;
    const end = m.index + m[0].length;
    if (isPhoneFragment(text, start, start + 4)) continue;
    out.push({ start, end, year, endYear, text: m[0] });
  }
  return out;
}

// Years that name a thing rather than date a fact: laws, named studies and guidelines, products,
// "COVID-19"-style names. `before`/`after` are the text just before and after the year.
const NAMED_BEFORE = /\b(?:act|acts|law|amendments?|regulations?|rule|code|statute|bill|directive|standard|edition|version|model|windows|office|iso|icd|dsm|covid|class)(?:\s+of)?[\s,]*$/i;
const NAMED_AFTER = /^\s*(?:act|amendments?|law|statute|directive|regulations?|model|edition|version|collection|series|convention|olympics|world cup)\b/i;

/** True when the year at [start, end) is part of a name (law, study, product) rather than a date. */
export function isNamedYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (NAMED_BEFORE.test(before)) return true;
  if (NAMED_AFTER.test(after)) return true;
  // An acronym or model name right before the year: "STAR*D 2006 analysis", "ICD-10 2019".
  if (/\b[A-Z][A-Za-z]*[*&\d][A-Za-z\d*&-]*\s*$/.test(before)) return true;
  return false;
}

// Words before a year that make it history, not freshness: "since 1970", "founded in 1995".
const HISTORY_BEFORE = /\b(?:since|founded|established|est\.?|opened|serving\s+\w+(?:\s+\w+)?\s+since|started|began|approved|introduced|invented|discovered|built|born|circa|c\.|until|till|from)\s*(?:in\s+)?$/i;

/** True when the year at `start` is introduced as history ("since 1970", "founded in 1995"). */
export function isHistoricalYear(text: string, start: number): boolean {
  return HISTORY_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
