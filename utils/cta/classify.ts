// Which links, buttons, forms and frames of a page are calls to action (rule catalog §1E, §4).
//
// Taxonomy (§4): direct = tel:, sms:, WhatsApp; primary = booking link/button, scheduler frame,
// intake form; secondary = mailto:, contact-page link. "Soft" links (an internal "Learn about
// Spravato") are not CTAs at all here. CTA-001 is satisfied by primary or direct CTAs.
//
// Pure: reads only PageFacts (never the DOM). The result is cached per facts object, because several
// CTA rules ask for it during one audit.
import type { Config, FormFact, LinkFact, PageFacts } from '../types';
import { SCHEDULER_HOSTS } from './patterns';
import { ctaVocabularies, factsLanguages, type CtaVocabulary } from '../locale';
import { hrefNumber } from '../phone/normalize';
import { parseUrl } from '../text/url';

export type CtaKind = 'call' | 'sms' | 'book' | 'contact' | 'email' | 'form';
export type CtaStrength = 'direct' | 'primary' | 'secondary';
/** Why an href cannot take anyone anywhere. */
export type DeadReason = 'missing' | 'empty' | 'hash' | 'javascript' | 'no-target' | 'vendor-home';

export interface LinkCta {
  link: LinkFact;
  kind: CtaKind;
  strength: CtaStrength;
  /** how it was recognised: "tel:", "scheduler:calendly.com", "path:/book", "profile", "fragment", "name", "button" */
  via: string;
  /** set when the href is dead (missing, empty, "#", "#!", "javascript:"); still a CTA, but a broken one */
  dead: DeadReason | null;
}

export interface FormCta {
  form: FormFact;
  kind: 'form';
  strength: 'primary';
}

export interface PageCtas {
  /** per link index: its CTA reading, or null when the link is not a CTA */
  byLink: Array<LinkCta | null>;
  /** every link/button CTA, in document order */
  links: LinkCta[];
  /** intake / appointment / contact forms */
  forms: FormCta[];
  /** scheduler iframes and widget scripts (location unknown) */
  schedulers: string[];
  /** the scheduler iframes among them: an embed shows itself, while a widget script may wait for a
   *  trigger button that the page does not have */
  schedulerFrames: string[];
}

const STRENGTH: Record<CtaKind, CtaStrength> = {
  call: 'direct',
  sms: 'direct',
  book: 'primary',
  form: 'primary',
  contact: 'secondary',
  email: 'secondary',
};

export function strengthOf(kind: CtaKind): CtaStrength {
  return STRENGTH[kind];
}

/** Primary or direct: the CTAs that satisfy CTA-001. */
export function isActionable(c: { kind: CtaKind }): boolean {
  return STRENGTH[c.kind] !== 'secondary';
}

const DEAD_HASH = /^#(?:!|0|\/)?$/;
const WHATSAPP = /^(?:https?:)?\/\/(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|chat\.whatsapp\.com)(?:\/|$)/i;
const WHATSAPP_BUSINESS = /^(?:https?:)?\/\/wa\.me\/(?:message|qr)\/\w+/i;
const FILE_EXT = /\.(?:html?|php|aspx?|jsp|cfm)$/;

/** The CTA words of the page's languages (utils/locale); English alone unless told otherwise. */
export type CtaWords = readonly CtaVocabulary[];
const ENGLISH: CtaWords = ctaVocabularies(['en']);
/** True when any language's pattern matches. */
function anyWord(words: CtaWords, pick: (v: CtaVocabulary) => RegExp, text: string): boolean {
  return words.some((v) => pick(v).test(text));
}
/** Text to match against other languages' words: with composed accents ("i" + U+0301 is "í"). Done
 * once where a name, segment or field enters, not in every test. */
const forWords = (text: string, words: CtaWords) => (words.length > 1 ? text.normalize('NFC') : text);

/** Why `href` is dead, or null when it goes somewhere. A "#fragment" is live when the page has an
 * element with that id (`ids`, when known); without `ids` every fragment but "#"/"#!" counts as live. */
