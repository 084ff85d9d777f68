import type { SeasonId } from './calendar';
// The shape of a language's data. Everything language-specific the engine reads belongs in a locale
// module (utils/locale/<lang>/); so far: detection and call-to-action vocabulary.

export interface DetectVocabulary {
  /** first-person clinic voice ("our clinic", "nuestros pacientes"); global flag: matches are counted */
  clinicVoice: RegExp;
  /** booking phrases in text and link names */
  booking: RegExp;
  /** a template's bare booking link name ("Book", "Reservar") */
  bareBooking: RegExp;
  /** medical vocabulary; global flag: matches are counted against the page's words */
  medicalTerms: RegExp;
  /** words that name a clinic in a title or site name */
  clinicName: RegExp;
  /** a clinician named with a title or credential ("Dr. Lee", "Jane Roe, DDS", "nº de colegiado") */
  credential: RegExp;
  /** a post's link back to its listing ("← Back to news", "Volver al blog") */
  backToListing: RegExp;
  /** opening hours: a weekday with a time range */
  hours: RegExp;
  /** a phone number after its label in running text ("Tel: 020 7223 7223") */
  labelledPhone: RegExp;
  /** a street address line (with a postcode, it places the practice) */
  street: RegExp;
  /**
   * Who runs the site, by its name: an association, university, laboratory, pharmacy, insurer or news
   * outlet writes about health but gives no care. `orgHead` is the last word of an English name
   * ("Karnataka Optometry Association"), `orgLead` the first words ("University of …", "Asociación …").
   */
  orgHead: RegExp;
  orgLead: RegExp;
  /** a news name that a practice may give its own news page ("Beth's Podiatry News") */
  newsHead: RegExp;
  /** a news site's furniture, as a whole short block ("Related stories", "Lo más leído") */
  newsFurniture: RegExp;
  /** a journalist's byline words ("staff writer", "corresponsal") */
  newsByline: RegExp;
  /** a shop's cart button, as a whole name ("Add to cart", "Añadir al carrito") */
  cartName: RegExp;
  /** what an insurer says about coverage (global flag: matches are collected) */
  insurerWords: RegExp;
  /** among those, what only an insurer says to its members (a whole matched term, lower case) */
  memberFacing: RegExp;
}

/**
 * The words of calls to action in link and button names, page addresses and form fields
 * (rule catalog §1E, §4). Address words are matched against one lower-cased path segment without its
 * file extension, or against a fragment id.
 */
export interface CtaVocabulary {
  /** booking words in a short link/button name ("Request an Appointment", "Pide tu cita") */
  bookName: RegExp;
  /** a whole link name that is a bare booking word ("Appointments", "Reservar") */
  bookNameBare: RegExp;
  /** call words in a link/button name ("Call now", "Llámanos") */
  callName: RegExp;
  /** contact words in a link/button name ("Contact us", "Escríbenos") */
  contactName: RegExp;
  /** a name that reads as an article title, not a label ("How to…", "¿Cómo…") */
  titleLike: RegExp;
  /** cheap gate: a name that holds none of these words is no CTA name */
  nameGate: RegExp;
  /** cheap gate on a URL path */
  pathGate: RegExp;
  /** path segment of a booking page (/book-now, /pide-cita) */
  bookSegment: RegExp;
  /** path segment of a contact page (/contact-us, /contacto) */
  contactSegment: RegExp;
  /** fragment ids of on-page booking or contact sections (#appointment, #cita) */
  bookFragment: RegExp;
  contactFragment: RegExp;
  /** where the practice is: "Locations", "Directions", "Find us" (a way to reach it, like contact) */
  placeName: RegExp;
  /** path segment of a locations page (/locations, /find-us, /como-llegar) */
  placeSegment: RegExp;
  /** path segments of posts and listings (/blog/, /noticias/): a long slug there names an article */
  blogSegment: RegExp;
  /**
   * Calls to action written in prose, for a language whose grammar the engine does not model in full
   * (English's lives in utils/cta/text.ts). Null for English.
   */
  prose: CtaProse | null;
  /** form field words (type, name, autocomplete, placeholder, id, class; lower case) */
  field: {
    phone: RegExp;
    name: RegExp;
    email: RegExp;
    /** what an intake form asks besides who you are: date, reason, message, insurance */
    intent: RegExp;
    search: RegExp;
  };
}

