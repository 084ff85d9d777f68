// Where a language lives: each locale module holds the words the engine reads for that language.
// English is always read (clinic pages abroad use English words in menus and brand names); another
// language is added when the page is written in it.
import { detect as enDetect } from './en';
import { detect as esDetect } from './es';
import type { DetectVocabulary } from './types';
import { textLanguage, type Lang } from './language';

export type { DetectVocabulary } from './types';
export { textLanguage, type Lang } from './language';

const DETECT: Record<Lang, DetectVocabulary> = { en: enDetect, es: esDetect };

/** The page's languages: English, plus the language of its text or its declared lang when that is another. */
export function pageLanguages(text: string, declared: string | null | undefined): Lang[] {
  const fromText = textLanguage(text);
  const fromLang = /^es\b/i.test(declared ?? '') ? 'es' : null;
  const other = fromText ?? fromLang;
  return other && other !== 'en' ? ['en', other] : ['en'];
}

/** The detection vocabularies of the given languages. */
export function detectVocabularies(langs: readonly Lang[]): DetectVocabulary[] {
  return langs.map((l) => DETECT[l]);
}