export function deadHref(link: Pick<LinkFact, 'tag' | 'href'>, ids?: Set<string>): DeadReason | null {
  if (link.tag !== 'a' && link.tag !== 'area') return null;
  const href = link.href;
  if (href == null) return 'missing';
  const h = href.trim();
  if (!h) return 'empty';
  if (DEAD_HASH.test(h)) return 'hash';
  if (/^javascript:/i.test(h)) return 'javascript';
  if (ids && h.startsWith('#') && h.length > 1) {
    let id = h.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it raw */
    }
    if (!ids.has(id)) return 'no-target';
  }
  return null;
}

/** Scheduler entries by host: "calendly.com" → [""], "squareup.com" → ["/appointments"]. */
const SCHEDULERS = new Map<string, Array<{ entry: string; path: string }>>();
for (const entry of SCHEDULER_HOSTS) {
  const slash = entry.indexOf('/');
  const host = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase();
  const list = SCHEDULERS.get(host) ?? [];
  list.push({ entry, path: slash < 0 ? '' : entry.slice(slash).toLowerCase() });
  SCHEDULERS.set(host, list);
}

/** The scheduler vendor of a parsed URL: the host or any parent domain of it is in the list. */
function schedulerOfUrl(u: URL): string | null {
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase();
  let path: string | null = null;
  // i: the dot before the suffix (-1: the whole host). A host without dots ("localhost") is tried
  // once: stepping with indexOf from 0 would give -1 again and loop forever.
  for (let i = -1; i < host.length; ) {
    const suffix = i < 0 ? host : host.slice(i + 1);
    const list = SCHEDULERS.get(suffix);
    if (list) {
      for (const { entry, path: p } of list) {
        if (!p) return entry;
        path ??= u.pathname.toLowerCase();
        if (path.startsWith(p)) return entry;
      }
    }
    const next = host.indexOf('.', i + 1);
    if (next < 0) break;
    i = next;
  }
  return null;
}

/** The URL is the scheduler vendor's own home page: its bare host (or www.) with no path. */
function vendorHome(u: URL, vendor: string): boolean {
  if (vendor.includes('/')) return false;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return host === vendor.toLowerCase() && (u.pathname === '/' || u.pathname === '') && !u.search;
}

/** The scheduler vendor a URL belongs to ("calendly.com"), or null. */
export function schedulerOf(url: string | null): string | null {
  const u = parseUrl(url);
  return u ? schedulerOfUrl(u) : null;
}

interface ProfilePattern {
  test(s: string): boolean;
}

function compileProfile(patterns: readonly string[]): ProfilePattern[] {
  const out: ProfilePattern[] = [];
  for (const p of patterns) {
    if (typeof p !== 'string' || !p.trim()) continue;
    const m = /^\/(.+)\/([a-z]*)$/.exec(p.trim());
    if (m) {
      try {
        const re = new RegExp(m[1]!, m[2]!.replace(/[gy]/g, '') || 'i');
        out.push({ test: (s) => re.test(s) });
        continue;
      } catch {
        // not a valid regex: fall through to a substring match
      }
    }
    const needle = p.trim().toLowerCase();
    out.push({ test: (s) => s.toLowerCase().includes(needle) });
  }
  return out;
}

/** Last two labels of a host ("www.clinic.example" → "clinic.example"); good enough for "same site". */
function siteOf(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.');
  return parts.slice(-2).join('.');
}

function pathKind(u: URL, words: CtaWords): { kind: 'book' | 'contact'; segment: string } | null {
  // a cheap gate first: most links name no booking or contact word at all
  if (!anyWord(words, (v) => v.pathGate, u.pathname)) return null;
  const segments = u.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return forWords(decodeURIComponent(s).replace(FILE_EXT, ''), words);
      } catch {
        return s.replace(FILE_EXT, '');
      }
    });
  // Posts about booking ("/blog/schedule-your-annual-checkup") are articles, not booking pages; a
  // page name of up to three words under a blog folder ("contact.html", "make-an-appointment") is not.
  const blog = segments.some((seg) => anyWord(words, (v) => v.blogSegment, seg));
  const named = (seg: string) => !blog || seg.split(/[-_]+/).length <= 3;
  // Only the last two segments name the page ("/appointments/virtual", "/contact/").
  for (const seg of segments.slice(-2)) {
    if (anyWord(words, (v) => v.bookSegment, seg) && named(seg)) return { kind: 'book', segment: seg };
  }
  for (const seg of segments.slice(-2)) {
    if (anyWord(words, (v) => v.contactSegment, seg) && named(seg)) return { kind: 'contact', segment: seg };
  }
  return null;
}

