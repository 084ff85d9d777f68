// Detection of Spanish-language pages: the clinic's voice, its credentials, opening hours and
// labelled phone, read through the Spanish locale; organisations that give no care stay `other`.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { detect } from '../../../utils/detect';

const read = (html: string, url = 'https://consulta.example/') => detect(gather(parseHtml(html, url), { url }));

const PSYCHOLOGIST_PAGE = `<!DOCTYPE html><html lang="es"><head><title>Cuándo consultar a un psicólogo | Lic. Ana Pérez</title></head><body>
<header><a href="/">Lic. Ana Pérez</a></header>
<main><h1>Cuándo consultar a un psicólogo</h1>
<p>Muchas personas se preguntan si su malestar justifica una consulta con un psicólogo. La ansiedad que no cede, el insomnio o los cambios de ánimo que duran semanas son señales para pedir ayuda.</p>
<p>En mi consulta atiendo a adultos y adolescentes con trastornos de ansiedad y depresión. La primera sesión sirve para conocernos y definir los objetivos de la terapia.</p>
<p>Lic. Ana Pérez, psicóloga clínica, M.N. 45123.</p></main>
<footer><p>Teléfono: 11 2250-1939</p><p>Lunes a viernes de 9 a 18 h</p></footer></body></html>`;

describe('Spanish pages', () => {
  it("a sole practitioner's article (mi consulta, atiendo, credential, hours) is a clinic page", () => {
    const d = read(PSYCHOLOGIST_PAGE);
    expect(d.kind).not.toBe('other');
    expect(d.signals).toEqual(expect.arrayContaining(['language:es', 'clinician-credentials']));
    expect(d.signals.some((s) => s.startsWith('clinic-voice:'))).toBe(true);
  });

  it('a medical federation writing about health is not a clinic', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>El pie del niño | Federación Médica de Sonora</title><meta property="og:site_name" content="Federación Médica de Sonora"></head><body>
<main><h1>El pie del niño</h1><p>Los pediatras reciben con frecuencia consultas sobre el pie plano. En la mayoría de los niños el arco se forma entre los tres y los seis años y no necesita tratamiento.</p>
<p>El diagnóstico lo hace el médico con una exploración sencilla; las plantillas solo se indican cuando hay dolor o una lesión asociada.</p></main></body></html>`;
    const d = read(html, 'https://revista.example/pie-del-nino');
    expect(d.kind).toBe('other');
    expect(d.signals.some((s) => s.startsWith('organisation-name:'))).toBe(true);
  });

  it("a short contact card under a template's leftover title: Spanish from a few words, the clinic from its copyright line", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Asesores | Consultoría</title></head><body>
<header><a href="https://www.clinica-sur.example/"><img src="logo.png" alt=""></a></header>
<main><h1>Contacta con nosotros</h1><p>Paseo de la Habana, 21, 28036 Madrid</p><p><a href="tel:+34914113525">+34 914 11 35 25</a></p><p>Lunes a Viernes de 9:00 am a 9:00 pm</p></main>
<footer><div>Copyright © 2018 Clínica Sur. Todos los derechos reservados.</div></footer></body></html>`;
    const d = read(html, 'https://www.clinica-sur.example/contacto');
    expect(d.signals).toEqual(expect.arrayContaining(['language:es', 'copyright-holder', 'opening-hours']));
    expect(d.kind).toBe('clinic-page');
  });

  it('an English page is read with English words only', () => {
    const d = read('<html lang="en"><head><title>Our clinic</title></head><body><main><p>We offer dental care for the whole family in our clinic. Our patients book online.</p></main></body></html>');
    expect(d.signals).not.toContain('language:es');
  });
});
