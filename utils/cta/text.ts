// Calls to action written as prose (rule catalog §4, CTA-002 step 1): "Call us at 949-945-0927",
// "book an appointment online", "Schedule your HydraFacial today", "contact us today".
//
// Only imperative uses count: the verb must open its clause ("…, schedule a consultation today",
// "… or book an appointment online") or follow a CTA lead-in ("you can", "feel free to", "ready to",
// "call us to"). Descriptions ("patients who book an appointment…", "when you schedule a visit…",
// "you will need to schedule a follow-up") are not calls to action.
//
// Phone numbers come from the phone library (`findPhones`), never from a parser of our own.
import { composed } from '../text/normalize';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhones, type PhoneMatch } from '../phone/find';
import type { CtaProse, CtaVocabulary } from '../locale';

export type CtaIntent = 'book' | 'call' | 'contact';

export interface CtaPhrase {
  /** offsets into the scanned text */
  start: number;
  end: number;
  intent: CtaIntent;
  /** promises an online path ("book online", "request an appointment online") */
  online: boolean;
  /** the number a call phrase names, when it names one */
  phone: PhoneMatch | null;
  text: string;
}

const GATE = /\b(?:book|schedul|request|make|reserv|arrang|set up|call|phone|telephone|text|dial|ring|contact|get in touch|reach|e-?mail|message)/i;

const OBJECT = String.raw`(?:appointments?|appts?|consultations?|consults?|visits?|sessions?|exams?|evaluations?|assessments?|check-?ups?|cleanings?)`;
const WORD = String.raw`[\w'’®™\-]+`;
/** "book an appointment", "schedule a free 15-minute ketamine consultation", "request your first visit" */
const BOOK_OBJECT = new RegExp(
  String.raw`\b(?:book|schedule|request|make|reserve|set up|arrange)\s+(?:(?:an?|your|the|one|my|our|a free|free|a complimentary|complimentary)\s+)?(?:${WORD}\s+){0,4}?${OBJECT}\b`,
  'gi',
);
/** "Schedule your HydraFacial today", "book your visit online" */
const BOOK_YOUR = new RegExp(String.raw`\b(?:book|schedule|reserve)\s+your\s+(?:${WORD}\s+){1,3}?(?:today|now|online)\b`, 'gi');
/** "book now", "book online", "schedule today" */
const BOOK_NOW = /\b(?:book|schedule)\s+(?:now|online|today)\b/gi;
/** "by scheduling a consultation with our team": booking said with a gerund after "by" */
const BOOK_BY_GERUND = new RegExp(
  String.raw`(?<=\bby\s)(?:booking|scheduling|requesting|making|reserving|arranging)\s+(?:(?:an?|your|the|a free|free|a complimentary|complimentary)\s+)?(?:${WORD}\s+){0,4}?${OBJECT}\b`,
  'gi',
);
/** A booking verb whose first object is a person: "schedule you a visit", "book patients in". */
const PERSONAL_OBJECT = /^\S+\s+(?:you|them|him|her|patients|clients|people)\b/i;
/** what may trail a booking phrase and still belong to it */
const BOOK_TAIL = /^(?:\s+(?:online|on-?line|today|now|anytime|any time|right away|24\/7|with (?:us|our team)|on our website|through our website|via our website))+/i;

