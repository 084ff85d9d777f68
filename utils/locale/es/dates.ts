// Spanish: the words of dates. Month names come from the platform (locale/calendar.ts); the forms
// are Spanish grammar: "21 de abril de 2025", "21 abril, 2025", "marzo de 2022", "marzo del 2022".
import type { DateVocabulary } from '../types';
import { alternation, monthNames } from '../calendar';
import { end, start } from './boundary';

// "setiembre" is the Peruvian, Chilean and Uruguayan spelling; "set" its abbreviation.
const months = monthNames('es', { 8: ['setiembre', 'set', 'sep'] });
const MONTH = `(${alternation(months.flat())})\\.?`;
const LONG_MONTH = `(${alternation(months.map((m) => m[0]!))})`;
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';

export const dates: DateVocabulary = {
  months,
  dayMonthYear: new RegExp(`(?<![\\d/.-])(\\d{1,2})(?:º|°)?(?:\\s+de)?\\s+${MONTH}${end}(?:\\s+(?:de|del)|,)?\\s+${YEAR}`, 'giu'),
  // short names are words too ("mar" is the sea): month-year wants the long name
  monthYear: new RegExp(`${start}${LONG_MONTH}${end}(?:\\s+(?:de|del)|,)?\\s+${YEAR}`, 'giu'),
  /** "Publicado el", "Actualizado:", "Última actualización:", "Fecha de publicación:", "Revisado por … el" */
  bylineLabel: new RegExp(
    `${start}(?:(?:[uú]ltima\\s+)?(actualizaci[oó]n|actualizado|modificado|revisado|publicado|escrito|fecha(?:\\s+de\\s+(?:publicaci[oó]n|actualizaci[oó]n|revisi[oó]n))?))${end}(?:\\s+(?:el|en))?\\s*:?`,
    'giu',
  ),
  modifiedWord: /actualiz|modific/i,
  reviewedWord: /revis/i,
  /** "Actualizado hace 2 meses", "Publicado hace un año" */
  relativeLine: {
    pattern: new RegExp(
      `${start}(actualizado|publicado|revisado|modificado)\\s*:?\\s+hace\\s+(\\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\s+(d[ií]a|semana|mes|a[ñn]o)(?:s|es)?${end}`,
      'iu',
    ),
    numbers: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
    units: { día: 'day', dia: 'day', semana: 'week', mes: 'month', año: 'year', ano: 'year' },
  },
  bylineGap: /^[\s:|·•,–—-]*(?:por\s+[^.!?;:()\d]{1,80}?\s*)?(?:(?:el|en|a)\s+)?(?:d[ií]a\s+)?[\s:|·•,–—-]*$/i,
};
