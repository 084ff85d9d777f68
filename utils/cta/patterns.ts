// What counts as a call to action beyond words (rule catalog §1E and §4): the scheduler vendors clinics
// embed, and Lighthouse's list of non-descriptive link text. The words people use on CTA links and in
// booking addresses belong to each language (utils/locale/<lang>/cta.ts). Data only.

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
