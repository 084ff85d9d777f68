// Numbers that make claims: efficacy figures ("70% of our patients feel better", "relief within
// hours") for CMP-004, and health statistics ("619 million people", "1 in 5 adults") for TRS-004.
// Prices, doses, durations of a procedure, discounts and phone numbers are not claims.

export interface NumberClaim {
  start: number;
  end: number;
  text: string;
  kind: 'percent' | 'rate' | 'ratio' | 'timeframe' | 'count';
}

const EFFICACY_WORDS =
  /\b(?:respond\w*|response|remission|improv\w*|relief|reliev\w*|reduc\w*|better|healthier|success\w*|effective\w*|efficacy|results?|recover\w*|benefit\w*|symptom[- ]free|pain[- ]free|feel|feels|felt|work(?:s|ed)?|helped|decrease[sd]?|lessen\w*|eased|free\s+of|resolv\w*|happier|satisf\w*)\b/i;

// "70% of our patients", "9 out of 10 clients", "7 in 10 people".
const PCT_OF_PEOPLE =
  /\b(?:up\s+to\s+|over\s+|nearly\s+|about\s+|almost\s+|more\s+than\s+|as\s+many\s+as\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\s+(?:our\s+|all\s+|the\s+|these\s+|those\s+)?(?:\w+\s+)?(?:patients|clients|people|participants|users|individuals|subjects|respondents|customers|adults|those|cases|veterans|women|men)\b/gi;
const RATIO_OF_PEOPLE =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}|two|three|four|five|ten)\s+(?:of\s+our\s+)?(?:patients|clients|people|participants|users|individuals|adults|customers)\b/gi;
// "response rate of 70%", "70% success rate", "an 80% reduction in symptoms".
const RATE =
  /\b(?:response|remission|success|improvement|recovery|relief|efficacy|cure)\s+rates?\s+(?:of\s+)?(?:up\s+to\s+|over\s+|about\s+|nearly\s+|as\s+high\s+as\s+|around\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent)|\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+(?:response|remission|success|improvement|reduction|effective(?:ness)?|relief|decrease|efficacy)\b/gi;
// "relief within hours", "results in 24 hours", "feel better in as little as 40 minutes", "within minutes of your infusion".
const TIMEFRAME =
  /\b(?:relief|results?|feel(?:ing)?\s+better|improvement|reduction|response|respond|works?|reliev\w*|improv\w*|difference)\s+(?:\w+\s+){0,3}?(?:with)?in\s+(?:(?:just|as\s+little\s+as|only|a\s+few|a\s+matter\s+of|\d{1,3}|one|two|three|24|48|several)\s+)?(?:minutes|hours|an?\s+hour|min\b|hrs?\b)|\b(?:with)?in\s+(?:(?:just|as\s+little\s+as|only|a\s+few|a\s+matter\s+of|\d{1,3}|one|two|24|48|several)\s+)?(?:minutes|hours)\s+(?:of|after)\s+(?:\w+\s+){0,3}?(?:infusion|treatment|session|dose|drip|injection|first)\w*/gi;

/**
 * What a count of people or events is of: "96,480 new cases", "1,200 newly diagnosed patients",
 * "40,000 adults". Up to two qualifiers may stand between the number and the noun.
 */
export const COUNTED_SRC =
  "(?:(?:new|newly\\s+diagnosed|additional|reported|annual|confirmed|estimated|invasive|diagnosed|preventable|emergency|hospital|u\\.?s\\.?|american|adult|older|young)\\s+){0,2}(?:people|adults|americans|patients|deaths|cases|children|kids|women|men|veterans|teens|adolescents|individuals|persons|respondents|participants|users|melanomas|cancers|diagnoses|infections|hospitali[sz]ations|admissions|visits|overdoses|suicides|births|procedures|surgeries|injuries|residents|seniors|students|youths?)";

