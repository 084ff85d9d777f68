// STL-003: "this year", "recently approved", "the newest generation", "coming soon" on a page whose
// own date is more than 12 months old: relative time words that have silently decayed.
import type { FindingDraft, Rule } from '../../types';
import { pageAge } from '../../dates/age';
import { humanAge, humanDate } from '../../dates/iso';
import { insideQuotes, inLinkText, proseBlocks, sentences } from '../../dates/text-scan';
import { findYears } from '../../dates/years';
import { mayHoldDate } from '../../dates/prose';
import { pandemicNotices } from './pandemic-notice';

const MIN_AGE_MONTHS = 12;

// Phrases that are relative in any sentence.
const ALWAYS = /\b(?:this|last|next|the past|the coming)\s+(?:year|month|week|season|spring|summer|fall|autumn|winter|quarter)\b|\b(?:earlier|later)\s+this\s+(?:year|month|week)\b|\bthis\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:just|newly|recently)\s+(?:been\s+)?(?:approved|released|launched|arrived|announced|published|introduced|added|opened|cleared|authori[sz]ed|updated|passed|signed|enacted|unveiled|available|reported|diagnosed|confirmed|identified|detected)\b|\b(?:we|there|they)\s+(?:are|is)\s+now\b|\bcoming soon\b|\bnow available\b|\b(?:brand[- ]new|newest|latest)\s+(?:generation|version|model|device|technology|treatment|study|studies|research|data|guidelines?|findings|approval|addition|laser|machine|equipment|option|innovation|breakthrough|trend)s?\b|\bthe newest\b|\bthis (?:new )?year'?s\b|\b(?:recent|new)\s+(?:studies|study|research|trials?|surveys?|findings|evidence|statistics|data)(?:\s+(?:in|on|of|from|among|with)(?:\s+[\w-]+){1,2})?\s+(?:ha(?:ve|s)\s+)?(?:show|shows|shown|found|finds|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed)\b/gi;
// Words that are relative only when the sentence is about approvals, research, laws or technology.
const TOPICAL = /\b(?:recently|currently|latest|newly|new|upcoming)\b/gi;
const TOPIC_ACRONYM = /\b(?:FDA|DEA|CDC|WHO|NIH|HHS|CMS)\b/;
const TOPIC = /\b(?:approv\w*|(?:FDA[- ])?clear(?:ed|ance)|authori[sz]ation|stud(?:y|ies)|research(?:ers)?|clinical trials?|trials|evidence|data|findings|laws?|legislation|rules|regulations?|regulatory|guidelines?|guidance|polic(?:y|ies)|mandates?|requirements?|insurance coverage|medicare|medicaid|technolog(?:y|ies)|breakthrough)\b/i;
// A capitalised "New" inside a sentence, before another capitalised word, is part of a name
// ("New Hope Clinic", "New York"), unless the sentence is written in title case (a heading).
const PROPER_NEW = /^New\s+[A-Z]/;
// "new" with a topic noun right after it is the dated claim ("a new FDA-approved treatment").
const NEW_TOPICAL = /\bnew(?:ly)?\s+(?:fda[- ](?:approved|cleared)|approv\w*|study|studies|research|law|laws|rule|rules|regulation|regulations|guideline|guidelines|guidance|drug|medication|treatment|technology|device|breakthrough|evidence|findings|data)\b/i;

// Habitual adverbs: the sentence states what happens in general, not at one time.
const HABITUAL = /\b(?:always|usually|typically|generally|normally|often|every|each|regularly|continually|continuously|constantly|ongoing|keep(?:s|ing)? up|stay(?:s|ing)? (?:current|up[- ]to[- ]date|abreast))\b/i;

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

function hitsIn(sentence: string): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, text: string) => {
    if (hits.some((h) => start < h.end && start + text.length > h.start)) return;
    hits.push({ start, end: start + text.length, text });
  };
  ALWAYS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALWAYS.exec(sentence))) {
    // "for the next week", "over the coming month": a span of time from whenever the reader reads it.
    if (/^(?:next|the coming)\b/i.test(m[0]) && /\b(?:for|over|during|within|in)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // In a generic statement ("you can't always know what rolls over to next year", "each spring, …
    // the next season"), "next"/"last" counts from any year, not from the page's.
    // Likewise "the latest research" in "I regularly train to stay current with the latest research".
    if (/^(?:next|last|the coming|the past|latest|newest|brand[- ]new)\b/i.test(m[0]) && HABITUAL.test(sentence)) continue;
    add(m.index, m[0]);
  }
  const topical = TOPIC.test(sentence) || TOPIC_ACRONYM.test(sentence);
  if (topical) {
    TOPICAL.lastIndex = 0;
    while ((m = TOPICAL.exec(sentence))) {
      const word = m[0].toLowerCase();
      if ((word === 'latest' || word === 'currently') && HABITUAL.test(sentence)) continue;
      if (word === 'new' || word === 'newly') {
        const tail = sentence.slice(m.index);
        // "new" counts only when a topic noun follows it at once ("a new study", "newly approved"):
        // "new patients", "our new office" and "New York" are not dated claims.
        if (!NEW_TOPICAL.test(tail.slice(0, 40))) continue;
        if (m.index > 0 && PROPER_NEW.test(tail) && !titleCase(sentence)) continue;
      }
      add(m.index, m[0]);
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
    for (const blk of proseBlocks(facts)) {
      const text = blk.text;
      if (!text) continue;
      for (const s of sentences(text)) {
        // A sentence that carries its own year ("In January 2025, the FDA recently …") is anchored.
        if (findYears(s.text).length || mayHoldDate(s.text)) continue;
        if (notices.some((n) => n.block === blk && n.start === s.start)) continue;
        const hits = hitsIn(s.text).filter((h) => !insideQuotes(text, s.start + h.start) && !inLinkText(blk, s.start + h.start, s.start + h.end));
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
