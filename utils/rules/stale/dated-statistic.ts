// STL-001: a statistic anchored to a year more than 3 years ago ("In 2016, about 50 million U.S.
// adults had chronic pain", "a 2020 consumer survey found 92%") and not backed by a recent citation.
import type { FindingDraft, Rule } from '../../types';
import { proseBlocks, sentences, insideQuotes } from '../../dates/text-scan';
import { findYears, isHistoricalYear, isNamedYear, type YearMention } from '../../dates/years';
import { COUNTED_SRC } from '../../claims-lang/stats';

const MAX_AGE_YEARS = 3;

// A statistic: a percentage, "N million", "1 in 5", "N out of 10", "N adults/people/cases".
const STAT = new RegExp(
  String.raw`\b\d[\d,.]*\s*(?:%|percent\b|per ?cent\b|(?:million|billion|thousand)\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b\d[\d,.]*\s+${COUNTED_SRC}\b`,
  'gi',
);
// How a year anchors the figure: "in 2016,", "as of 2020", "(2018 data)", "a 2020 survey", "2019–2021 data".
const ANCHOR_BEFORE = /\b(?:in|as of|during|for|from|by the end of|at the end of|through|between|circa)\s+(?:(?:early|mid|late)[- ]?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+)?$/i;
const DATA_FROM = /\b(?:data|figures|statistics|stats|estimates?|survey|study|report|census|poll|analysis|numbers|review)\s+from\s+$/i;
const ANCHOR_ARTICLE = /\b(?:a|an|the|their|its|our)\s+$/i;
const ANCHOR_AFTER = /^\s*(?:[a-z][a-z-]+\s+){0,2}(?:data|figures|statistics|stats|estimates?|survey|study|report|census|poll|analysis|numbers|nhis|brfss|review|meta-analysis)\b/i;
const ANCHOR_PAREN = /^\s*(?:data)?\s*\)/i; // "(2018 data)", "(2018)"
// A citation that dates the source: "(CDC MMWR, 2023)", "CDC (2023)", "Smith et al., 2022".
const CITATION = /\(([^()]{2,80}?),?\s+((?:19|20)\d\d)[a-z]?\)|\b(?:[A-Z][A-Za-z&.]+(?:\s+[A-Z][A-Za-z&.]+){0,4})\s+\(((?:19|20)\d\d)\)|\bet al\.?,?\s+\(?((?:19|20)\d\d)/g;

// Words that make a head count a statistic rather than an event ("200 people were killed").
const PREVALENCE = /\b(?:affect\w*|live[sd]?\s+with|living\s+with|suffer\w*|diagnos\w*|report\w*|estimat\w*|experienc\w*|prevalen\w*|rates?|survey\w*|stud(?:y|ies)|data|according|respondents|population|incidence|died|deaths?|overdos\w*|hospitali[sz]\w*)\b/i;
// The figure must sit in the same clause as its year anchor.
const MAX_ANCHOR_DISTANCE = 90;

// Cheap gates before the sentence work: a year and something that may be a statistic.
const QUICK_YEAR = /(?:19|20)\d\d/;
const QUICK_STAT = /%|percent|million|billion|thousand|\d\s+(?:in|out of)\s|\d\s+[a-z]/i;

interface Anchor {
  year: YearMention;
  start: number;
  end: number;
}

function anchorOf(sentence: string, y: YearMention): Anchor | null {
  const before = sentence.slice(Math.max(0, y.start - 40), y.start);
  const after = sentence.slice(y.end, y.end + 30);
  if (isNamedYear(sentence, y.start, y.end)) return null;
  // "A survey from 2017 found…", "Data from 2017 show…": the source's year, not history.
  const from = DATA_FROM.exec(before);
  if (from) {
    const art = ANCHOR_ARTICLE.exec(before.slice(0, before.length - from[0].length));
    return { year: y, start: y.start - from[0].length - (art?.[0].length ?? 0), end: y.end };
  }
  if (isHistoricalYear(sentence, y.start)) return null;
  let start = y.start;
  const b = ANCHOR_BEFORE.exec(before);
  if (b) start = y.start - b[0].length;
  else if (ANCHOR_AFTER.test(after)) {
    const art = ANCHOR_ARTICLE.exec(before);
    if (art) start = y.start - art[0].length;
  } else if (ANCHOR_PAREN.test(after) && /\(\s*$/.test(before)) start = y.start - (before.length - before.lastIndexOf('('));
  else return null;
  const a = ANCHOR_AFTER.exec(after);
  return { year: y, start, end: y.end + (a ? a[0].length : 0) };
}

const rule: Rule = {
  id: 'stale/dated-statistic',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-001',
  title: 'Statistic anchored to an old year',
  description:
    'Finds a number or percentage anchored to a year more than 3 years ago — "In 2016, about 50 million U.S. adults…", "as of 2020", "(2018 data)", "a 2020 survey found 92%" — unless the sentence cites a source dated within the last 3 years or links it. Historical facts ("FDA approved Spravato in 2019", "since 1970"), years in the reference list, in <cite> or quotations, and years in names of laws and studies are ignored.',
  why:
    'Health information must rest on "reliable, up-to-date evidence" (PIF TICK), and the NHS standard says to "check the evidence every time you review … clinical content" and to "update content when evidence changes". A figure from years ago may have been replaced by a newer one.',
  fix: 'Replace the figure with the newest one from the same source, with its year and a citation, e.g. "In 2021, an estimated 20.9% of U.S. adults (51.6 million) had chronic pain (CDC MMWR, 2023)."',
  helpUrl: 'https://www.pifonline.org.uk/toolkit/guidance/accuracy/keep-your-health-information-up-to-date/plan-how-the-resource-will-be-reviewed-and-updated-and-have-clear-processes/',
  sources: [
    { title: 'PIF toolkit: Plan how health information will be reviewed and kept up to date', url: 'https://www.pifonline.org.uk/toolkit/guidance/accuracy/keep-your-health-information-up-to-date/plan-how-the-resource-will-be-reviewed-and-updated-and-have-clear-processes/' },
    { title: 'PIF TICK: the quality mark for trusted health information, and its criteria', url: 'https://piftick.org.uk/about-pif-tick' },
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const thisYear = Number(ctx.today.slice(0, 4));
    const out: FindingDraft[] = [];
    for (const blk of proseBlocks(facts)) {
      if (blk.heading) continue;
      const text = blk.text;
      if (!QUICK_YEAR.test(text) || !QUICK_STAT.test(text)) continue;
      for (const s of sentences(text)) {
        STAT.lastIndex = 0;
        const stats: Array<{ start: number; end: number }> = [];
        let m: RegExpExecArray | null;
        while ((m = STAT.exec(s.text))) stats.push({ start: m.index, end: m.index + m[0].length });
        if (!stats.length) continue;
        const years = findYears(s.text);
        // The statistic's own numbers must not be the years themselves, nor money ("$800 billion"),
        // and a bare head count ("killing more than 200 people") needs a statistics cue.
        const cue = PREVALENCE.test(s.text);
        const realStats = stats.filter((st) => {
          if (years.some((y) => st.start >= y.start && st.start < y.end)) return false;
          if (/[$€£¥]\s*$/.test(s.text.slice(Math.max(0, st.start - 2), st.start)) || /^\S*\s*(?:dollars|euros|pounds|usd)\b/i.test(s.text.slice(st.end, st.end + 12))) return false;
          const headCount = !/%|percent|per ?cent|million|billion|thousand|\bin\b|out of/i.test(s.text.slice(st.start, st.end));
          return !headCount || cue;
        });
        if (!realStats.length) continue;
        let anchor: Anchor | null = null;
        for (const y of years) {
          if (y.endYear > thisYear - 1) continue; // this year or last year: current enough
          const a = anchorOf(s.text, y);
          if (a) {
            anchor = a;
            break;
          }
        }
        if (!anchor) continue;
        const dataYear = anchor.year.endYear;
        if (thisYear - dataYear <= MAX_AGE_YEARS) continue;
        if (insideQuotes(text, s.start + anchor.start)) continue;
        // Cited: a source dated within 3 years, or a link / citation marker in the sentence.
        CITATION.lastIndex = 0;
        let cited = false;
        let c: RegExpExecArray | null;
        while ((c = CITATION.exec(s.text))) {
          const y = Number(c[2] ?? c[3] ?? c[4]);
          if (thisYear - y <= MAX_AGE_YEARS) cited = true;
        }
        if (cited) continue;
        const linked = blk.spans.some((sp) => sp.link >= 0 && sp.start < s.end + 3 && sp.end > s.start);
        if (linked || /\[\d+(?:[,–-]\s*\d+)*\]|\bsup\b/.test(s.text)) continue;
        // The excerpt: from the anchor to the end of the nearest statistic after it (or the sentence).
        const near = realStats.filter((st) => Math.min(Math.abs(st.start - anchor!.end), Math.abs(anchor!.start - st.end)) <= MAX_ANCHOR_DISTANCE);
        if (!near.length) continue;
        const stat = near.find((st) => st.start >= anchor!.start) ?? near[near.length - 1]!;
        const from = Math.min(anchor.start, stat.start);
        let to = Math.max(anchor.end, stat.end);
        if (s.text[to] === ')' && s.text.lastIndexOf('(', to) >= from) to++;
        const start = s.start + from;
        const end = s.start + to;
        const age = thisYear - dataYear;
        out.push({
          message: `This figure is anchored to ${anchor.year.text} (${age} years ago) and gives no recent source; newer data may exist.`,
          element: blk.element,
          excerpt: text.slice(start, end),
          range: { block: blk.index, start, end },
          fix: 'Check the source for a newer figure and cite it with its year, e.g. "(CDC MMWR, 2023)", with a link; or make clear the figure is historical.',
          data: { year: dataYear, ageYears: age },
        });
      }
    }
    return out;
  },
};

export default rule;