/** How a booking phrase hands over to a number: "… today at 949…", "… by calling 619…". */
const PHONE_AFTER = /^\s*(?:,\s*)?(?:at|on|by calling|by phone(?: at| on)?|by texting|by text(?: at)?|:|-)\s*/i;
/** What may sit between a call verb and the clinic's number. */
const CALL_BETWEEN =
  /^\s*(?:us|our(?: [\w'’&-]+){1,4}?|the (?:office|clinic|practice|front desk|team|center|centre))?\s*(?:(?:today|now|anytime|directly|toll[- ]free|24\/7)\s*)*(?:at|on|:|-|–)?\s*$/i;
/** "… with your doctor": health advice to see one's own clinician, not the clinic's call to action. */
const OWN_CLINICIAN = /^\s+with\s+(?:your|a|an)\s+(?:own\s+|local\s+|regular\s+|family\s+)?(?:doctor|physician|primary|provider|gp|dentist|pcp|health ?care|clinician|therapist|psychiatrist|specialist|pharmacist|ob-?gyn|dermatologist|nurse)/i;
/** A call verb that may be followed by a number within the same clause. */
const CALL_VERB =
  /\b(?:call(?:ing)?|give (?:us|me) a (?:call|ring)|text(?:ing)?|dial(?:ing)?|(?:tele)?phone (?:us|me|our|the)|ring(?: (?:us|me|our|the))?|reach (?:us|me|our \w+)|contact (?:us|me|our \w+))\b/gi;
/** The article before "call" used as a noun ("a call at …", "one quick call to …"). */
const NOUN_CALL_LEAD = /\b(?:a|one)\s+(?:quick\s+|short\s+|phone\s+)?$/i;
/** A call phrase with no number: "Call us today", "give us a call", "call our office". */
// The object may be "us", "me" (a sole practitioner) or the practice itself; two verbs may share it
// ("ring or email me", "call or text us").
const CALL_BARE =
  /\b(?:(?:call|phone|telephone|ring)(?:\s+or\s+(?:e-?mail|text|message|call|phone|ring))?\s+(?:us|me|(?:our|the) (?:office|clinic|team|practice|surgery|reception|front desk|staff|care team|coordinators?)(?: (?:number|line|directly))?)(?:\s+(?:today|now|anytime|directly))?|give (?:us|me) a (?:call|ring)(?:\s+(?:today|now))?|call (?:today|now))\b/gi;
/** "contact us today", "get in touch", "reach out to us", "email our team" */
const CONTACT =
  /\b(?:(?:contact|e-?mail|message)\s+(?:us|me|our (?:office|clinic|team|practice|staff|care team))(?:\s+(?:today|now|online))?|get in touch(?: with (?:us|me))?(?:\s+today)?|reach out(?: to (?:us|me))?(?:\s+today)?)\b/gi;
/** "Contact Contour Cosmetic Clinic today": the practice named by its proper name, then a time word. */
const CONTACT_NAMED = /\b[Cc]ontact\s+((?:[A-Z][\w'’&.-]*\s+){1,5}?)(?:today|now)\b/g;

/** Where a clause starts: sentence punctuation, commas, dashes, brackets, or a coordinating word. */
const BOUNDARY = /[.!?;:,()\u2014\u2013"“”]|\s-\s|\b(?:or|and|then|but)\b/gi;
/** Lead-ins that keep a clause imperative ("please", "you can", "ready to", "call us today to"). */
const LEAD =
  /^(?:(?:please|simply|just|also|now|today|easily|so|first|next|you can(?: also| easily| now| always)?|you may(?: also)?|feel free to|don['’]?t hesitate to|do not hesitate to|we invite you to|(?:we |i )?(?:kindly )?(?:ask|request) (?:that )?you(?: to)?|we encourage you to|we['’]?d love (?:for you )?to|we would love (?:for you )?to|be sure to|make sure to|remember to|why not|ready to|want to|would you like to|wish to|click (?:here|below|the (?:link|button)(?: below)?) to|(?:call|contact|email|e-mail|message|text|phone) (?:us|our \w+)(?: (?:today|now|anytime))? to|get in touch(?: today)? to|reach out(?: today)? to|go ahead and|come in and|it['’]?s easy to|it is easy to|it['’]?s simple to|take the first step and|don['’]?t wait|start by|by|to (?:make|book|schedule|request|arrange|set up) (?:an? |your )?(?:[\w-]+ ){0,2}?(?:appointments?|consultations?|visits?|exams?|sessions?|bookings?)(?: with (?:us|me))?)\s*)+$/i;

/** True when the clause that holds `at` opens with an imperative (nothing before it but a lead-in). */
export function isImperativeAt(text: string, at: number): boolean {
  const prefix = clauseBefore(text, at);
  return prefix === '' || LEAD.test(prefix);
}

/** The words of the clause that holds `at`, before `at` (from the last clause boundary). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  let cut = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut).replace(/\s+/g, ' ').trim();
}

/**
 * True when the verb at `at` follows "and"/"or" and shares the subject of a clause that is not the
 * reader's: "Our team will respond and schedule …", "We review your form and call you back". A
 * clause addressed to the reader ("You can call us or book online") still gives a call to action.
 */
function sharedSubject(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  if (!/\b(?:and|or)\s+(?:\w+\s+)?$/i.test(before)) return false;
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';'), before.lastIndexOf(','));
  const clause = before.slice(start + 1).trim();
  if (/^(?:you|please)\b/i.test(clause)) return false;
  return /^(?:we|they|i|he|she|it)\s+\w/i.test(clause) || /^(?:our|the|this|these|those|my|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:will|would|can|could|may|might|must|shall|should|is|are|was|were|has|have|had|does|do|did|\w+(?:s|ed))\b/i.test(clause);
}

/** "Take the first step by scheduling …", "You can start by booking …": the clause before "by" is the
 * reader's to do (it opens with a verb or "you"), not a report about someone else ("We help by …"). */
function readerActs(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  return !!clause && !/^(?:we|they|i|he|she|it|our|their|his|her|its|the|this|these|those|patients|people|most|many|some|who|which|that)\b/i.test(clause);
}

/** The sentence holding [start, end) (for excerpts and the "form below" check). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?]/.test(text[s - 1]!)) s--;
  // "Dr. Smith" / "St. Louis": keep going back over a short abbreviation.
  while (s > 1 && /\b(?:Dr|Mr|Mrs|Ms|St|Ste|No|vs|e\.g|i\.e)\.$/.test(text.slice(Math.max(0, s - 5), s))) {
    s--;
    while (s > 0 && !/[.!?]/.test(text[s - 1]!)) s--;
  }
  let e = end;
  while (e < text.length && !/[.!?]/.test(text[e]!)) e++;
  if (e < text.length) e++;
  return { start: s + (text.slice(s).match(/^\s*/)?.[0].length ?? 0), end: e };
}

function overlapsAny(list: CtaPhrase[], s: number, e: number): boolean {
  return list.some((p) => s < p.end && e > p.start);
}

/**
 * Calls to action written in `text` (one block), in text order. Call phrases carry the number they
 * name. A booking phrase that says how to book ("Schedule your visit today by calling 619…") is one
 * call phrase, not two.
 */
export function findCtaPhrases(text: string, region: CountryCode, words: readonly CtaVocabulary[] = []): CtaPhrase[] {
  if (!text || text.length < 6) return [];
  const others = words.flatMap((w) => (w.prose && w.prose.gate.test(text) ? [w.prose] : []));
  if (!GATE.test(text) && !others.length) return [];
  const out: CtaPhrase[] = [];
  // Numbers are looked up only when a call verb or a booking phrase could use them.
  let phoneList: PhoneMatch[] | null = null;
  const phones = (): PhoneMatch[] => (phoneList ??= findPhones(text, region).filter((p) => p.kind === 'phone'));
  for (const prose of others) localePhrases(text, prose, phones, out);
  CALL_VERB.lastIndex = 0;
  const callVerb = CALL_VERB.test(text);

  // 1. Call phrases that name a number: "Call us at 949-945-0927", "by calling 619.238.4410".
  for (const phone of callVerb ? phones() : []) {
    const from = Math.max(0, phone.start - 60);
    const pre = text.slice(from, phone.start);
    let verb: RegExpExecArray | null = null;
    CALL_VERB.lastIndex = 0;
    for (let m = CALL_VERB.exec(pre); m; m = CALL_VERB.exec(pre)) verb = m;
    if (!verb) continue;
    const between = pre.slice(verb.index + verb[0].length);
    // Only the clinic's own line: "call us at", "call our front desk at", "call (949)…" — not "call the
    // FDA at 1-800-…", "call your doctor at", a crisis line or any other third party.
    if (between.length > 40 || !CALL_BETWEEN.test(between)) continue;
    const at = from + verb.index;
    const byGerund = /\bby\s*$/i.test(text.slice(Math.max(0, at - 6), at)) && /^(?:calling|texting|dialing)/i.test(verb[0]);
    // "…or a call at 702-825-6887 will be necessary": the noun names the number to call.
    const article = /^call$/i.test(verb[0]) && /^\s*(?:at|to)\s*$/i.test(between) ? NOUN_CALL_LEAD.exec(text.slice(Math.max(0, at - 12), at)) : null;
    if (!byGerund && !article && !isImperativeAt(text, at)) continue;
    out.push({ start: at - (article?.[0].length ?? 0), end: phone.end, intent: 'call', online: false, phone, text: text.slice(at, phone.end) });
  }

  // 2. Booking phrases.
  for (const re of [BOOK_OBJECT, BOOK_YOUR, BOOK_NOW, BOOK_BY_GERUND]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      let end = start + m[0].length;
      if (OWN_CLINICIAN.test(text.slice(end, end + 60))) continue;
      // "schedule you a consultation", "book patients in": the clinic's own action, told about.
      if (PERSONAL_OBJECT.test(m[0])) continue;
      if (sharedSubject(text, start)) continue;
      const tail = BOOK_TAIL.exec(text.slice(end));
      if (tail) end += tail[0].length;
      const imperative = re === BOOK_BY_GERUND ? readerActs(text, start) : isImperativeAt(text, start);
      if (overlapsAny(out, start, end) || !imperative) continue;
      // "Schedule a consultation today at 949-945-0927": booking by phone is a call to action to call.
      const how = PHONE_AFTER.exec(text.slice(end));
      const phone = how && /\d/.test(text.slice(end, end + how[0].length + 4)) ? phones().find((p) => p.start === end + how[0].length) : undefined;
      if (phone && !overlapsAny(out, start, phone.end)) {
        out.push({ start, end: phone.end, intent: 'call', online: false, phone, text: text.slice(start, phone.end) });
        continue;
      }
      const phrase = text.slice(start, end);
      out.push({ start, end, intent: 'book', online: /\bon-?line\b|website/i.test(phrase), phone: null, text: phrase });
    }
  }

  // 3. Call phrases without a number ("Call us today to book"), unless a number follows in the clause.
  CALL_BARE.lastIndex = 0;
  for (let m = CALL_BARE.exec(text); m; m = CALL_BARE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(out, start, end) || !isImperativeAt(text, start) || sharedSubject(text, start)) continue;
    out.push({ start, end, intent: 'call', online: false, phone: null, text: m[0] });
  }

  // 4. Contact phrases.
  for (const re of [CONTACT, CONTACT_NAMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(out, start, end) || !isImperativeAt(text, start) || sharedSubject(text, start)) continue;
      out.push({ start, end, intent: 'contact', online: false, phone: null, text: m[0] });
    }
  }

  out.sort((a, b) => a.start - b.start);
  // "Schedule your HydraFacial today | by calling 619.238.4410": one call to action, made by phone.
  const merged: CtaPhrase[] = [];
  for (const p of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.intent === 'book' && p.intent === 'call' && p.phone && /^\s*(?:,\s*)?(?:by|at|on)?\s*$/i.test(text.slice(prev.end, p.start))) {
      merged[merged.length - 1] = { start: prev.start, end: p.end, intent: 'call', online: false, phone: p.phone, text: text.slice(prev.start, p.end) };
      continue;
    }
    // "Contact us today to schedule your appointment", "Call us at 949… to book a visit": the action
    // is contacting or calling; booking is its purpose.
    if (prev && (prev.intent === 'contact' || prev.intent === 'call') && p.intent === 'book' && /^\s*(?:today|now|anytime)?\s*to\s*$/i.test(text.slice(prev.end, p.start))) {
      merged[merged.length - 1] = { ...prev, end: p.end, text: text.slice(prev.start, p.end) };
      continue;
    }
    merged.push(p);
  }
  return merged;
}

