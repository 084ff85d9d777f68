// English: everything the engine reads for this language.
import type { Locale } from '../types';
import { cta } from './cta';
import { detect } from './detect';

export const locale: Locale = { detect, cta };
