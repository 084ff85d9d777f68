// STL-003: "this year", "recently approved", "the newest generation", "coming soon" on a page whose
// own date is more than 12 months old: relative time words that have silently decayed.
import type { FindingDraft, Rule } from '../../types';
import { pageAge } from '../../dates/age';
import { humanAge, humanDate } from '../../dates/iso';
import { insideQuotes, inLinkText, proseBlocks, sentences } from '../../dates/text-scan';
import { findYears } from '../../dates/years';
import { mayHoldDate } from '../../dates/prose';
import { pandemicNotices } from './pandemic-notice';
import type { StaleVocabulary } from '../../locale';

const MIN_AGE_MONTHS = 12;

/** True when most words of four or more start with a capital letter: a heading, not prose. */
function titleCase(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

interface Hit {
  start: number;
  end: number;
  text: string;
}

type RelativeWords = StaleVocabulary['relative'];

function hitsIn(sentence: string, w: RelativeWords): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, text: string) => {
    if (hits.some((h) => start < h.end && start + text.length > h.start)) return;
    hits.push({ start, end: start + text.length, text });
  };
  const topical = w.topic.test(sentence) || w.agency.test(sentence) || w.statistic.test(sentence);
  for (const m of sentence.matchAll(w.always)) {
    const at = m.index!;
    if (w.backward.test(m[0]) && !topical) continue;
    // "for the next week", "over the coming month": a span of time from whenever the reader reads it.
    if (w.spanWord.test(m[0]) && w.spanBefore.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    // In a generic statement ("you can't always know what rolls over to next year", "each spring, …
    // the next season"), "next"/"last" counts from any year, not from the page's.
    // Likewise "the latest research" in "I regularly train to stay current with the latest research".
    if (w.generalised.test(m[0]) && w.habitual.test(sentence)) continue;
    add(at, m[0]);
  }
  if (topical) {
    for (const m of sentence.matchAll(w.topical)) {
      const at = m.index!;
      if (w.generalisedTopical.test(m[0]) && w.habitual.test(sentence)) continue;
      if (w.novelty.test(m[0])) {
        const tail = sentence.slice(at);
        // "new" counts only when a topic noun follows it at once ("a new study", "newly approved"):
        // "new patients", "our new office" and "New York" are not dated claims.
        if (!w.noveltyTopical.test(tail.slice(0, 40))) continue;
        if (at > 0 && w.properName?.test(tail) && !titleCase(sentence)) continue;
      }
      add(at, m[0]);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const rule: Rule = {
  id: 'stale/relative-time-on-old-page',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-003',
  title: 'Relative time words on an old page',
  description:
    'On a page whose own date is more than 12 months old, finds relative time words that have silently gone out of date: "this year", "last month", "recently approved", "the newest generation", "coming soon", and — in sentences about approvals, research, laws or technology — "recently", "currently", "latest" and "new".',
  why: 'Relative time words decay silently: "recently approved" on a page from 2022 misleads a reader in 2026. Google\'s byline-date guidance exists because readers judge recency from the words and dates they see; a real example is "The FDA has recently approved SPRAVATO as a standalone therapy" left on a page long after the approval.',
  fix: 'Replace the relative words with the actual date ("In January 2025, the FDA approved …"), then re-check that the statement is still true.',
  helpUrl: 'https://developers.google.com/search/docs/appearance/publication-dates',
  sources: [
    { title: 'Google: Influence your byline dates in Google Search', url: 'https://developers.google.com/search/docs/appearance/publication-dates' },
    { title: 'NHS design system: Know that a page is up to date (review dates)', url: 'https://service-manual.nhs.uk/design-system/patterns/know-that-a-page-is-up-to-date' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const age = pageAge(ctx.dates, ctx.today);
    if (!age || age.months <= MIN_AGE_MONTHS) return [];
    const out: FindingDraft[] = [];
    // Sentences of a pandemic-era notice are reported, with their reason, by stale/pandemic-notice.
    const notices = pandemicNotices(facts, ctx);
    const languages = ctx.locales.map((l) => l.stale.relative);
    for (const blk of proseBlocks(facts)) {
      const text = blk.text;
      if (!text) continue;
      for (const s of sentences(text)) {
        // A sentence that carries its own year ("In January 2025, the FDA recently …") is anchored.
        if (findYears(s.text).length || mayHoldDate(s.text)) continue;
        if (notices.some((n) => n.block === blk && n.start === s.start)) continue;
        const hits = languages.flatMap((w) => hitsIn(s.text, w)).filter((h) => !insideQuotes(text, s.start + h.start) && !inLinkText(blk, s.start + h.start, s.start + h.end));
        if (!hits.length) continue;
        const first = hits[0]!;
        const start = s.start + first.start;
        const words = [...new Set(hits.map((h) => h.text))];
        out.push({
          message: `"${first.text}" is relative to when the page was written: the page is dated ${humanDate(age.date)} (${humanAge(age.months)} ago), so ${words.length > 1 ? `"${words.join('", "')}" no longer mean what they say` : 'it no longer means what it says'}.`,
          element: blk.element,
          excerpt: first.text,
          range: { block: blk.index, start, end: start + first.text.length },
          fix: `Replace "${first.text}" with the actual date or period, then check the sentence is still true; or update the page and its date.`,
          data: { date: age.date, ageMonths: age.months, dateSource: age.source, words },
        });
      }
    }
    return out;
  },
};

export default rule;
