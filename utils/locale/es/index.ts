// Spanish: everything the engine reads for this language.
import type { Locale } from '../types';
import { claims } from './claims';
import { cta } from './cta';
import { dates } from './dates';
import { detect } from './detect';
import { stale } from './stale';

export const locale: Locale = { detect, cta, stale, dates, claims };
