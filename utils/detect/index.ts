// detect: is this a clinic page, and is it an article? A weighted vote of independent signals,
// each named in `signals` so a user can see why. A news story about ketamine talks *about*
// clinics; a clinic page talks *as* one (our patients, book your visit, call us), so first-person
// clinic voice, booking and contact signals weigh most.
import { ARTICLE_URL, DATE_PERMALINK } from './paths';
import type { Detection, PageFacts } from '../types';
import { bareBylineDate, labelledDates, titleBlockIndex } from '../dates/byline';
import { parseUrl, resolveUrl } from '../text/url';
import { dateVocabularies, detectVocabularies, factsLanguages, type DetectVocabulary } from '../locale';

const CLINIC_TYPES = /^(MedicalClinic|Dentist|Physician|MedicalBusiness|MedicalOrganization|Hospital|Optician|Physiotherapy|MedicalSpa|DaySpa|HealthAndBeautyBusiness|Psychiatric|Chiropractor|VeterinaryCare|MedicalTherapy|Dermatology|Clinic|MedicalProcedure|MedicalCondition|MedicalSpecialty)$/;
// Article-family types. A MedicalWebPage is a web page (SEO plugins mark service pages with it).
const ARTICLE_TYPES = /^(Article|BlogPosting|NewsArticle|MedicalScholarlyArticle|Report|HealthTopicContent)$/;
const NEWS_ORG = /^(NewsMediaOrganization|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|LiveBlogPosting)$/;