// Health statistics.
const STAT_NUMBER = new RegExp(
  String.raw`\b\d{1,3}(?:[.,]\d+)?\s*(?:million|billion|thousand)\b|\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)(?!\s*off\b)|\b(?:one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|hundred)\b|\b\d{1,3}(?:,\d{3})+\s+${COUNTED_SRC}\b`,
  'gi',
);
const POPULATION =
  /\b(?:people|adults|americans|children|kids|teens|adolescents|patients|population|worldwide|globally|world|nationwide|U\.?S\.?|cases|deaths|die|died|dies|prevalence|affect\w*|suffer\w*|diagnos\w*|experienc\w*|live\s+with|living\s+with|risk|disorders?|diseases?|conditions?|depress\w*|anxiety|pain|cancer|diabetes|obes\w*|suicid\w*|overdos\w*|disabilit\w*|veterans|women|men|estimat\w*|according\s+to)\b/i;
// The statistic is about health, not a company's headcount or a bond yield.
const HEALTH_CONTEXT =
  /\b(?:health\w*|diseases?|disorders?|conditions?|illness\w*|depress\w*|anxiety|pain|cancer\w*|diabet\w*|obes\w*|suicid\w*|overdos\w*|disabilit\w*|mental|patients?|diagnos\w*|prevalen\w*|symptoms?|chronic|deaths?|died|die|mortality|infect\w*|addict\w*|substance|alcohol\w*|opioids?|injur\w*|treatment|medic\w*|hospital\w*|surg\w*|dental|teeth|tooth|gum|skin|acne|sleep|insomnia|stress|trauma|PTSD|migraines?|arthritis|heart|stroke|blood\s+pressure|dementia|alzheimer\w*|adults\s+(?:have|had|with|suffer)|smok\w*|vaccin\w*)\b/i;
// Not claims: money, doses, discounts, finance terms, time of day, sizes.
const NOT_A_STAT = /[$€£]\s?\d|\b\d[\d.,]*\s*(?:mg|mcg|µg|ml|mL|cc|units?|IU|kg|lbs?|oz|mm|cm|inches|ft|sq\.?\s*ft)\b|%\s*(?:off|discount|down|apr|financing|interest|cash\s*back|natural|organic|cotton)|\b(?:save|discount|off|financing|apr|tax|tip|deposit|interest)\b/i;

function collect(text: string, re: RegExp, kind: NumberClaim['kind'], out: NumberClaim[]) {
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) continue;
    out.push({ start, end, text: m[0], kind });
  }
}

// Speed of *side effects* wearing off is not an efficacy claim: "these effects fade within an hour".
const FADING = /\b(?:fade|fades|faded|wear\s+off|wears\s+off|subside|subsides|dissipate|dissipates|go\s+away|goes\s+away|side[- ]effects?|grogg\w*|drows\w*|dissociat\w*|nause\w*)\b/i;

/** Efficacy figures in a sentence: percentages of patients who improve, response rates, speed of relief. */
export function efficacyNumbers(sentence: string): NumberClaim[] {
  const out: NumberClaim[] = [];
  collect(sentence, RATE, 'rate', out);
  if (EFFICACY_WORDS.test(sentence)) {
    collect(sentence, PCT_OF_PEOPLE, 'percent', out);
    collect(sentence, RATIO_OF_PEOPLE, 'ratio', out);
  }
  if (!FADING.test(sentence)) collect(sentence, TIMEFRAME, 'timeframe', out);
  return out
    .filter((c) => !NOT_A_STAT.test(sentence.slice(Math.max(0, c.start - 3), c.end + 12)))
    .sort((a, b) => a.start - b.start);
}

/** Health statistics in a sentence (prevalence, counts of people, shares), efficacy figures excluded. */
export function healthStatistics(sentence: string): NumberClaim[] {
  if (!POPULATION.test(sentence) || !HEALTH_CONTEXT.test(sentence)) return [];
  const eff = efficacyNumbers(sentence);
  const out: NumberClaim[] = [];
  for (const m of sentence.matchAll(STAT_NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (eff.some((e) => start < e.end && end > e.start)) continue;
    if (NOT_A_STAT.test(sentence.slice(Math.max(0, start - 3), end + 14))) continue;
    // A year range or phone fragment is not a statistic.
    if (/^\d{4}$/.test(m[0])) continue;
    out.push({ start, end, text: m[0], kind: /%|percent/i.test(m[0]) ? 'percent' : /in|out/i.test(m[0]) ? 'ratio' : 'count' });
  }
  return out;
}
