// STL-010: an offer, promotion or event whose own end date has passed — in the text ("Book before
// January 31, 2022", "Spring 2024 promo") or in JSON-LD (Offer.validThrough, Offer.priceValidUntil,
// Event.endDate).
import { mothersDay, nthWeekday, seasonEnd as calendarSeasonEnd, type SeasonId } from '../../locale/calendar';
import type { FindingDraft, Rule, TextBlock } from '../../types';
import { findDateMentions, mayHoldDate, type DateMention } from '../../dates/prose';
import { addDays, daysBetween, endOfMonth, humanDate, isoFromParts, monthsBetween, toIsoDay } from '../../dates/iso';
import { proseBlocks, sentences } from '../../dates/text-scan';
import { pageAge } from '../../dates/age';

// An announcement in the future tense is out of date this long after its date, and its marker sits
// this close before the date.
const FUTURE_SLACK_DAYS = 30;
const FUTURE_REACH = 80;

// Words that introduce an end date: "offer ends", "book before", "valid through", "expires".
const END_CUE = /(?:\b(?:book|register|sign up|enroll|schedule|reserve|call|order|buy|purchase|redeem|claim|apply|rsvp|offer|special|promo(?:tion)?|sale|deal|discount|coupon|pricing|price|savings?)\s+(?:(?:now|today|online|your\s+\w+)\s+)?)?\b(?:ends?|ending|expires?|expiring|expiration(?:\s+date)?|valid\s+(?:through|thru|until|till|to)|good\s+(?:through|thru|until|till)|through|thru|until|till|before|by|deadline|last day|no later than)\b[\s:,]*(?:on\s+|the\s+|(?:the\s+)?end\s+of\s+)?$/i;
// …and the words that make the sentence an offer or an event.
const OFFER = /\b(?:offers?|special|specials|promo(?:tion)?s?|discount(?:ed|s)?|deals?|sale|coupons?|savings?|save|free|complimentary|bonus|gift|%\s*off|\$\s*\d|book(?:ing)?|reserve|register|registration|sign[- ]?up|rsvp|enroll|(?<!(?:adverse|cardiac|cardiovascular|serious|clinical|medical|life|thromboembolic)\s)event|seminar|webinar|open house|workshop|class|giveaway|contest|raffle|limited[- ]time|price|pricing|package|membership|new[- ]patient)\b/i;
// Past-tense narration of an event: "we hosted", "was held" — history, not an offer.
const NARRATION = /\b(?:hosted|was held|were held|took place|attended|we held|celebrated|was a success|thank(?:s| you) (?:to|for) (?:all|everyone)|(?:was|were) (?:valid|open|available|offered|on sale|running)|ran (?:from|through|until)|lasted)\b/i;
// End cues strong enough to stand on event context from the heading or the block alone ("by" and
// "before" are not: "By March 2024 the CDC recommended …" under a "Flu shot clinic" heading is prose).
const STRONG_END = /\b(?:ends?|ending|expires?|expiring|expiration(?:\s+date)?|closes?|closing|last day|deadline|will end|(?:valid|good|runs?|running|open|available|offered|held)\s+(?:through|thru|until|till|to))\b[\s:,]*(?:on\s+|the\s+|(?:the\s+)?end\s+of\s+)?$/i;
// Clinic events named in the sentence, the block or the section heading: a walk-in flu shot clinic,
// a screening day, a seminar, an open house. Bare "event" is not one here ("adverse event").
const EVENT_CTX = /\b(?:clinic days?|(?:flu|influenza|covid(?:-19)?|vaccines?|vaccination|immuni[sz]ation|booster|shot|screening|pop-up)\s+(?:shot\s+)?clinics?|(?:community|screening|health|wellness|charity|fundraising|educational|information(?:al)?|info|open)\s+(?:events?|sessions?|nights?|evenings?)|open (?:days?|houses?)|seminars?|webinars?|workshops?|health fairs?|screening days?|free screenings?|lunch (?:and|&) learns?|meet (?:and|&) greets?|grand opening)\b/i;
const EVENT_HEADING = /^\s*(?:upcoming|our|community|clinic|special|patient)?\s*events?\b|\bupcoming events?\b/i;
// How many blocks after a heading its event context reaches.
const HEADING_REACH = 3;
// A past-tense sentence under an event heading is not the announcement ("Dr. Lee was away June 1 – …").
const PAST = /\b(?:was|were|had|did|has been|have been)\b/i;
// …and the verbs that tell a past event rather than announce one ("We opened the clinic on …").
const PAST_NARRATION = /\b(?:was|were|had|did|has been|have been|hosted|held|took place|attended|opened|launched|published|announced|celebrated|completed|finished|ended|vaccinated|served|welcomed|raised|organi[sz]ed|gave|visited|joined)\b/i;
// Money off ("$25 off", "20% off"): OFFER's word boundaries cannot see a leading "$".
const MONEY_OFF = /\$\s?\d[\d,.]*\s+off\b|\d\s?%\s+off\b/i;
const isOffer = (text: string) => OFFER.test(text) || MONEY_OFF.test(text);
// A sentence that is only the terms of the offer before it ("Valid thru 12/31/24.", "*Expires 3/1/25").
const FINE_PRINT = /^\W{0,3}(?:offer\s+|discount\s+|pricing\s+|promo(?:tion)?\s+)?(?:valid|good|expires?|ends?|available|redeem(?:able)?|(?:now\s+)?(?:through|thru|until|till))\b/i;
// End dates named by a holiday or a season and a year ("through Labor Day 2024", "until the end of
// summer 2024"): the date parser knows calendar dates only, so these are worked out here.
const HOLIDAY_DATE = /\b(labor day|memorial day|thanksgiving|black friday|cyber monday|christmas(?: eve| day)?|new year['’]?s(?: eve| day)?|independence day|the fourth of july|july 4(?:th)?|valentine['’]?s day|mother['’]?s day|father['’]?s day|halloween|(?:spring|summer|fall|autumn|winter))\s+((?:19|20)\d\d)\b/gi;