function wordCount(s: string): number {
  return s ? s.split(/\s+/).filter(Boolean).length : 0;
}

/** Booking words in a short link/button name (a CTA label, not an article title). */
export function isBookingName(name: string, words: CtaWords = ENGLISH): boolean {
  const n = name.trim();
  if (!n) return false;
  if (anyWord(words, (v) => v.bookNameBare, n)) return true;
  return wordCount(n) <= 8 && !anyWord(words, (v) => v.titleLike, n) && anyWord(words, (v) => v.bookName, n);
}

export function isCallName(name: string, words: CtaWords = ENGLISH): boolean {
  const n = name.trim();
  return !!n && wordCount(n) <= 8 && !anyWord(words, (v) => v.titleLike, n) && anyWord(words, (v) => v.callName, n);
}

export function isContactName(name: string, words: CtaWords = ENGLISH): boolean {
  const n = name.trim();
  return !!n && wordCount(n) <= 6 && !anyWord(words, (v) => v.titleLike, n) && anyWord(words, (v) => v.contactName, n);
}

/** A cheap gate: most link names hold no booking, call or contact word at all. */
function mayNameCta(name: string, words: CtaWords): boolean {
  return anyWord(words, (v) => v.nameGate, name);
}

/** Kind suggested by a link's accessible name alone. */
export function kindByName(name: string, words: CtaWords = ENGLISH): CtaKind | null {
  if (!mayNameCta(name, words)) return null;
  if (isBookingName(name, words)) return 'book';
  if (isCallName(name, words)) return 'call';
  if (isContactName(name, words)) return 'contact';
  return null;
}


/**
 * Reads one link/control as a CTA (or not). `pageUrl` decides what "same site" means; `words` are the
 * CTA words of the page's languages.
 */
export function classifyLink(
  link: LinkFact,
  pageUrl: string | URL | null,
  profile: ProfilePattern[] = [],
  ids?: Set<string>,
  words: CtaWords = ENGLISH,
): LinkCta | null {
  const name = forWords(link.name || link.text, words);
  const make = (kind: CtaKind, via: string, dead: DeadReason | null = null): LinkCta => ({ link, kind, strength: STRENGTH[kind], via, dead });

  // Controls without an href: buttons open modals, submit forms or run script. A name says what they do.
  if (link.tag !== 'a' && link.tag !== 'area') {
    const byName = kindByName(name, words);
    if (byName === 'book') return make('book', 'button');
    if (byName === 'contact') return make('contact', 'button');
    return null;
  }

  const dead = deadHref(link, ids);
  if (dead) {
    const byName = kindByName(name, words);
    return byName ? make(byName, 'name', dead) : null;
  }
  const href = (link.href ?? '').trim();
  if (/^(?:tel|callto):/i.test(href)) return make('call', 'tel:');
  if (/^(?:sms|smsto|whatsapp):/i.test(href) || WHATSAPP.test(href)) {
    // "Share on WhatsApp" (whatsapp://send?text=…, sms:?body=…) names no number: not a way to reach the
    // clinic. A WhatsApp Business short link (wa.me/message/CODE) names none either, yet opens the
    // practice's chat.
    if (WHATSAPP_BUSINESS.test(href)) return make('sms', 'whatsapp-business');
    return hrefNumber(href)?.number ? make('sms', 'sms:') : null;
  }
  // "mailto:?subject=…" is a share button, not an address.
  if (/^mailto:/i.test(href)) return /^mailto:\s*[^?\s]/i.test(href) ? make('email', 'mailto:') : null;

  const url = link.url;
  if (url && profile.length && profile.some((p) => p.test(url) || p.test(href))) return make('book', 'profile');
  const u = parseUrl(url);
  if (!u) return null;
  const vendor = schedulerOfUrl(u);
  // A scheduler gives each practice its own address (clinic.janeapp.com, calendly.com/dr-lee); its
  // bare home page is the vendor's marketing site, where no patient can book this clinic.
  if (vendor) return make('book', `scheduler:${vendor}`, vendorHome(u, vendor) ? 'vendor-home' : null);

  const page = typeof pageUrl === 'string' ? parseUrl(pageUrl) : pageUrl;
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') {
    const samePage = page != null && u.origin === page.origin && u.pathname === page.pathname && u.search === page.search;
    if (samePage && u.hash) {
      let id = u.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // keep it encoded
      }
      id = forWords(id, words);
      if (anyWord(words, (v) => v.bookFragment, id)) return make('book', 'fragment');
      if (anyWord(words, (v) => v.contactFragment, id)) return make('contact', 'fragment');
    }
    const sameSite = page == null || u.protocol === 'file:' || siteOf(u.hostname) === siteOf(page.hostname);
    if (sameSite && !samePage) {
      const byPath = pathKind(u, words);
      // "Book an appointment" → /contact: the contact page is where this site books; the name says so.
      if (byPath?.kind === 'contact' && isBookingName(name, words)) return make('book', `name+path:${byPath.segment}`);
      if (byPath) return make(byPath.kind, `path:${byPath.segment}`);
    }
    // A booking label on a live link to a page we do not recognise ("Book now" → /new-patient-special).
    if (!samePage && mayNameCta(name, words)) {
      if (isBookingName(name, words)) return make('book', 'name');
      if (isContactName(name, words)) return make('contact', 'name');
    }
  }
  return null;
}

