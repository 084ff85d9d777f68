// Calls to action in Spanish: link names, addresses and form fields read through the Spanish locale,
// and the English reading unchanged when the page is English only.
import { describe, expect, it } from 'vitest';
import { classifyLink, isIntakeForm } from '../../../utils/cta';
import { findCtaPhrases } from '../../../utils/cta/text';
import { ctaVocabularies } from '../../../utils/locale';
import type { FormFact, LinkFact } from '../../../utils/types';

const PAGE = 'https://www.clinica.example/blog/articulo';
const ES = ctaVocabularies(['en', 'es']);
const EN = ctaVocabularies(['en']);

function link(href: string | null, name: string, tag = 'a'): LinkFact {
  let url: string | null = null;
  try {
    url = href == null ? null : new URL(href, PAGE).href;
  } catch {
    url = null;
  }
  return { index: 0, element: null as unknown as Element, tag, href, url, text: name, name, rel: '', target: '', region: 'main', inContent: true, block: 0, hasOnclick: false, role: null };
}
const read = (href: string | null, name: string, words = ES, tag = 'a') => {
  const c = classifyLink(link(href, name, tag), PAGE, [], undefined, words);
  return c ? `${c.kind}${c.dead ? `:${c.dead}` : ''}` : null;
};

describe('Spanish CTA names', () => {
  it.each([
    ['#', 'Agenda tu cita ahora', 'book:hash'],
    ['javascript:void(0)', 'Pide tu cita online', 'book:javascript'],
    ['#', 'Reservar', 'book:hash'],
    ['#', 'Solicita tu primera consulta', 'book:hash'],
    ['#', 'Consulta gratuita', 'book:hash'],
    ['#', 'Llámanos', 'call:hash'],
    ['#', 'Llamanos', 'call:hash'],
    ['#', 'Contáctanos', 'contact:hash'],
    ['#', 'Escríbenos', 'contact:hash'],
    ['/contacto/', 'Reservar una primera llamada gratuita', 'book'],
    ['/servicios/ortodoncia', 'Pide cita', 'book'],
  ])('%s named %s → %s', (href, name, want) => {
    expect(read(href, name)).toBe(want);
  });

  it('decomposed accents read like composed ones', () => {
    expect(read('#', 'Lla\u0301manos')).toBe('call:hash');
  });

  it('an article title that mentions booking is not a booking label', () => {
    expect(read('/blog/como-pedir-cita', '¿Cómo pedir cita con el dermatólogo?')).toBeNull();
    expect(read('/blog/cuando-agendar', 'Cuándo agendar tu primera consulta')).toBeNull();
  });

  it('an English-only page does not read Spanish names', () => {
    expect(read('#', 'Agenda tu cita ahora', EN)).toBeNull();
  });
});

describe('Spanish addresses', () => {
  it.each([
    ['/pide-cita/', 'book'],
    ['/cita-previa', 'book'],
    ['/reservar-cita', 'book'],
    ['/agenda-tu-cita.html', 'book'],
    ['/contacto/', 'contact'],
    ['/contactanos', 'contact'],
    ['#cita', 'book'],
  ])('%s → %s', (href, want) => {
    expect(read(href, 'x')).toBe(want);
  });

  it('a long slug under /noticias/ is an article about booking, not a booking page', () => {
    expect(read('/noticias/reservar-cita-con-el-pediatra-paso-a-paso', 'x')).toBeNull();
  });
});

describe('WhatsApp', () => {
  it('a WhatsApp Business short link reaches the practice in any language', () => {
    expect(read('https://wa.me/message/GR2ZUOGFG53DI1', 'x', EN)).toBe('sms');
  });
  it('a share link names no one', () => {
    expect(read('https://api.whatsapp.com/send?text=Mira%20esto', 'Compartir', ES)).toBeNull();
  });
});

describe('Spanish intake forms', () => {
  const form = (fields: string[], hasSubmit = true): FormFact => ({ element: null as unknown as Element, action: '/enviar', fields, hasSubmit, region: 'main', inContent: true });
  it('name, phone and reason is an appointment form', () => {
    expect(isIntakeForm(form(['text nombre', 'text telefono', 'textarea motivo']), ES)).toBe(true);
  });
  it('a search box is not', () => {
    expect(isIntakeForm(form(['text buscar']), ES)).toBe(false);
  });
});

describe('Spanish calls to action in prose', () => {
  const phrases = (text: string) => findCtaPhrases(text, 'ES', ES).map((p) => `${p.intent}:${p.text}${p.phone ? ` (${p.phone.e164})` : ''}`);
  it.each([
    ['¿Lista para dar el primer paso? Agenda tu consulta gratuita y descubre cómo.', ['book:Agenda tu consulta gratuita']],
    ['Para pedir tu primera valoración, llámanos al 91 874 37 75.', ['call:llámanos al 91 874 37 75 (+34918743775)']],
    ['Si tienes dudas, contáctanos.', ['contact:contáctanos']],
    ['No dudes en pedir tu cita con nuestro equipo.', ['book:pedir tu cita']],
  ])('%s', (text, want) => {
    expect(phrases(text)).toEqual(want);
  });

  it('a description is not a call to action', () => {
    expect(phrases('La paciente pidió su cita en enero y nuestro equipo la llama cada mes.')).toEqual([]);
    expect(phrases('Muchas personas agendan una consulta cuando el dolor ya es crónico.')).toEqual([]);
  });
});

describe('Spanish booking without an article', () => {
  it('"pide cita" is the usual phrase', () => {
    expect(findCtaPhrases('Ven a vernos o pide cita en nuestro centro de fisioterapia.', 'ES', ES).map((p) => p.text)).toEqual(['pide cita']);
  });
});