/** The day of a named holiday in `year` (nthWeekday: months 1–12, weekday 0 = Sunday). */
function holidayDay(name: string, year: number, region: string): string | null {
  const n = name.toLowerCase().replace(/’/g, "'");
  const day = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (n === 'labor day') return nthWeekday(year, 9, 1, 1);
  if (n === 'memorial day') return nthWeekday(year, 5, 1, -1);
  if (n === 'thanksgiving') return nthWeekday(year, 11, 4, 4);
  if (n === 'black friday' || n === 'cyber monday') return addDays(nthWeekday(year, 11, 4, 4), n === 'black friday' ? 1 : 4);
  if (n.startsWith('christmas')) return day(12, n === 'christmas eve' ? 24 : 25);
  if (n.startsWith('new year')) return n.endsWith('eve') ? day(12, 31) : day(1, 1);
  if (n === 'independence day' || n.includes('july')) return day(7, 4);
  if (n.startsWith('valentine')) return day(2, 14);
  if (n.startsWith('mother')) return mothersDay(year, region);
  if (n.startsWith('father')) return nthWeekday(year, 6, 0, 3);
  if (n === 'halloween') return day(10, 31);
  // seasons end at the next solstice or equinox, by hemisphere (utils/locale/calendar.ts)
  if (n === 'spring' || n === 'summer' || n === 'winter') return calendarSeasonEnd(n, year, region);
  if (n === 'fall' || n === 'autumn') return calendarSeasonEnd('autumn', year, region);
  return null;
}

// A holiday whose date moves, given with its day but no year ("Mother's Day is May 11", "Labor Day —
// Monday, September 1"): the day names the year, since the holiday falls on it only in some years.
const MOVEABLE_ON_DAY = /\b(labor day|memorial day|thanksgiving|mother['’]?s day|father['’]?s day)\s*(?:is|falls on|on|[—–:,-])?\s*(?:(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?\.?,?\s*)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)/gi;

