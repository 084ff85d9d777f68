// Spanish: the words detection reads. Data only, same shape as en/detect.ts.
import type { DetectVocabulary } from '../types';
import { end, L, start } from './boundary';

export const detect: DetectVocabulary = {
  clinicVoice: new RegExp(
    `${start}nuestr[oa]s?\\s+(?:clínicas?|consultorios?|centros?|equipo|médic[oa]s|doctor(?:es|as)|especialistas|pacientes|profesionales|odontólog[oa]s|dentistas|psicólog[oa]s|terapeutas|fisioterapeutas|instalaciones|tratamientos|servicios)${end}`,
    'giu',
  ),
  booking: new RegExp(
    `${start}(?:pid[ae]|pedir|reserv[ae]|reservar|agend[ae]|agendar|solicit[ae]|solicitar|program[ae]|programar|concert[ae]|concertar|sac[ae]|sacar)\\s+(?:tu|su|una|un)?\\s*(?:primera\\s+)?(?:cita|turno|consulta|hora|valoración|evaluación)${end}|${start}cita\\s+(?:previa|online|en\\s+línea)${end}|${start}llám(?:a|e)nos${end}`,
    'iu',
  ),
  bareBooking: /^(?:reservar|reserva|reservas|citas?|pide (?:tu )?cita|agenda(?:r)?(?: tu cita)?|turnos?)$/iu,
  medicalTerms: new RegExp(
    `${start}(?:clínicas?|pacientes?|tratamientos?|terapias?|dental(?:es)?|dentistas?|odontolog[${L}]*|ortodoncia|médic[oa]s?|salud|consultas?|cirugías?|implantes?|psicolog[${L}]*|psiquiatr[${L}]*|fisioterapia|dermatolog[${L}]*|diagnósticos?|enfermedad(?:es)?|síntomas?|dolor|ansiedad|depresión|caries|encías?|periodoncia|endodoncia|blanqueamiento)${end}`,
    'giu',
  ),
  clinicName: new RegExp(
    `${start}(?:clínicas?|consultorios?|dental|odontolog[${L}]*|psicolog[${L}]*|fisioterapia|dermatolog[${L}]*|centro\\s+médico|policlínic[oa]|ortodoncia)${end}`,
    'iu',
  ),
};
