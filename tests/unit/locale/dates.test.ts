// Dates in Spanish: month names from the platform's locale data, Spanish date grammar, byline labels.
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../utils/dates/prose';
import { extractPageDates } from '../../../utils/dates/page-dates';
import { dateVocabularies } from '../../../utils/locale';
import { monthNames } from '../../../utils/locale/calendar';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';

const ES = { words: dateVocabularies(['en', 'es']), dayFirst: true };
const dates = (text: string) => findDateMentions(text, undefined, ES).map((d) => `${d.date}/${d.precision}`);

describe('month names come from Intl', () => {
  it('Spanish long and short forms', () => {
    expect(monthNames('es')[0]).toEqual(['enero', 'ene']);
    expect(monthNames('es')[8]).toContain('septiembre');
  });
});

describe('Spanish dates in prose', () => {
  it.each([
    ['Publicado el 21 de abril de 2025', ['2025-04-21/day']],
    ['el 3 sept. 2023 abrimos', ['2023-09-03/day']],
    ['1º de marzo del 2022', ['2022-03-01/day']],
    ['Actualizado: Noviembre 2024', ['2024-11-01/month']],
    ['en marzo de 2022 cambió la norma', ['2022-03-01/month']],
    ['15 setiembre 2021', ['2021-09-15/day']],
    ['el 01/02/2025', ['2025-02-01/day']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('"mar" (the sea) and a bare month without a year are not dates', () => {
    expect(dates('vistas al mar 2020 metros')).toEqual([]);
    expect(dates('abierto en abril')).toEqual([]);
  });

  it('an English-only reading does not know Spanish months', () => {
    expect(findDateMentions('21 de abril de 2025').map((d) => d.date)).not.toContain('2025-04-21');
  });
});

describe('Spanish bylines', () => {
  const page = (byline: string) =>
    extractPageDates(
      gather(
        parseHtml(
          `<html lang="es"><body><main><article><h1>Cómo cuidar tus encías</h1><p>${byline}</p>
          <p>La enfermedad de las encías empieza sin dolor. Por eso la revisión periódica con tu dentista es la mejor forma de detectarla a tiempo y tratarla antes de que avance.</p></article></main></body></html>`,
          'https://clinica.example/blog/encias',
        ),
        { url: 'https://clinica.example/blog/encias' },
      ),
      new Date('2026-12-08T12:00:00Z'),
    );
  it('"Publicado el … por …" is the published date', () => {
    expect(page('Publicado el 21 de abril de 2025 por Redacción').published).toBe('2025-04-21');
  });
  it('"Última actualización:" is the modified date', () => {
    expect(page('Última actualización: 3 de marzo de 2026').modified).toBe('2026-03-03');
  });
  it('"Actualizado hace 2 meses" is read against the audit\'s date', () => {
    expect(page('Actualizado hace 2 meses').modified).toBe('2026-10-08');
    expect(page('Publicado hace un año').published).toBe('2025-12-08');
  });
  it('"Revisado por la Dra. Leal el …" is the review date', () => {
    expect(page('Revisado por Tatiana Leal el 10 de enero de 2026').reviewed).toBe('2026-01-10');
  });
});
