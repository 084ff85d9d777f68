// The report records the language the page was read in (from its text, not its declared lang) and the
// language of its messages.
import { describe, expect, it } from 'vitest';
import { audit } from '../../helpers/audit';

describe('report language', () => {
  it('a Spanish page under lang="en-US" is read in Spanish; messages are English', () => {
    const r = audit(`<html lang="en-US"><head><title>Limpieza dental | Clínica Sonrisa</title></head><body><main>
      <p>La limpieza dental profesional elimina el sarro y la placa que el cepillado no alcanza. En nuestra clínica la realizamos en una sola cita y te explicamos cómo cuidar tus encías en casa.</p></main></body></html>`);
    expect(r.page).toMatchObject({ lang: 'en-US', language: 'es', messageLanguage: 'en' });
  });
  it('an English page is read in English', () => {
    const r = audit('<html><head><title>Teeth cleaning | Smile Dental</title></head><body><main><p>Our hygienists clean your teeth and check your gums at every visit, and we show you how to care for them at home.</p></main></body></html>');
    expect(r.page.language).toBe('en');
  });
});