const LOREM = /\blorem ipsum\b|\bdolor sit amet\b|\bconsectetur\b|\badipiscing\b|\beiusmod\b/i;
const MAP_EMBED = /\/\/(?:www\.)?google\.[a-z.]+\/maps|maps\.google\.|\/\/(?:www\.)?bing\.com\/maps|openstreetmap\.org/i;
// Separators may be spaced ("214 - 755 - 7964").
const PHONE_TEXT = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]| [.-] )\d{3,4}(?:[\s.-]| [.-] )\d{2,4}(?:[\s.-]\d{2})?/;
const BOOKING_HREF = /\/(book|booking|book-online|schedule|appointments?|request-appointment|make-an-appointment|book-an-appointment)(\/|$|\?|\.|#)|calendly\.com|acuityscheduling\.com|janeapp\.com|simplepractice\.com|intakeq\.com|zocdoc\.com|tebra\.com|nexhealth\.com|localmed\.com/i;
// An online shop: cart links and add-to-cart forms. Clinics with a shop still carry booking and clinic
// signals; a brand's blog that writes about skin or sleep does not.
const CART_HREF = /\/cart(?:\/add)?(?:[/?#.]|$)|[?&]add-to-cart=|\/checkout(?:[/?#]|$)/i;
// A health insurer or plan speaks to members about coverage, not to patients about care.
const INSURER_TYPES = /^(InsuranceAgency|HealthInsurancePlan|HealthPlanNetwork|HealthPlanFormulary)$/;
const POSTAL = /\b\d{5}(-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** detect() calls a page a clinic page from this score up. */
export const DETECT_THRESHOLD = 3.5;
const THRESHOLD = DETECT_THRESHOLD;

/** The score detect() gave, read back from its `score:` signal. */
export function scoreOf(detection: Detection): number {
  const signal = detection.signals.find((s) => s.startsWith('score:'));
  return signal ? Number(signal.slice(6)) : 0;
}

export interface DetectOptions {
  /** the pre-filter's lite facts (part of the text, no frames): absence of a signal proves little */
  lite?: boolean;
}

type TestKey = Exclude<keyof DetectVocabulary, 'clinicVoice' | 'medicalTerms' | 'insurerWords'>;
const anyTest = (vocab: readonly DetectVocabulary[], key: TestKey, text: string) => vocab.some((v) => v[key].test(text));
const countAll = (vocab: readonly DetectVocabulary[], key: 'clinicVoice' | 'medicalTerms', text: string) =>
  vocab.reduce((n, v) => n + (text.match(v[key])?.length ?? 0), 0);

export function detect(facts: PageFacts, opts: DetectOptions = {}): Detection {
  const signals: string[] = [];
  // English always; the page's own language too when it is written in another (utils/locale)
  const langs = factsLanguages(facts);
  const vocab = detectVocabularies(langs);
  // composed accents for non-English vocabularies ("i" + U+0301 is "í")
  const norm = langs.length > 1 ? (t: string) => t.normalize('NFC') : (t: string) => t;
  if (langs.length > 1) signals.push(`language:${langs[1]}`);
  let clinic = 0;
  let article = false;
  const vote = (weight: number, signal: string) => {
    clinic += weight;
    signals.push(signal);
  };

  // Structured data and metadata.
  const types = new Set(facts.jsonLd.flatMap((e) => e.types));
  const clinicType = [...types].find((t) => CLINIC_TYPES.test(t));
  if (clinicType) vote(3, `json-ld:${clinicType}`);
  const articleType = [...types].find((t) => ARTICLE_TYPES.test(t));
  if (articleType) {
    article = true;
    signals.push(`json-ld:${articleType}`);
  }
  if (types.has('MedicalWebPage')) vote(1, 'json-ld:MedicalWebPage');
  // Many clinics describe themselves only as a LocalBusiness / ProfessionalService: it counts once the
  // page also speaks medicine (checked below, with the vocabulary).
  const localBusiness = !clinicType && [...types].some((t) => /^(LocalBusiness|ProfessionalService|HealthAndBeautyBusiness)$/.test(t));
  const newsType = [...types].find((t) => NEWS_ORG.test(t));
  if (newsType) vote(-2, `json-ld:${newsType}`);
  const ogType = facts.meta['og:type']?.[0]?.toLowerCase();
  // SEO plugins (Yoast) give og:type=article to every page; a post also carries its publication time.
  if (ogType === 'article' && (facts.meta['article:published_time']?.length || articleType)) {
    article = true;
    signals.push('og:type=article');
  }
  let path = '';
  try {
    path = new URL(facts.url).pathname;
  } catch {
    path = facts.url;
  }
  if (ARTICLE_URL.test(path) || DATE_PERMALINK.test(path)) {
    article = true;
    signals.push('url:article-path');
  }
  // A byline date under the title ("Posted: March 10, 2025", a bare "24 06 2020") dates a post.
  if (!article && postedDate(facts)) {
    article = true;
    signals.push('byline-date');
  }
  // A post's own publication time, shown and marked up as such: WordPress and hAtom themes print
  // <time class="entry-date published"> on posts, never on pages. (itemprop="datePublished" alone is
  // not enough: page builders put it on every WebPage.) In the content, not a sidebar or listing.
  if (!article && facts.times.some((t) => t.inContent && t.region !== 'aside' && !!t.text.trim() && /\bentry-date\b.*\bpublished\b|\bpublished\b.*\bentry-date\b/i.test(t.hint) && !/comment|related|widget|listing|card|teaser/.test(t.hint))) {
    article = true;
    signals.push('published-time');
  }
  // A post links back to its listing ("← Back to news", "All articles").
  if (!article && facts.links.some((l) => anyTest(vocab, 'backToListing', norm(l.name.trim())))) {
    article = true;
    signals.push('back-to-listing');
  }
  // An <article> of 300+ words marks an article, unless the page says otherwise: site builders
  // (Squarespace) wrap every page in <article>, and their service pages declare og:type=website.
  const declaredNonArticle = !!ogType && ogType !== 'article' && !articleType;
  if (!declaredNonArticle && facts.hasArticleElement && facts.wordCount >= 300 && facts.contentRoot?.localName === 'article') {
    article = true;
    signals.push('article-element:300+words');
  }

  // Who speaks: a clinic names itself and addresses its patients.
  // The site's own name: og:site_name, or the title's trailing segments ("Headline | Site Name").
  // A headline about clinics is not a clinic's name, so the first segment of a multi-part title is left out.
  const segments = facts.title.split(/\s[|\u2013\u2014:\u00b7-]\s|:\s/).filter(Boolean);
  const short = segments.filter((seg, i) => seg.trim().split(/\s+/).length <= (i === 0 ? 5 : 7));
  const home = homeLinkName(facts);
  const names = [facts.meta['og:site_name']?.[0] ?? '', ...(segments.length > 1 ? short : []), home].filter(Boolean);
  const siteName = names.join(' | ');
  // The site's own name, not the page's title ("News | MedicalPress" is a news page of a clinic site).
  const ownNames = [facts.meta['og:site_name']?.[0] ?? '', ...segments.slice(1), home, ...(segments.length === 1 ? [facts.title] : [])].filter(Boolean);
  const orgName = organisationName(ownNames, vocab);
  const clinicNamed = anyTest(vocab, 'clinicName', norm(siteName));
  if (orgName) vote(-3, `organisation-name:${orgName.slice(0, 40)}`);
  else if (clinicNamed) vote(2, 'clinic-name');
  else if (segments.length === 1 && anyTest(vocab, 'clinicName', norm(facts.title))) vote(1, 'clinic-title');

  let voice = 0;
  let medical = 0;
  let words = 0;
  let bookingText = false;
  let credential = false;
  let postal = false;
  let contactPhone = false;
  let newsFurniture = 0;
  let newsByline = false;
  let hours = false;
  for (const blk of facts.blocks) {
    const t = blk.text;
    if (LOREM.test(t)) continue; // template filler says nothing about the page
    words += t ? t.split(' ').length : 0;
    const text = norm(t);
    if (voice < 6) voice += countAll(vocab, 'clinicVoice', text);
    medical += countAll(vocab, 'medicalTerms', text);
    if (!bookingText && anyTest(vocab, 'booking', text)) bookingText = true;
    if (!credential && anyTest(vocab, 'credential', text)) credential = true;
    if (t.length < 60 && anyTest(vocab, 'newsFurniture', text)) newsFurniture++;
    if (!newsByline && t.length < 200 && anyTest(vocab, 'newsByline', text)) newsByline = true;
    if (!hours && t.length < 400 && anyTest(vocab, 'hours', text)) hours = true;
    if (blk.region !== 'main' && blk.region !== 'other') {
      if (!postal && POSTAL.test(t)) postal = true;
      if (!contactPhone && PHONE_TEXT.test(t)) contactPhone = true;
    } else {
      if (!contactPhone && anyTest(vocab, 'labelledPhone', text)) contactPhone = true;
      if (!postal && t.length < 200 && anyTest(vocab, 'street', text) && POSTAL.test(t)) postal = true;
    }
  }
  // The site's owner named in its copyright line ("Copyright © 2018 Clínica Aguirre"), when the title
  // and the home link do not name it (a template's leftover title, a logo without a name).
  if (!clinicNamed && !orgName && copyrightNamesClinic(facts, vocab, norm)) vote(1.5, 'copyright-holder');
  if (voice >= 3) vote(2, `clinic-voice:${voice}`);
  else if (voice >= 1) vote(1, `clinic-voice:${voice}`);

  let telLinks = 0;
  let bookingLinks = 0;
  // a template's bare "Book" / "Appointments" link: weaker than a named booking link (a shop or a
  // travel site says "Book" too), so it only adds when there is no other
  let bareBooking = 0;
  for (const link of facts.links) {
    const href = (link.href ?? '').trim().toLowerCase();
    // short codes (988, 911, 111) are crisis and emergency lines any health page links
    if (href.startsWith('tel:')) {
      if (href.replace(/\D/g, '').length >= 7) telLinks++;
    }
    else {
      const name = norm(link.name.trim());
      if (anyTest(vocab, 'booking', name) || BOOKING_HREF.test(href)) bookingLinks++;
      else if (anyTest(vocab, 'bareBooking', name)) bareBooking++;
    }
  }
  if (bookingLinks) vote(2.5, `booking-links:${bookingLinks}`);
  else if (bareBooking) vote(1, `bare-booking-links:${bareBooking}`);
  else if (bookingText) vote(0.5, 'booking-text');
  if (telLinks) vote(1, `tel-links:${telLinks}`);
  else if (contactPhone) vote(0.5, 'contact-phone');
  const appointmentForm = facts.forms.some(
    (f) => f.fields.length >= 2 && f.fields.some((x) => /date|time|appointment|doctor|department|service/.test(x)),
  );
  if (appointmentForm) vote(2, 'appointment-form');
  if (credential) vote(0.5, 'clinician-credentials');
  if (postal) vote(0.5, 'postal-address');
  // A practice's contact page: opening hours, a map, an address and a phone, with little medical text.
  const mapEmbed = facts.iframes.some((src) => MAP_EMBED.test(src));
  const localPlace = hours && (postal || contactPhone || telLinks > 0 || mapEmbed);
  if (localPlace) vote(1, 'opening-hours');
  if (mapEmbed) vote(0.5, 'map-embed');
  if (newsFurniture >= 2) vote(-1, `news-furniture:${newsFurniture}`);
  if (newsByline) vote(-1, 'news-byline');
  if (facts.links.length > 250) vote(-1, `many-links:${facts.links.length}`);

  if (localBusiness && medical >= 5) vote(1, 'json-ld:LocalBusiness+medical');
  const density = medical / Math.max(1, words);
  const pct = `${(density * 100).toFixed(1)}%`;
  if (medical >= 10 && density >= 0.08) vote(3.5, `medical-vocabulary:${pct}`);
  else if (medical >= 10 && density >= 0.05) vote(3, `medical-vocabulary:${pct}`);
  else if (medical >= 5 && density >= 0.015) vote(1.5, `medical-vocabulary:${pct}`);
  else if (medical >= 3 && density >= 0.006) vote(0.5, `medical-vocabulary:${pct}`);
  else if (!clinicType && !localPlace && (medical < 3 || (!bookingLinks && !appointmentForm)) && words) vote(-1.5, `little-medical-vocabulary:${pct}`);
  // Talk about medicine with nobody offering care: no clinic voice, no phone, booking link or form.
  // (A short fragment with no template — a JS-assembled page — proves nothing by what it lacks.)
  if (!opts.lite && words >= 200 && !clinicType && !clinicNamed && voice === 0 && !telLinks && !bookingLinks && !appointmentForm && !contactPhone && !bookingText) vote(-2, 'no-care-offered');

  // Who else speaks (a shop, an insurer): these only lower the score,
  // so they are looked for only when it could reach the threshold (the pre-filter passes from 2.0).
  if (clinic >= THRESHOLD - 2) {
    let store = false;
    for (const link of facts.links) if (CART_HREF.test(link.href ?? '') || anyTest(vocab, 'cartName', norm(link.name))) store = true;
    for (const f of facts.forms) if (CART_HREF.test(f.action ?? '')) store = true;
    if (store && !clinicType && !bookingLinks && !appointmentForm) vote(-1.5, 'online-store');
    const insurerTerms = new Set<string>();
    for (const blk of facts.blocks) for (const v of vocab) for (const m of norm(blk.text).matchAll(v.insurerWords)) if (insurerTerms.size < 6) insurerTerms.add(m[0].toLowerCase());
    // Words only an insurer says to its members weigh most; clinics explain copays and networks too.
    const memberTerms = [...insurerTerms].filter((t) => anyTest(vocab, 'memberFacing', t)).length;
    if ([...types].some((t) => INSURER_TYPES.test(t))) vote(-4, 'json-ld:insurer');
    else if (!clinicType && memberTerms >= 2) vote(-4, `insurer-words:${insurerTerms.size}`);
    else if (!clinicType && insurerTerms.size >= 4) vote(-2, `insurer-words:${insurerTerms.size}`);
  }
  signals.push(`score:${clinic.toFixed(1)}`);
  const isClinic = clinic >= THRESHOLD;
  const kind = isClinic ? (article ? 'clinic-article' : 'clinic-page') : 'other';
  // Confidence: distance from the threshold, squashed into 0.5–0.99.
  const margin = Math.abs(clinic - THRESHOLD);
  const confidence = Math.round((0.5 + 0.49 * (1 - Math.exp(-margin / 2.5))) * 100) / 100;
  return { kind, confidence, signals, isArticle: article };
}

const COPYRIGHT_LINE = /©|\bcopyright\b|\(c\)\s*(?:19|20)\d\d/i;

/** A short copyright line in the page's template that names a clinic. */
function copyrightNamesClinic(facts: PageFacts, vocab: readonly DetectVocabulary[], norm: (t: string) => string): boolean {
  return facts.blocks.some(
    (b) => (b.region === 'footer' || !b.inContent) && b.text.length <= 200 && COPYRIGHT_LINE.test(b.text) && anyTest(vocab, 'clinicName', norm(b.text)),
  );
}

/** The part of a site name that names an organisation that gives no care, or undefined.
 * "Beth's Podiatry News" is a practice's news page; "IDS News" is a newspaper. */
function organisationName(names: string[], vocab: readonly DetectVocabulary[]): string | undefined {
  return names
    .flatMap((n) => n.normalize('NFC').replace(/\[.*$/, '').split(/,\s+|\s+&\s+/))
    .map((n) => n.replace(/[.,;:!]+$/g, '').trim())
    .find((n) => vocab.some((v) => (v.orgHead.test(n) && !(v.newsHead.test(n) && v.clinicName.test(n))) || v.orgLead.test(n)));
}

/** The text of the header's link to the site's home page (a logo's alt, a brand name), or ''. */
function homeLinkName(facts: PageFacts): string {
  const page = parseUrl(facts.url);
  if (!page) return '';
  for (const link of facts.links.slice(0, 40)) {
    if (link.region !== 'header' && link.region !== 'nav' && link.region !== 'other') continue;
    // gather resolved the href already; the pre-filter's lite facts leave it to us
    const u = parseUrl(link.url) ?? resolveUrl((link.href ?? '').trim(), facts.url);
    if (!u || u.origin !== page.origin || !/^\/(?:index\.(?:html?|php))?$/i.test(u.pathname)) continue;
    const name = link.name.replace(/\s+/g, ' ').trim();
    if (name.length >= 3 && name.length <= 60 && !/^(?:home|homepage|home page|start|main)$/i.test(name)) return name;
  }
  return '';
}

/** A "Posted …" line or a bare date right under the page's title. */
function postedDate(facts: PageFacts): boolean {
  const title = titleBlockIndex(facts);
  const words = dateVocabularies(factsLanguages(facts));
  if (title < 0) return false;
  for (const blk of facts.blocks.slice(Math.max(0, title - 2), title + 8)) {
    if (blk.index === title || blk.region === 'nav' || blk.region === 'aside' || blk.region === 'footer' || blk.text.length > 300) continue;
    if (labelledDates(blk, { words }).some((d) => d.kind === 'published')) return true;
    if (blk.index > title && bareBylineDate(blk, { dateOnly: true, words })) return true;
  }
  return false;
}
