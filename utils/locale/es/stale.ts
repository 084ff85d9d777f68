// Spanish: the words of staleness. Data only, same shape as en/stale.ts.
import type { StaleVocabulary } from '../types';
import { end, L, start } from './boundary';

export const stale: StaleVocabulary = {
  copyright: {
    /** "Todos los derechos reservados", "Derechos reservados", "Derechos de autor" */
    word: `${start}(?:todos\\s+los\\s+)?derechos\\s+(?:reservados|de\\s+autor)${end}[,.]?`,
    reserved: `(?:todos\\s+los\\s+)?derechos\\s+reservados${end}[.,]?`,
    /** "2009 a 2014", "2008 a la actualidad", "2010 hasta hoy" */
    rangeTo: String.raw`hasta(?:\s+la)?|a\s+la|al|a`,
    openEnd: 'actualidad|hoy|presente',
    notPage: new RegExp(`${start}(?:foto|fotos|fotografía|imagen|imágenes|ilustración|logo|vídeo|video|revista|editorial|mapa|google|openstreetmap|desarrollado\\s+por)${end}`, 'iu'),
  },
  seasonPromo: {
    pattern: new RegExp(
      `${start}(primavera|verano|oto[ñn]o|invierno|navidad(?:es)?|san\\s+valent[ií]n|d[ií]a\\s+(?:de\\s+)?(?:las?|del)\\s+(?:madres?|padre|amor\\s+y\\s+la\\s+amistad)|black\\s+friday|cyber\\s+monday|buen\\s+fin|hot\\s+sale|regreso\\s+a\\s+clases|vuelta\\s+al\\s+cole(?:gio)?)\\s+(?:de(?:l)?\\s+)?((?:19|20)\\d\\d)(?!\\d)`,
      'giu',
    ),
    seasons: [
      [/^primavera/i, 'spring'],
      [/^verano/i, 'summer'],
      [/^oto/i, 'autumn'],
      [/^invierno/i, 'winter'],
      [/^navidad/i, 'christmas'],
      [/valent|amor/i, 'valentine'],
      [/madre/i, 'mother'],
      [/padre/i, 'father'],
      [/black|cyber|buen\s+fin|hot\s+sale/i, 'black-friday'],
      [/clases|cole/i, 'back-to-school'],
    ],
    offer: new RegExp(`${start}(?:promoci[oó]n(?:es)?|promo|especial(?:es)?|ofertas?|descuentos?|paquetes?|campa[ñn]a|regalo|gratis|precio\\s+especial)${end}|\\d\\s*%`, 'iu'),
  },
  /** "entrará en vigor", "comenzará", "abriremos", "va a cambiar", "está previsto" */
  future: new RegExp(`${start}(?:[${L}]{2,}(?:rá|rán|remos|ré|rás)|(?:va|van|vamos)\\s+a\\s+[${L}]+r|(?:est[aá]n?)\\s+(?:previst[oa]s?|programad[oa]s?))${end}`, 'iu'),
  relative: {
    // "este año", "la próxima semana", "el mes pasado", "recientemente", "próximamente", "este marzo"
    always: new RegExp(
      `${start}(?:(?:este|esta|el\\s+pr[oó]ximo|la\\s+pr[oó]xima|el\\s+pasado|la\\s+pasada)\\s+(?:a[ñn]o|mes|semana|temporada|primavera|verano|oto[ñn]o|invierno|trimestre)` +
        `|(?:el\\s+)?(?:a[ñn]o|mes)\\s+(?:pasado|pr[oó]ximo|que\\s+viene)|la\\s+semana\\s+(?:pasada|pr[oó]xima|que\\s+viene)` +
        `|recientemente|reci[eé]n\\s+(?:aprobad|lanzad|llegad|estrenad)[${L}]*|pr[oó]ximamente|muy\\s+pronto` +
        `|este\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))${end}`,
      'giu',
    ),
    // "de última generación" is an idiom (state of the art), not a time
    topical: new RegExp(`${start}(?:actualmente|nuev[oa]s?|[uú]ltim[oa]s?(?!\\s+generaci[oó]n))${end}`, 'giu'),
    topic: new RegExp(
      `${start}(?:aprobad[${L}]*|aprobaci[oó]n|autorizad[${L}]*|estudios?|investigaci[oó]n|ensayos?\\s+cl[ií]nicos?|evidencia|datos|ley(?:es)?|legislad[${L}]*|legislaci[oó]n|normativa|regulaci[oó]n|decretos?|gu[ií]as?|pol[ií]ticas?|tecnolog[ií]as?|dispositivos?|medicamentos?|f[aá]rmacos?)${end}`,
      'iu',
    ),
    agency: /\b(?:FDA|OMS|EMA|AEMPS|COFEPRIS|INVIMA|ANMAT|DIGEMID|CDC|NIH)\b/,
    /** "la principal causa", "el 12%", "30 millones" */
    statistic: /principal(?:es)?\s+causas?|\d\s*(?:%|por\s+ciento)|\d\s+(?:millones|mil\s+millones)/i,
    novelty: /^nuev[oa]s?$/i,
    noveltyTopical: new RegExp(
      `^nuev[oa]s?\\s+(?:estudios?|investigaci[oó]n|ley(?:es)?|normativa|regulaci[oó]n|gu[ií]as?|medicamentos?|f[aá]rmacos?|tratamientos?|tecnolog[ií]as?|dispositivos?|evidencia|datos|aprobaci[oó]n)${end}`,
      'iu',
    ),
    /** "Nuevo León", "Nueva York" */
    properName: /^Nuev[oa]s?\s+[A-ZÁÉÍÓÚÑ]/u,
    habitual: new RegExp(`${start}(?:siempre|normalmente|habitualmente|generalmente|a\\s+menudo|cada|todos\\s+los|todas\\s+las|regularmente|constantemente|continuamente|al\\s+d[ií]a)${end}`, 'iu'),
    generalised: /^(?:el\s+pr[oó]ximo|la\s+pr[oó]xima|el\s+pasado|la\s+pasada)/i,
    generalisedTopical: /^(?:[uú]ltim[oa]s?|actualmente)$/i,
    backward: /^(?:el|la)\s+pasad[oa]\s|pasad[oa]$/i,
    spanWord: /^(?:el\s+pr[oó]ximo|la\s+pr[oó]xima)/i,
    spanBefore: /(?:durante|en|por|para|dentro\s+de)\s+$/i,
  },
};
