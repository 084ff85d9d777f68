// Spanish: the words of calls to action in link and button names, page addresses and form fields.
// Data only, same shape as en/cta.ts. Web copy often drops accents ("llamanos", "contactanos"), so
// accented letters that carry no meaning here match with or without their accent.
import type { CtaVocabulary } from '../types';
import { end, L, start } from './boundary';

/** what one books: a cita, a turno (Río de la Plata), a consulta, a hora (Chile), a valoración */
const OBJECT = `(?:citas?|turnos?|consultas?|horas?|valoraci[oó]n|evaluaci[oó]n|sesi[oó]n|visita|diagn[oó]stico|llamada)`;
/** the booking verbs, imperative (tú and usted) and infinitive: pide/pida/pedir, reserva/reserve/reservar… */
const BOOK_VERB = `(?:pid[ae]|pedir|solicit[ae]|solicitar|reserv[ae]|reservar|agend[ae]|agendar|program[ae]|programar|concert[ae]|concertar|sac[ae]|sacar|coordin[ae]|coordinar|ped[ií]|solicit[aá]|reserv[aá]|agend[aá])`;

export const cta: CtaVocabulary = {
  /** "Pide tu cita", "Agenda una cita conmigo", "Reservar una primera llamada gratuita", "Consulta gratuita" */
  bookName: new RegExp(
    `${start}${BOOK_VERB}(?:\\s+(?:tu|su|una|un|mi|la|el|ya|ahora|aqu[ií]|online|en\\s+l[ií]nea)){0,3}\\s+(?:primera\\s+|nueva\\s+)?${OBJECT}${end}` +
      `|${start}(?:reserv[ae]|reservar|agend[ae]|agendar)\\s+(?:ahora|ya|aqu[ií]|online|en\\s+l[ií]nea)${end}` +
      `|${start}(?:cita|turno)s?\\s+(?:previa|online|en\\s+l[ií]nea)${end}` +
      `|${start}(?:consulta|valoraci[oó]n|evaluaci[oó]n|primera\\s+visita)\\s+(?:gratuita|gratis|sin\\s+costo)${end}` +
      `|${start}quiero\\s+(?:mi\\s+|una\\s+)?(?:cita|turno|consulta)${end}`,
    'iu',
  ),
  /** "Reservar", "Citas", "Pide cita", "Turnos" */
  bookNameBare: /^(?:reservar|reserva|reservas|reserva ya|citas?|cita previa|pide (?:tu )?cita|pedir cita|solicitar cita|agenda|agendar|agenda tu cita|turnos?)$/iu,
  /** "Llámanos", "Llamar ahora", "Haz clic para llamar" */
  callName: new RegExp(`${start}(?:ll[aá]m(?:a|e)nos|ll[aá]manos|llamar|llama\\s+(?:ya|ahora|hoy)|ll[aá]menos)${end}|${start}clic\\s+para\\s+llamar${end}`, 'iu'),
  /** "Contáctanos", "Contacto", "Escríbenos", "Envíanos un mensaje", "Escríbenos por WhatsApp" */
  contactName: new RegExp(
    `${start}(?:cont[aá]ct(?:a|e)nos|cont[aá]ctame|contacto|contactar|cont[aá]ctanos|escr[ií]b(?:e|a)nos|escr[ií]beme|env[ií]a(?:nos|me)\\s+(?:un\\s+)?mensaje|solicit[ae]\\s+(?:m[aá]s\\s+)?informaci[oó]n)${end}`,
    'iu',
  ),
  titleLike: new RegExp(`^(?:¿|¡?(?:c[oó]mo|por\\s+qu[eé]|qu[eé]|cu[aá]ndo|d[oó]nde|qui[eé]n|cu[aá]l|es|son|puede|\\d+)${end})`, 'iu'),
  nameGate: /cit|turno|reserv|agend|consult|solicit|pid|pedi|ll[aá]m|cont[aá]ct|escr[ií]b|mensaje|hora|valoraci|evaluaci|quiero/i,
  pathGate: /cita|turno|reserv|agend|contact|pide|pedir|solicit|consulta/i,
  /** /pide-cita, /cita-previa, /citas, /reservar, /agenda-tu-cita, /turnos, /primera-consulta */
  bookSegment:
    /^(?:(?:pide|pedir|solicita|solicitar|reserva|reservar|agenda|agendar)(?:[-_](?:tu|su|una|un))?[-_](?:cita|turno|consulta|hora)s?(?:[-_].+)?|cita[-_](?:previa|online)|citas?|turnos?|reservas?|reservar|agenda|agendar|primera[-_](?:consulta|visita|cita))$/,
  /** /contacto, /contactanos, /contacta-con-nosotros */
  contactSegment: /^(?:contacto|contactos|contactanos|contáctanos|contactenos|contacta(?:[-_].+)?|contactar|escribenos)$/,
  /** #cita, #reservar, #pide-cita */
  bookFragment: /^(?:citas?|reserva|reservar|agenda|agendar|pide[-_]?(?:tu[-_])?cita|pedir[-_]cita|turnos?)$/i,
  contactFragment: /^(?:contacto|contactanos|contáctanos|contacta)$/i,
  placeName: new RegExp(`${start}(?:ubicaci[oó]n|ubicaciones|c[oó]mo\\s+llegar|d[oó]nde\\s+estamos|encu[eé]ntranos|vis[ií]tanos|sedes?)${end}`, 'iu'),
  placeSegment: /^(?:ubicacion|ubicaciones|como-llegar|donde-estamos|sedes?|encuentranos)$/,
  /** /blog/, /noticias/, /articulos/, /categoria/ */
  blogSegment: /^(?:noticias|articulos?|artículos?|categoria|categoría|etiqueta|publicaciones)$/,
  prose: {
    gate: /cit|turno|consult|reserv|agend|pid|ped|ll[aá]m|cont[aá]ct|escr[ií]b|comun[ií]c|whatsapp|marc/i,
    // "Agenda tu consulta gratuita", "Pide ya tu cita", "reservar una valoración" (after a lead-in)
    book: new RegExp(
      `${start}(?:${BOOK_VERB}|agendar|pedir|reservar|solicitar|programar|concertar|sacar)(?:\\s+(?:ya|ahora|hoy|online))?\\s+(?:(?:tu|su|una|un)\\s+(?:primera\\s+|nueva\\s+)?(?:[${L}]+\\s+){0,2}?)?${OBJECT}${end}(?:\\s+(?:gratuita|gratis|online|en\\s+l[ií]nea|hoy|ahora|ya))*`,
      'giu',
    ),
    // "Llámanos", "Llame hoy", "Comunícate", "Escríbenos por WhatsApp"
    call: new RegExp(
      `${start}(?:ll[aá]m(?:a|e)nos|ll[aá]menos|ll[aá]me|ll[aá]ma|marca|marque|comun[ií]cate|comun[ií]quese|escr[ií]b(?:e|a)nos\\s+(?:por|al|a\\s+nuestro)\\s+whatsapp)${end}(?:\\s+(?:hoy|ahora|ya|directamente))?`,
      'giu',
    ),
    callToNumber: /^\s*(?:(?:hoy|ahora|ya)\s+)?(?:al|a(?:l)?\s+(?:n[uú]mero|tel[eé]fono|whatsapp|celular|m[oó]vil)|por\s+(?:tel[eé]fono|whatsapp)(?:\s+al)?|en\s+el)?\s*[:\-–]?\s*$/i,
    // "Contáctanos", "Escríbenos", "Envíanos un mensaje"
    contact: new RegExp(`${start}(?:cont[aá]ct(?:a|e)nos|cont[aá]ctame|escr[ií]b(?:e|a)nos|escr[ií]beme|env[ií]a(?:nos|me)\\s+un\\s+mensaje)${end}`, 'giu'),
    boundary: new RegExp(`[.!?¡¿;:,()\u2014\u2013"“”«»]|\\s-\\s|${start}(?:y|o|e|u|pero|luego)${end}`, 'giu'),
    lead: new RegExp(
      `^(?:(?:por\\s+favor|no\\s+dudes?\\s+en|no\\s+lo\\s+pienses\\s+m[aá]s|te\\s+invitamos\\s+a|le\\s+invitamos\\s+a|te\\s+esperamos|puedes|puede|ya\\s+puedes|solo\\s+tienes\\s+que|s[oó]lo\\s+tienes\\s+que|anímate\\s+a|an[ií]mate\\s+y|ven\\s+y|hoy\\s+mismo|ahora|ya|tambi[eé]n|para\\s+m[aá]s\\s+informaci[oó]n|si\\s+(?:tienes|tiene)\\s+(?:dudas|preguntas))\\s*)+$`,
      'iu',
    ),
  },
  field: {
    phone: /tel[eé]fono|celular|m[oó]vil|whatsapp/,
    name: /nombre|apellido/,
    email: /correo/,
    intent: /fecha|cita|turno|doctor|servicio|mensaje|motivo|comentario|consulta|tratamiento|seguro|obra social|hora/,
    search: /buscar|b[uú]squeda/,
  },
};
