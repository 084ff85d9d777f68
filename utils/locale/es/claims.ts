// Spanish: wordings of absolute efficacy and safety claims (rule catalog CMP-001, CMP-002), with the
// negations and hedges that undo them. Data only.
import type { ClaimsVocabulary } from '../types';
import { end, L, start } from './boundary';

const CONDITION = `(?:depresi[oó]n|ansiedad|dolor(?:es)?|acn[eé]|arrugas|manchas|migra[ñn]as?|insomnio|estr[eé]s|enfermedad(?:es)?|adicci[oó]n|ca[ií]da\\s+del\\s+cabello|celulitis|flacidez)`;
const w = (source: string, flags = 'giu') => new RegExp(source, flags);

export const claims: ClaimsVocabulary = {
  efficacy: {
    patterns: [
      // "Resultados garantizados", "garantizamos resultados", "garantizar resultados seguros y naturales"
      {
        re: w(
          `${start}(?:resultados?|[eé]xito|mejor[ií]a|curaci[oó]n|alivio|eficacia)\\s+(?:[${L}]+\\s+){0,2}?garantizad[oa]s?${end}` +
            `|${start}(?:garantiza(?:mos|n|r)?|te\\s+garantizamos|se\\s+garantiza(?:n)?)\\s+(?:(?:que\\s+)?[${L}]+\\s+){0,3}?(?:resultados?|[eé]xito|mejor[ií]a|curaci[oó]n|alivio)${end}` +
            `|${start}garant[ií]a\\s+de\\s+(?:resultados|[eé]xito|curaci[oó]n)${end}`,
        ),
        label: 'guaranteed results',
      },
      // "100% efectivo", "100% de éxito", "eficacia del 100%"
      { re: w(`(?<!\\d)100\\s?%\\s+(?:efectiv[oa]s?|eficaz(?:es)?|garantizad[oa]s?|de\\s+(?:[eé]xito|efectividad|eficacia))${end}|${start}(?:eficacia|efectividad|[eé]xito)\\s+del\\s+100\\s?%`), label: '100% effectiveness' },
      // "cura definitiva", "cura la depresión"
      { re: w(`${start}cura\\s+(?:definitiva|permanente|total|milagrosa|natural)${end}|${start}cura(?:mos|n|r)?\\s+(?:la|el|tu|su|los|las)\\s+(?:[${L}]+\\s+)?${CONDITION}${end}`), label: 'a cure' },
      { re: w(`${start}(?:milagros[oa]s?|(?:cura|tratamiento|resultados?|soluci[oó]n)\\s+milagro)${end}`), label: 'a miracle' },
      { re: w(`${start}(?:alivio|resultados?|soluci[oó]n)\\s+(?:permanentes?|definitiv[oa]s?)${end}|${start}elimina(?:r)?\\s+(?:para\\s+siempre|definitivamente)${end}`), label: 'permanent relief' },
      { re: w(`${start}funciona\\s+(?:para|en|con)\\s+(?:todos|todo\\s+el\\s+mundo|cualquier\\s+persona|todas\\s+las\\s+personas)${end}|${start}nunca\\s+falla${end}`), label: 'works for everyone' },
      { re: w(`${start}resultados\\s+(?:inmediatos|instant[aá]neos)${end}`), label: 'instant results', severity: 'warning' },
    ],
    gate: /garant|100\s?%|cura|milagr|permanente|definitiv|para siempre|funciona|nunca falla|inmediat|instant/i,
    // "garantizamos tu privacidad", "cita garantizada", "precio garantizado": not efficacy
    // "los resultados no están garantizados"
    negatedInside: w(`${start}(?:no|nunca|ni|sin)${end}`, 'iu'),
    notClaim: w(`${start}garantiza\\w*\\s+(?:\\w+\\s+)?(?:privacidad|confidencialidad|cita|precio|atenci[oó]n|respuesta|disponibilidad)${end}|${start}(?:cita|precio|plaza)\\s+garantizad[oa]${end}|${start}cura\\s+de\\s+(?:la\\s+)?(?:herida|piel|tatuaje)|${start}en\\s+la\\s+cura${end}`, 'iu'),
  },
  safety: {
    patterns: [
      // "sin efectos secundarios", "no tiene efectos secundarios", "ningún riesgo"
      { re: w(`${start}(?:sin|cero)\\s+(?:ning[uú]n\\s+|ningunos?\\s+)?(?:efectos?\\s+(?:secundarios|adversos|colaterales)|riesgos?)${end}|${start}no\\s+(?:tiene|presenta|produce|causa|genera)\\s+(?:ning[uú]n\\s+)?(?:efectos?\\s+(?:secundarios|adversos|colaterales)|riesgos?)${end}`), label: 'no side effects' },
      { re: w(`${start}(?:completamente|totalmente|absolutamente|perfectamente|100\\s?%|siempre)\\s+segur[oa]s?${end}|(?<!\\d)100\\s?%\\s+segur[oa]s?${end}`), label: 'completely safe' },
      { re: w(`${start}segur[oa]s?\\s+para\\s+(?:todos|todo\\s+el\\s+mundo|todo\\s+tipo\\s+de\\s+(?:piel|pacientes?|personas?)|todas\\s+las\\s+(?:edades|personas|pieles))${end}`), label: 'safe for everyone' },
      { re: w(`${start}no\\s+(?:es\\s+|son\\s+)?adictiv[oa]s?${end}|${start}no\\s+(?:crea|genera|causa)\\s+(?:adicci[oó]n|dependencia)${end}`), label: 'non-addictive' },
      { re: w(`${start}(?:riesgo\\s+cero|libre\\s+de\\s+riesgos?)${end}`), label: 'zero risk' },
      { re: w(`${start}(?:indolor[oa]?s?|(?:tratamiento|procedimiento)\\s+sin\\s+dolor)${end}`), label: 'painless', severity: 'warning' },
    ],
    gate: /efecto|riesgo|segur|adicti|adicci|dependencia|dolor/i,
    // "sin riesgo de perder tu cita", "sin costo": not about health
    notClaim: w(`${start}sin\\s+riesgo\\s+de\\s+(?:perder|pagar)|${start}cancelaci[oó]n\\s+sin\\s+riesgo`, 'iu'),
  },
  // "ningún tratamiento es 100% seguro", "no podemos garantizar resultados", "casi sin dolor"; and the
  // claims of others warned against: "si alguien te promete resultados instantáneos", "desconfía de…"
  negatedBefore: w(
    `${start}(?:no|nunca|jam[aá]s|ning[uú]n[oa]?|tampoco|ni|casi|pr[aá]cticamente|relativamente|m[ií]nim[oa]s?|si|desconf[ií]a|desconfiar|cuidado\\s+con|evita|promet[${L}]*)${end}[^.;:!?]{0,40}$`,
    'iu',
  ),
};
