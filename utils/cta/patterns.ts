// What counts as a call to action (rule catalog §1E and §4): the words people use on CTA links and
// buttons, the destinations that take a patient to booking or contact, the scheduler vendors clinics
// embed, and Lighthouse's list of non-descriptive link text. Data only; compiled once.

/** Booking words in a link/button name ("Book Online", "Request an Appointment", "Free Consultation"). */
export const BOOK_NAME =
  /\b(?:book|schedule|request|make|reserve|set ?up|arrange)\b[^.!?]{0,40}?\b(?:appointments?|appts?|consult(?:ation)?s?|visits?|sessions?|exams?|evaluations?|assessments?|check-?ups?|cleanings?|treatments?|call-?backs?|(?:\d+[- ]?min(?:ute)?s?\.?|free)\s+(?:phone\s+|video\s+|discovery\s+|intro(?:ductory)?\s+)?(?:calls?|chats?))\b|\bbook(?:ing)?\s*(?:now|online|today|here|with us)\b|\bschedule\s*(?:now|online|today|here)\b|\bonline\s+(?:booking|scheduling|appointments?)\b|\bfree\s+consult(?:ation)?\b|\bget started\b|\bget\s+(?:an?\s+|your\s+)?(?:appointments?|appts?|consult(?:ation)?s?)\b/i;

/** A whole link name that is a bare booking word ("Appointments", "Book", "Consultation"). */
export const BOOK_NAME_BARE = /^(?:appointments?|appt|book|booking|bookings|consultations?|schedule|scheduling|reserve|new patients?)$/i;

/** Call words in a link/button name ("Call us", "Call now", "Click to call"). */
export const CALL_NAME = /\bcall\s+(?:us|now|today|our|the)\b|\bclick to call\b|\bgive us a (?:call|ring)\b|\bcall\b/i;

/** Contact words in a link/button name ("Contact us", "Get in touch", "Send a message"). */
export const CONTACT_NAME = /\bcontact\b|\bget in touch\b|\breach out\b|\bsend (?:us )?(?:a |your )?(?:message|enquiry|inquiry)\b|\be-?mail us\b|\bmessage us\b|\brequest (?:a |more )?(?:info|information|call-?back)\b/i;

/**
 * Path segments of booking pages: /book, /booking, /book-now, /schedule, /schedule-a-visit,
 * /appointment(s), /request-appointment, /make-an-appointment, /online-booking, /free-consultation…
 * Matched against one path segment, lower-cased, without its file extension.
 */
export const BOOK_SEGMENT =
  /^(?:book|booking|bookings|book[-_](?:now|online|today|here|an?[-_].+|your[-_].+|appointments?.*|consult.*|visit.*|session.*|exam.*|with[-_].+)|booking[-_].+|online[-_]?(?:booking|scheduling|appointments?)|schedul(?:e|ing)(?:[-_].+)?|appointments?(?:[-_].+)?|(?:request|make|book|schedule|reserve)[-_](?:an?[-_]|your[-_]|a[-_]free[-_])?(?:appointment|appt|consult(?:ation)?|visit|exam|evaluation|session)s?(?:[-_].+)?|free[-_]consult(?:ation)?s?(?:[-_].+)?|consultations?|consult|reserve|reservations?|openscheduling|new[-_]patients?[-_](?:forms?|intake|registration|appointment))$/;

/** Path segments of contact pages: /contact, /contact-us, /contactus, /contact-the-office. */
export const CONTACT_SEGMENT = /^(?:contact(?:[-_]?us)?|contact[-_].+|get[-_]in[-_]touch|reach[-_]us|enquir(?:y|ies)|inquir(?:y|ies))$/;

/** Fragment ids that name an on-page booking or contact section (#appointment, #book, #contact). */
export const BOOK_FRAGMENT = /^(?:book|booking|book[-_]?now|appointments?|make[-_]an[-_]appointment|appointment[-_].+|request[-_].*appointment.*|schedule|schedul(?:e|ing)[-_].+|consultation|free[-_]consultation|reserve)$/i;
export const CONTACT_FRAGMENT = /^(?:contact|contact[-_].+|get[-_]in[-_]touch|enquiry|inquiry)$/i;

/**
 * Online schedulers and booking vendors clinics link to or embed (host suffixes). A list to maintain:
 * add a vendor here, or per clinic through `config.profile.bookingUrlPatterns`.
 */