/** The year nearest `today` (up to eight years back, one ahead) in which the holiday fell on month/day. */
function yearOfHolidayDay(name: string, month: number, dayOfMonth: number, today: string, region: string): string | null {
  const year = Number(today.slice(0, 4));
  const want = `-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  let best: string | null = null;
  for (let y = year + 1; y >= year - 8; y--) {
    const d = holidayDay(name, y, region);
    if (!d?.endsWith(want)) continue;
    if (!best || Math.abs(daysBetween(d, today)) < Math.abs(daysBetween(best, today))) best = d;
  }
  return best;
}

function holidayMentions(text: string, today: string, region: string): Array<{ start: number; end: number; text: string; date: string; last: string; precision: 'day'; range?: undefined; moveable?: boolean }> {
  const out: Array<{ start: number; end: number; text: string; date: string; last: string; precision: 'day'; range?: undefined; moveable?: boolean }> = [];
  for (const m of text.matchAll(HOLIDAY_DATE)) {
    const date = holidayDay(m[1]!, Number(m[2]), region);
    if (date) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date, last: date, precision: 'day' });
  }
  for (const m of text.matchAll(MOVEABLE_ON_DAY)) {
    const date = yearOfHolidayDay(m[1]!, MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[3]), today, region);
    if (date) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date, last: date, precision: 'day', moveable: true });
  }
  return out;
}

// A weekday written just before the date ("Sunday, ", "Fri ", "Sat. ").
const WEEKDAY_BEFORE = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+$/i;
// A start date, not an end: "every Saturday starting October 5, 2024", "from March 3, 2024".
const START_CUE = /\b(?:start(?:s|ing)?|begin(?:s|ning)?|from|since|as of|effective|launch(?:es|ing)?)\s*(?:on\s+)?$/i;
// A short schedule line under an event heading: "Saturday, October 5, 2024, 9 am to 12 pm."
const SCHEDULE_WORDS = 14;
// How far (characters) a one-day date may sit from the event's name in a longer sentence.
const EVENT_NEAR = 60;
// Ranges in research and history ("the trial ran January 5 – March 3, 2020"): not a notice.
const RESEARCH = /\b(?:stud(?:y|ies)|(?<!free\s)trials?|surveys?|data|cohort|participants|enrolled|recruited|published|according to|reported)\b/i;

// "Spring 2024 promo", "Black Friday 2023 deal", "January 2022 special", "Summer of 2023 sale"
const SEASON_PROMO = /\b(spring|summer|fall|autumn|winter|holiday|holidays|christmas|black friday|cyber monday|valentine'?s(?: day)?|mother'?s day|father'?s day|back[- ]to[- ]school|new year'?s?|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|q[1-4])\s+(?:of\s+)?((?:19|20)\d\d)\s+(special|specials|promo|promotion|sale|deal|deals|offer|offers|event|discount|savings|giveaway|package)\b/gi;
const SEASON_QUICK = /(?:19|20)\d\d\s+(?:special|promo|sale|deal|offer|event|discount|savings|giveaway|package)/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// An invitation to a dated event: "Join us for our open house on March 3, 2023".
const INVITE = /\b(?:join us|register|rsvp|sign up|save the date|save your spot|reserve your (?:spot|seat)|come (?:to|visit)|attend|will be held|will host|we(?:'re| are) hosting|don't miss|is coming)\b/i;
const EVENT = /\b(?:open house|seminar|webinar|workshop|event|class|talk|info(?:rmation)? session|lunch (?:and|&) learn|q&a|meet (?:and|&) greet|health fair|screening day|grand opening|party|celebration)\b/i;
const LIMITED_TIME = /\blimited[- ]time\b|\bfor a limited time\b|\b(?:while|until|till) supplies last\b/i;

/** The last day a season or month of `year` covers. */
function seasonEnd(name: string, year: number, region: string): string {
  const n = name.toLowerCase();
  const month = MONTHS.indexOf(n);
  if (month >= 0) return endOfMonth(year, month + 1);
  if (/^q[1-4]$/.test(n)) return endOfMonth(year, Number(n[1]) * 3);
  const id: SeasonId =
    n === 'spring' || n === 'summer' || n === 'winter'
      ? n
      : n === 'fall' || n === 'autumn'
        ? 'autumn'
        : /valentine/.test(n)
          ? 'valentine'
          : /mother/.test(n)
            ? 'mother'
            : /father/.test(n)
              ? 'father'
              : /back/.test(n)
                ? 'back-to-school'
                : /new year/.test(n)
                  ? 'new-year'
                  : /black|cyber/.test(n)
                    ? 'black-friday'
                    : 'christmas'; // holiday(s), christmas
  return calendarSeasonEnd(id, year, region);
}

/**
 * For each block, the text of the heading right above it in the same region (its section title):
 * only for the first few blocks after the heading, where a short announcement sits.
 */
function sectionHeadings(blocks: readonly TextBlock[]): Map<number, string> {
  const out = new Map<number, string>();
  const last = new Map<string, { text: string; count: number }>();
  for (const b of blocks) {
    if (b.heading) {
      last.set(b.region, { text: b.text, count: 0 });
      continue;
    }
    const h = last.get(b.region);
    if (h && h.count++ < HEADING_REACH) out.set(b.index, h.text);
  }
  return out;
}

/** Length of the last one or two words before a range in its sentence ("Offer valid "), 0 after a clause break. */
function leadWords(before: string): number {
  const m = /(?:^|[\s(])((?:[\w'’-]+\s+){1,2})$/.exec(before);
  if (!m) return 0;
  return m[1]!.length;
}

const rule: Rule = {
  id: 'stale/expired-offer',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-010',
  title: 'Offer or event has already ended',
  description:
    'Finds offers, promotions and events whose own end date has passed: text such as "offer ends 12/31/2024", "Book before January 31, 2022", "Offer valid November 29 – December 2, 2024" (a range counts by its end), a clinic event such as a walk-in flu shot clinic, screening day or seminar whose dates have passed (the event named in the sentence or its section heading) or "Spring 2024 promo", announcements in the future tense of a date more than a month past ("The new pricing will take effect on September 5, 2023"), and end dates in the details the page gives search engines (an offer\'s validThrough or priceValidUntil, an event\'s endDate) before today. Also "limited time" offers with no end date on pages more than 6 months old. Past-tense stories ("we hosted …") and study periods pass.',
  why:
    'An offer or event that has ended but is still shown misleads the patients who come for it, and California counts misleading advertising by health professionals as unlawful (Business and Professions Code §651). Search engines read the end date too: schema.org defines validThrough as "the date after when the item is not valid".',
  fix: 'Remove the expired offer or event, or replace it with a current one and its new end date.',
  helpUrl: 'https://schema.org/validThrough',
  sources: [
    { title: 'schema.org: validThrough (the date after which an offer is no longer valid)', url: 'https://schema.org/validThrough' },
    { title: 'schema.org: priceValidUntil (the date after which a price is no longer valid)', url: 'https://schema.org/priceValidUntil' },
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    const today = ctx.today;
    const seen = new Set<string>();
    const dateOpts = { dayFirst: ctx.dayFirst, words: ctx.locales.map((l) => l.dates) };
    const headingOf = sectionHeadings(facts.blocks);
    const future = ctx.locales.map((l) => l.stale.future);
    const seasonPromos = ctx.locales.flatMap((l) => (l.stale.seasonPromo ? [l.stale.seasonPromo] : []));
    const ago = (last: string) => {
      const days = daysBetween(last, today);
      return days >= 60 ? `${monthsBetween(last, today)} months` : `${days} days`;
    };
    // An announcement in the future tense of a date long past: "The new pricing will take effect on
    // September 5, 2023", "She is scheduled to begin her new role on January 11, 2017". Dates the
    // offer and event paths reported are in `seen` already.
    const futureTense = (blk: TextBlock, s: { text: string; start: number }, mentions: DateMention[]) => {
      const text = blk.text;
      for (const d of mentions) {
        if (d.precision === 'year' || daysBetween(d.last, today) < FUTURE_SLACK_DAYS) continue;
        const clause = s.text.slice(Math.max(0, d.start - FUTURE_REACH), d.start).split(/[.;!?]/).pop() ?? '';
        const marker = future.map((f) => f.exec(clause)).find((m) => m);
        if (!marker) continue;
        const key = `${blk.index}:${d.date}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const from = s.start + d.start - clause.length + marker.index;
        out.push({
          message: `This speaks of ${humanDate(d.last, d.precision === 'day' ? 'day' : 'month')} in the future tense, but that was ${ago(d.last)} ago: the announcement is out of date.`,
          element: blk.element,
          excerpt: text.slice(from, s.start + d.end).trim(),
          range: { block: blk.index, start: from, end: s.start + d.end },
          fix: 'Say what happened, in the past tense, or remove the announcement; then update the page and its date.',
          data: { date: d.last, daysAgo: daysBetween(d.last, today), source: 'future-tense' },
        });
      }
    };
    // A promotion named after a season or holiday ("Spring 2024 promo") that ended on `end`.
    const seasonOver = (blk: TextBlock, start: number, phrase: string, end: string) => {
      const key = `${blk.index}:${end}`;
      if (end >= today || seen.has(key)) return;
      seen.add(key);
      out.push({
        message: `"${phrase}" ended by ${humanDate(end)} but is still advertised.`,
        element: blk.element,
        excerpt: phrase,
        range: { block: blk.index, start, end: start + phrase.length },
        fix: 'Remove the past promotion, or replace it with a current one.',
        data: { date: end, daysAgo: daysBetween(end, today), source: 'text' },
      });
    };
    // Another language's season promotions ("Promoción Día de las Madres 2024"), when the sentence
    // offers something in that language's words.
    const localeSeasons = (blk: TextBlock, s: { text: string; start: number }) => {
      for (const promo of seasonPromos) {
        if (!promo.offer.test(s.text)) continue;
        for (const m of s.text.matchAll(promo.pattern)) {
          const id = promo.seasons.find(([re]) => re.test(m[1]!))?.[1];
          if (id) seasonOver(blk, s.start + m.index!, m[0], calendarSeasonEnd(id, Number(m[2]), ctx.region));
        }
      }
    };
    for (const blk of proseBlocks(facts, { allRegions: true })) {
      const text = blk.text;
      const heading = headingOf.get(blk.index) ?? '';
      // "Mother's Day is May 11" over a gift-card offer: the holiday is the offer's deadline, and the
      // day it names shows which year's holiday that was. The offer may be the block's own words, its
      // section heading's or, for a kicker line above a heading, the next block's.
      for (const h of holidayMentions(text, today, ctx.region)) {
        if (!h.moveable || h.last >= today || seen.has(`holiday:${h.date}`)) continue; // one finding per holiday
        if (!isOffer(`${text} ${heading} ${facts.blocks[blk.index + 1]?.text ?? ''}`)) continue;
        seen.add(`holiday:${h.date}`);
        const holiday = /^(.*?day|thanksgiving)/i.exec(h.text)?.[1] ?? h.text;
        out.push({
          message: `This offer is for ${holiday}, which fell on ${humanDate(h.last)} (${ago(h.last)} ago), but it is still on the page.`,
          element: blk.element,
          excerpt: h.text,
          range: { block: blk.index, start: h.start, end: h.end },
          fix: 'Remove the past holiday offer, or replace it with a current one.',
          data: { date: h.last, daysAgo: daysBetween(h.last, today), source: 'holiday' },
        });
      }
      if (!mayHoldDate(text) && !SEASON_QUICK.test(text)) continue;
      // Event context around the sentence: the block's other sentences or its section heading.
      const aroundEvent = EVENT_CTX.test(text) || (!!heading && (EVENT_CTX.test(heading) || EVENT_HEADING.test(heading)));
      let previous = '';
      for (const s of sentences(text)) {
        const before = previous;
        previous = s.text;
        if (NARRATION.test(s.text)) continue;
        // Fine print after the offer: "Take $25 off any drip. Valid thru 12/31/24."
        const offer = isOffer(s.text) || (FINE_PRINT.test(s.text) && isOffer(before));
        const invite = INVITE.test(s.text) && EVENT.test(s.text);
        const event = EVENT_CTX.test(s.text);
        if (!offer && !invite && !event && (!aroundEvent || PAST.test(s.text))) {
          if (future.some((f) => f.test(s.text))) futureTense(blk, s, findDateMentions(s.text, ctx.now, dateOpts));
          localeSeasons(blk, s);
          continue;
        }
        const noun = event || invite || !offer ? 'event' : 'offer';
        const holidays = holidayMentions(s.text, today, ctx.region);
        // the date parser reads "May 11" of a moveable holiday as this year's; the holiday says which year
        const mentions = [...findDateMentions(s.text, ctx.now, dateOpts).filter((d) => !holidays.some((h) => h.moveable && d.start < h.end && d.end > h.start)), ...holidays.filter((h) => !h.moveable)];
        // Dates introduced by an end cue, and written ranges ("Offer valid November 29 – December 2,
        // 2024", "Saturdays, October 5 – November 16, 2024"), whose end is what counts.
        for (const d of mentions) {
          if (d.last >= today) continue;
          const before = s.text.slice(Math.max(0, d.start - 40), d.start);
          // "Offer ends Sunday, March 3, 2024": the weekday sits between the cue and the date.
          const weekday = WEEKDAY_BEFORE.exec(before)?.[0].length ?? 0;
          const cueText = before.slice(0, before.length - weekday);
          const cue = offer || invite || event ? END_CUE.exec(cueText) : STRONG_END.exec(cueText);
          if (!cue && !(d.range && d.precision === 'day' && !RESEARCH.test(s.text))) continue;
          // the excerpt starts at the cue, or a few words before a range ("Offer valid …")
          const lead = cue ? cue[0].length + weekday : leadWords(before);
          const start = s.start + Math.max(0, d.start - lead);
          const end = s.start + d.end;
          const excerpt = text.slice(start, end).trim();
          const key = `${blk.index}:${d.date}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const days = daysBetween(d.last, today);
          const when = humanDate(d.last, d.precision === 'day' ? 'day' : 'month');
          out.push({
            message: d.range
              ? `This ${noun} ran ${d.text} and ended on ${when} (${ago(d.last)} ago), but it is still on the page.`
              : `This ${noun} ended on ${when} (${ago(d.last)} ago) but is still on the page.`,
            element: blk.element,
            excerpt,
            range: { block: blk.index, start, end },
            fix: noun === 'event' ? 'Remove the past event, or replace it with the next dates.' : 'Remove the expired offer, or replace it with a current one and its new end date.',
            data: { date: d.last, daysAgo: days, source: d.range ? 'text-range' : 'text' },
          });
        }
        // A one-day clinic event whose day has passed: "Flu shot clinic: Saturday, October 5, 2024",
        // or a schedule line under a "Free Skin Screening Day" heading. Told in the past, or a start
        // date of a recurring event ("every Saturday starting …"): not a stale announcement.
        const scheduleLine = aroundEvent && s.text.split(/\s+/).length <= SCHEDULE_WORDS;
        const eventAt = event ? EVENT_CTX.exec(s.text)!.index : -1;
        if (!invite && (event || scheduleLine) && !PAST_NARRATION.test(s.text)) {
          for (const d of mentions) {
            if (d.precision !== 'day' || d.range || d.last >= today) continue;
            // in a longer sentence the date must sit by the event's name ("flu shot clinic is on …")
            if (!scheduleLine && Math.abs(d.start - eventAt) > EVENT_NEAR) continue;
            if (START_CUE.test(s.text.slice(Math.max(0, d.start - 20), d.start))) continue;
            const key = `${blk.index}:${d.date}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const start = s.start + d.start;
            out.push({
              message: `This announces an event on ${humanDate(d.last)}, which was ${ago(d.last)} ago.`,
              element: blk.element,
              excerpt: d.text,
              range: { block: blk.index, start, end: s.start + d.end },
              fix: 'Remove the past event, or replace it with the next date.',
              data: { date: d.last, daysAgo: daysBetween(d.last, today), source: 'event-text' },
            });
          }
        }
        // An invitation to an event whose day has passed.
        if (invite) {
          for (const d of mentions) {
            if (d.precision !== 'day' || d.last >= today) continue;
            const key = `${blk.index}:${d.date}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const start = s.start + d.start;
            const days = daysBetween(d.last, today);
            out.push({
              message: `This invites readers to an event on ${humanDate(d.last)}, which was ${ago(d.last)} ago.`,
              element: blk.element,
              excerpt: d.text,
              range: { block: blk.index, start, end: s.start + d.end },
              fix: 'Remove the past event, or replace it with the next date.',
              data: { date: d.last, daysAgo: days, source: 'event-text' },
            });
          }
        }
        futureTense(blk, s, mentions);
        localeSeasons(blk, s);
        // "Spring 2024 promo", "January 2022 special"
        SEASON_PROMO.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = SEASON_PROMO.exec(s.text))) seasonOver(blk, s.start + m.index, m[0], seasonEnd(m[1]!, Number(m[2]), ctx.region));
      }
    }

    // "Limited time" with no end date, on a page more than 6 months old.
    const age = pageAge(ctx.dates, today);
    if (age && age.months > 6) {
      for (const blk of proseBlocks(facts)) {
        const m = LIMITED_TIME.exec(blk.text);
        if (!m) continue;
        const s = sentences(blk.text).find((x) => m.index >= x.start && m.index < x.end);
        if (s && findDateMentions(s.text, ctx.now, dateOpts).length) continue; // it has an end date: handled above
        out.push({
          message: `A "limited time" offer with no end date on a page last dated ${humanDate(age.date)} (${age.months} months ago): it is unclear whether it still applies.`,
          element: blk.element,
          excerpt: m[0],
          range: { block: blk.index, start: m.index, end: m.index + m[0].length },
          fix: 'Give the offer an explicit end date, or remove it if it has ended.',
          data: { date: age.date, ageMonths: age.months, source: 'limited-time' },
        });
        break;
      }
    }

    // JSON-LD offers and events.
    for (const e of facts.jsonLd) {
      const isOffer = e.types.some((t) => /Offer$/.test(t));
      const isEvent = e.types.some((t) => /Event$/.test(t));
      const fields: Array<[string, unknown]> = [];
      if (isOffer) fields.push(['validThrough', e.data.validThrough], ['priceValidUntil', e.data.priceValidUntil]);
      if (isEvent) fields.push(['endDate', e.data.endDate ?? (e.data.startDate && !e.data.endDate ? e.data.startDate : undefined)]);
      for (const [field, raw] of fields) {
        const date = toIsoDay(raw);
        if (!date || addDays(date, 1) > today) continue; // a day of slack for time zones
        const name = typeof e.data.name === 'string' ? e.data.name : e.types[0];
        const label = isEvent && field === 'endDate' && !e.data.endDate ? 'startDate' : field;
        out.push({
          scope: 'page',
          message: `The structured data says the ${isEvent ? 'event' : 'offer'} "${name}" ended on ${humanDate(date)} (${label} ${String(raw)}).`,
          excerpt: `${label}: ${String(raw)}`,
          fix: isEvent ? 'Remove the past event from the page and its JSON-LD, or update its dates.' : `Update ${label} in the Offer JSON-LD (and the visible price) or remove the expired offer.`,
          data: { date, field: label, daysAgo: daysBetween(date, today), source: 'json-ld' },
        });
      }
    }
    return out;
  },
};

export default rule;