/**
 * Calls to action in another language's prose (utils/locale/<lang>/cta.ts): an imperative call,
 * booking or contact phrase that opens its clause or follows a lead-in; a number right after a call
 * or booking phrase is the one it names.
 */
function localePhrases(raw: string, prose: CtaProse, phones: () => PhoneMatch[], out: CtaPhrase[]): void {
  const text = composed(raw);
  const imperative = (at: number) => {
    const before = text.slice(Math.max(0, at - 160), at);
    let cut = 0;
    for (const m of before.matchAll(prose.boundary)) cut = m.index! + m[0].length;
    const clause = before.slice(cut).replace(/\s+/g, ' ').trim();
    return clause === '' || prose.lead.test(clause);
  };
  const numberAfter = (end: number) => phones().find((p) => p.start >= end && p.start - end <= 40 && prose.callToNumber.test(text.slice(end, p.start)));
  const add = (m: RegExpMatchArray, intent: CtaIntent) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlapsAny(out, start, end) || !imperative(start)) return;
    const phone = intent === 'contact' ? undefined : numberAfter(end);
    if (phone) {
      out.push({ start, end: phone.end, intent: 'call', online: false, phone, text: text.slice(start, phone.end) });
      return;
    }
    out.push({ start, end, intent, online: /online|en\s+l[ií]nea|web/i.test(m[0]), phone: null, text: m[0] });
  };
  for (const m of text.matchAll(prose.call)) add(m, 'call');
  for (const m of text.matchAll(prose.book)) add(m, 'book');
  for (const m of text.matchAll(prose.contact)) add(m, 'contact');
}
