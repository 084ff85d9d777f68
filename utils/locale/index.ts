// Where a language lives: each locale folder (utils/locale/<lang>/) holds the words the engine reads
// for that language. English is always read (clinic pages abroad use English words in menus and brand
// names); another language is added when the page is written in it.
import type { PageFacts } from '../types';
import { locale as en } from './en';
import { locale as es } from './es';
import { textLanguage, type Lang } from './language';
import type { CtaVocabulary, DateVocabulary, DetectVocabulary, Locale } from './types';

export type { ClaimPattern, ClaimSet, ClaimsVocabulary, CtaProse, CtaVocabulary, DateVocabulary, DetectVocabulary, Locale, StaleVocabulary } from './types';
export { textLanguage, type Lang } from './language';

const LOCALES: Record<Lang, Locale> = { en, es };

/** The page's languages: English, plus the language of its text or its declared lang when that is another. */
export function pageLanguages(text: string, declared: string | null | undefined): Lang[] {
  const fromText = textLanguage(text);
  const fromLang = /^es\b/i.test(declared ?? '') ? 'es' : null;
  const other = fromText ?? fromLang;
  return other && other !== 'en' ? ['en', other] : ['en'];
}

/** The first few thousand characters of the page's text, to tell its language. */
function sampleText(facts: PageFacts): string {
  let out = '';
  for (const b of facts.blocks) {
    if (out.length > 12000) break;
    out += ` ${b.text}`;
  }
  return out;
}

const languagesCache = new WeakMap<PageFacts, Lang[]>();

/** The languages of a gathered page (decided once per page). */
export function factsLanguages(facts: PageFacts): Lang[] {
  let langs = languagesCache.get(facts);
  if (!langs) {
    langs = pageLanguages(sampleText(facts), facts.lang);
    languagesCache.set(facts, langs);
  }
  return langs;
}

/** The locales of the given languages. */
export function locales(langs: readonly Lang[]): Locale[] {
  return langs.map((l) => LOCALES[l]);
}

/** The detection vocabularies of the given languages. */
export function detectVocabularies(langs: readonly Lang[]): DetectVocabulary[] {
  return langs.map((l) => LOCALES[l].detect);
}

/** The call-to-action vocabularies of the given languages. */
export function ctaVocabularies(langs: readonly Lang[]): CtaVocabulary[] {
  return langs.map((l) => LOCALES[l].cta);
}

/** The date words of the page's languages other than English (English's forms are built in). */
export function dateVocabularies(langs: readonly Lang[]): DateVocabulary[] {
  return langs.filter((l) => l !== 'en').map((l) => LOCALES[l].dates);
}