export const SCHEDULER_HOSTS: readonly string[] = [
  'calendly.com',
  'acuityscheduling.com',
  'as.me', // Acuity short links
  'janeapp.com',
  'janeapp.co.uk',
  'simplepractice.com',
  'clientsecure.me', // SimplePractice client portal / booking
  'intakeq.com',
  'practiceq.com',
  'zocdoc.com',
  'tebra.com',
  'kareo.com',
  'patientpop.com',
  'nexhealth.com',
  'localmed.com',
  'solutionreach.com',
  'doctible.com',
  'setmore.com',
  'book.squareup.com',
  'squareup.com/appointments',
  'app.squareup.com/appointments',
  'square.site/book',
  'mindbodyonline.com',
  'mindbody.io',
  'vagaro.com',
  'joinblvd.com',
  'blvd.co',
  'gethealthie.com',
  'schedulicity.com',
  'booksy.com',
  'fresha.com',
  'glossgenius.com',
  'zenoti.com',
  'youcanbook.me',
  'appointy.com',
  '10to8.com',
  'simplybook.me',
  'simplybook.it',
  'doctolib.fr',
  'doctolib.de',
  'doctolib.it',
  'doctoralia.com',
  'opencare.com',
  'flexbook.me',
  'book.getweave.com',
  'lighthouse360.com',
  'yapiapp.com',
  'modento.io',
  'phreesia.com',
  'healthgrades.com/book',
  'theranest.com',
  'therapyportal.com',
  'headway.co',
  'ovationtix.com/appointments',
  'cal.com',
  'tidycal.com',
  'savvycal.com',
  'hubspot.com/meetings',
  'meetings.hubspot.com',
  'outlook.office365.com/owa/calendar',
  'bookings.office.com',
  'schedule.it',
  'booker.com',
  'phorest.com',
  'pabau.com',
  'cliniko.com',
  'nookal.com',
  'halaxy.com',
  'hotdoc.com.au',
  'healthengine.com.au',
  'practo.com',
];

/** Lighthouse `link-text` (core/audits/seo/link-text.js): whole, trimmed, lower-cased link texts. */
export const NON_DESCRIPTIVE: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'right here', 'read more', 'see more', 'start', 'this']),
  ja: new Set(['ここをクリック', 'こちらをクリック', 'リンク', '続きを読む', '続く', '全文表示']),
  es: new Set(['click aquí', 'click aqui', 'clicka aquí', 'clicka aqui', 'pincha aquí', 'pincha aqui', 'aquí', 'aqui', 'más', 'mas', 'más información', 'más informacion', 'mas información', 'mas informacion', 'este', 'enlace', 'este enlace', 'empezar']),
  pt: new Set(['clique aqui', 'ir', 'mais informação', 'mais informações', 'mais', 'veja mais']),
  ko: new Set(['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기']),
  sv: new Set(['här', 'klicka här', 'läs mer', 'mer', 'mer info', 'mer information']),
  de: new Set(['klicke hier', 'hier klicken', 'hier', 'mehr', 'siehe', 'dies', 'das', 'weiterlesen']),
  ta: new Set(['அடுத்த பக்கம்', 'மறுபக்கம்', 'முந்தைய பக்கம்', 'முன்பக்கம்', 'மேலும் அறிக', 'மேலும் தகவலுக்கு', 'மேலும் தரவுகளுக்கு', 'தயவுசெய்து இங்கே அழுத்தவும்', 'இங்கே கிளிக் செய்யவும்']),
  fa: new Set(['اطلاعات بیشتر', 'اطلاعات', 'این', 'اینجا بزنید', 'اینجا کلیک کنید', 'اینجا', 'برو', 'بیشتر بخوانید', 'بیشتر بدانید', 'بیشتر', 'شروع']),
};

/**
 * True when `text` (a link's visible text) is one of Lighthouse's non-descriptive link texts: the
 * whole trimmed text, in the page language when known ("en-US" → en), else in any language.
 */
export function isNonDescriptive(text: string, lang: string): boolean {
  if (!text || text.length > 40) return false;
  const term = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!term) return false;
  return nonDescriptiveSet(lang).has(term);
}

const ALL_LANGS = new Set<string>(Object.values(NON_DESCRIPTIVE).flatMap((set) => [...set]));
/** The page language's list ("en-US" → en), or every language's when the language is unknown. */
export function nonDescriptiveSet(lang: string): ReadonlySet<string> {
  const code = (lang || '').split(/[-_]/)[0]!.toLowerCase();
  return NON_DESCRIPTIVE[code] ?? ALL_LANGS;
}