/** The words of staleness: copyright notices. (Pattern sources are joined into larger patterns.) */
export interface StaleVocabulary {
  copyright: {
    /** words that open a notice ("Copyright", "All rights reserved"); a RegExp source, no groups */
    word: string;
    /** the reservation that may follow the year ("2017. All rights reserved."); a RegExp source */
    reserved: string;
    /** what joins the years of a range besides a dash ("to", "a"); a RegExp source */
    rangeTo: string;
    /** an open range's end ("present", "actualidad"); a RegExp source */
    openEnd: string;
    /** the notice is someone else's: an image credit, a journal, a map */
    notPage: RegExp;
  };
  /**
   * Promotions named after a season or holiday and a year ("Día de las Madres 2024", "promoción de
   * verano 2024"): the pattern's groups are the season's words and the year (global); `seasons` maps the
   * words to the calendar's season (utils/locale/calendar.ts); `offer` says the sentence offers
   * something. Null where the rule's own English forms apply.
   */
  seasonPromo: { pattern: RegExp; seasons: ReadonlyArray<[RegExp, SeasonId]>; offer: RegExp } | null;
  /** a future-tense marker ("will", "is scheduled to", Spanish "-rá"): an announcement that speaks of
   *  a date in the future tense; once the date is long past the page has outlived it */
  future: RegExp;
  /** relative time words that decay on an old page (rule catalog STL-003) */
  relative: {
    /** relative in any sentence: "this year", "last month", "recently approved", "coming soon"; global */
    always: RegExp;
    /** relative only in a sentence about approvals, research, laws or technology: "recently", "new"; global */
    topical: RegExp;
    /** what makes a sentence about such a topic */
    topic: RegExp;
    /** agencies by their acronym (capitals only): a sentence naming one is about such a topic */
    agency: RegExp;
    /** a statistic ("the 7th leading cause", "30 million", "12%"): a figure of its time, so a present
     *  word beside it ("currently") decays as the figure does */
    statistic: RegExp;
    /** the words of `topical` that name novelty ("new"), which count only before a topic noun */
    novelty: RegExp;
    /** novelty followed at once by a topic noun ("a new study", "un nuevo estudio") */
    noveltyTopical: RegExp;
    /** novelty as part of a name ("New Hope Clinic"); null when the language has no such names */
    properName: RegExp | null;
    /** habitual words: the sentence says what happens in general, not at one time */
    habitual: RegExp;
    /** words of `always` that a habitual sentence makes general ("next", "latest") */
    generalised: RegExp;
    /** words of `topical` that a habitual sentence makes general ("currently") */
    generalisedTopical: RegExp;
    /** words of `always` that look back ("last week", "la semana pasada"): in a story ("Last week a
     *  patient asked me…") they stay true; they decay only in a sentence about a topic ("last month
     *  the FDA approved…") */
    backward: RegExp;
    /** words of `always` that name a span from whenever one reads ("next", "coming")… */
    spanWord: RegExp;
    /** …when these come right before them ("for the next week"); matched on the text before */
    spanBefore: RegExp;
  };
}

/**
 * The words of dates in prose and bylines, beyond the numeric forms every language shares. English's
 * forms are read by utils/dates/prose.ts's fast path; another language adds its own here.
 */
export interface DateVocabulary {
  /** month names by number (index 0 is January), every spelling, lower case */
  months: readonly (readonly string[])[];
  /** day-month-year ("21 de abril de 2025"): groups day, month name, year; global */
  dayMonthYear: RegExp | null;
  /** month-year ("marzo de 2022"): groups month name, year; global */
  monthYear: RegExp | null;
  /** a byline label before a date ("Publicado el", "Última actualización:"); group 1 says which date; global */
  bylineLabel: RegExp | null;
  /** label words that mean the page was updated, or reviewed (the rest mean published) */
  modifiedWord: RegExp;
  reviewedWord: RegExp;
  /** what may stand between a label and its date ("por Redacción el") */
  bylineGap: RegExp | null;
  /**
   * A CMS's relative date line ("Last updated 3 years ago", "Actualizado hace 2 meses"): groups are the
   * verb, the count and the unit; `numbers` spells small counts; `units` maps a unit word to its unit.
   */
  relativeLine: {
    pattern: RegExp;
    numbers: Readonly<Record<string, number>>;
    units: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>>;
  };
}

/** One claim wording: a pattern (global flag) and the kind of claim it makes, in the report's words. */
export interface ClaimPattern {
  re: RegExp;
  /** the kind of claim ("guaranteed results"); also the finding's data.kind */
  label: string;
  severity?: 'error' | 'warning' | 'info';
}

/** A family of claims in one language: the wordings, a cheap gate, and what is not such a claim. */
export interface ClaimSet {
  patterns: readonly ClaimPattern[];
  /** a sentence without a match here holds none of the wordings */
  gate: RegExp;
  /** the text around a match (from a little before to a little after) shows it is not this claim */
  notClaim?: RegExp;
  /** a negation inside a matched phrase ("los resultados no están garantizados") */
  negatedInside?: RegExp;
}

/**
 * Claim wording for a language whose grammar the engine does not model in full: the English
 * wordings and their negation grammar live in utils/rules/claims and utils/claims-lang.
 */
export interface ClaimsVocabulary {
  /** absolute efficacy: cures, guaranteed results, 100% effective (rule catalog CMP-001) */
  efficacy: ClaimSet;
  /** absolute safety: no side effects, completely safe, painless (CMP-002) */
  safety: ClaimSet;
  /** a negation or hedge in the clause before a claim ("ningún tratamiento es 100% seguro") */
  negatedBefore: RegExp;
}

/** Imperative calls to action in prose: each must open its clause or follow a lead-in. */
export interface CtaProse {
  /** cheap gate on a block */
  gate: RegExp;
  /** booking phrases ("Agenda tu consulta gratuita"); global */
  book: RegExp;
  /** call phrases ("Llámanos"); global. A number right after ("al 91 874 37 75") is the one to call */
  call: RegExp;
  /** what may stand between a call phrase and its number ("al", "por WhatsApp al", ":") */
  callToNumber: RegExp;
  /** contact phrases ("Contáctanos", "Escríbenos"); global */
  contact: RegExp;
  /** clause boundaries (punctuation, coordinating words); global */
  boundary: RegExp;
  /** lead-ins that keep a clause imperative ("no dudes en", "te invitamos a"), the whole clause before the verb */
  lead: RegExp;
}

/** Everything the engine reads for one language. */
export interface Locale {
  detect: DetectVocabulary;
  cta: CtaVocabulary;
  stale: StaleVocabulary;
  dates: DateVocabulary;
  /** null for English, whose claim grammar the rules model themselves (see ClaimsVocabulary) */
  claims: ClaimsVocabulary | null;
}