/** An intake / appointment / contact form (not a search box or a newsletter sign-up). */
export function isIntakeForm(form: FormFact, words: CtaWords = ENGLISH): boolean {
  const fields = form.fields.map((f) => forWords(f, words));
  if (fields.length === 0) return false;
  const test = (f: string, kind: keyof CtaVocabulary['field']) => anyWord(words, (v) => v.field[kind], f);
  if (fields.every((f) => test(f, 'search'))) return false;
  const any = (kind: keyof CtaVocabulary['field']) => fields.some((f) => test(f, kind));
  // Themes often submit by script from an <a> ("Send"): a full contact form is a CTA all the same.
  if (!form.hasSubmit) return fields.length >= 3 && any('intent') && (any('name') || any('email') || any('phone'));
  if (any('phone')) return true;
  if (any('intent') && (any('name') || any('email'))) return true;
  return any('name') && any('email') && fields.length >= 3;
}

const cache = new WeakMap<PageFacts, { patterns: readonly string[]; result: PageCtas }>();

/** Every CTA of the page: links and buttons, intake forms, scheduler frames and widget scripts. */
export function pageCtas(facts: PageFacts, config?: Pick<Config, 'profile'> | null): PageCtas {
  const patterns = config?.profile?.bookingUrlPatterns ?? [];
  const hit = cache.get(facts);
  if (hit && hit.patterns === patterns) return hit.result;
  const profile = compileProfile(patterns);
  const byLink: Array<LinkCta | null> = [];
  const links: LinkCta[] = [];
  const page = parseUrl(facts.url);
  const words = ctaVocabularies(factsLanguages(facts));
  for (const link of facts.links) {
    const c = classifyLink(link, page, profile, facts.ids, words);
    byLink[link.index] = c;
    if (c) links.push(c);
  }
  const forms: FormCta[] = facts.forms.filter((f) => isIntakeForm(f, words)).map((form) => ({ form, kind: 'form' as const, strength: 'primary' as const }));
  const schedulers: string[] = [];
  const schedulerFrames: string[] = [];
  const frames = new Set(facts.iframes);
  for (const src of [...facts.iframes, ...facts.scripts]) {
    let abs = src;
    try {
      abs = new URL(src, facts.url || undefined).href;
    } catch {
      // keep as written
    }
    if (!schedulerOf(abs) && !profile.some((p) => p.test(abs))) continue;
    schedulers.push(abs);
    if (frames.has(src)) schedulerFrames.push(abs);
  }
  const result: PageCtas = { byLink, links, forms, schedulers, schedulerFrames };
  cache.set(facts, { patterns, result });
  return result;
}
