// The page's language from its text, and Spanish clinic pages detected as clinic pages whatever
// their <html lang> says (a CMS default "en" over Spanish text, accents stored decomposed).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { detect } from '../../../utils/detect';
import { pageLanguages, textLanguage } from '../../../utils/locale';

const ES = 'En nuestra clínica dental de Madrid atendemos a pacientes de todas las edades. El tratamiento de ortodoncia con alineadores es una de las opciones más cómodas para corregir la posición de los dientes, y la primera consulta es gratuita. Nuestros especialistas revisan tu caso y te explican el plan, el precio y la duración del tratamiento con todo detalle.';
const EN = 'At our dental clinic in Madrid we see patients of all ages. Orthodontic treatment with clear aligners is one of the most comfortable options to straighten your teeth, and the first consultation is free. Our specialists review your case and explain the plan, the price and the length of the treatment in detail.';

describe('textLanguage', () => {
  it('tells Spanish from English by their common words, and says nothing on too little text', () => {
    expect(textLanguage(ES)).toBe('es');
    expect(textLanguage(EN)).toBe('en');
    expect(textLanguage('Clínica Dental Sonrisa')).toBeNull();
  });

  it('English is always read; the text decides over a CMS default lang', () => {
    expect(pageLanguages(ES, 'en-US')).toEqual(['en', 'es']);
    expect(pageLanguages(EN, 'es-ES')).toEqual(['en']);
    expect(pageLanguages('', 'es')).toEqual(['en', 'es']);
  });
});

describe('Spanish clinic pages', () => {
  const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>Ortodoncia invisible | Clínica Dental Sonrisa</title></head><body>
    <header><a href="/">Clínica Dental Sonrisa</a> <a href="#">Pide tu cita</a></header><main><h1>Ortodoncia invisible</h1><p>${body}</p></main>
    <footer><p>Calle Mayor 12, 28013 Madrid · Teléfono: 910 123 456</p></footer></body></html>`;
  const kind = (html: string) => detect(gather(parseHtml(html, 'https://sonrisa.example/ortodoncia'), { url: 'https://sonrisa.example/ortodoncia' }));

  it('a Spanish page under a CMS default lang="en" is a clinic page', () => {
    const d = kind(page('en-US', ES));
    expect(d.kind).toBe('clinic-page');
    expect(d.signals).toContain('language:es');
  });

  it('accents stored decomposed ("i" + U+0301) read the same', () => {
    const d = kind(page('es', ES.normalize('NFD')).normalize('NFD'));
    expect(d.kind).toBe('clinic-page');
  });

  it('English pages read as before: no Spanish vocabulary', () => {
    expect(kind(page('en', EN)).signals.some((s) => s.startsWith('language:'))).toBe(false);
  });
});
