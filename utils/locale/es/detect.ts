// Spanish: the words detection reads. Data only, same shape as en/detect.ts.
import type { DetectVocabulary } from '../types';
import { end, L, start } from './boundary';

/** specialties by their stem: "psicología", "psicólogo", "psicológico" (accent or none) */
const SPECIALTY = `(?:odont[oó]log|psic[oó]log|psiquiatr|dermat[oó]log|oftalm[oó]log|ginec[oó]log|cardi[oó]log|neur[oó]log|traumat[oó]log|nutri(?:ci[oó]n|[oó]log)|pediatr|endocrin[oó]log|otorrinolaring[oó]log|ur[oó]log|fisioterap|kinesi[oó]log|logoped|pod[oó]log|psicoterap|ortodonc|periodonc|endodonc)[${L}]*`;

export const detect: DetectVocabulary = {
  /** "nuestros pacientes", "mi consulta" (a sole practitioner), "ofrecemos", "atiendo" */
  clinicVoice: new RegExp(
    `${start}(?:nuestr[oa]s?|mis?)\\s+(?:cl[ií]nicas?|consultorios?|consultas?|centros?|equipo|m[eé]dic[oa]s|doctor(?:es|as)|especialistas|pacientes|profesionales|odont[oó]log[oa]s|dentistas|psic[oó]log[oa]s|terapeutas|fisioterapeutas|instalaciones|tratamientos|servicios|consultantes)${end}` +
      `|${start}(?:ofrecemos|realizamos|tratamos|atendemos|brindamos|somos\\s+(?:un|una|especialistas)|ofrezco|atiendo|acompaño)${end}|${start}(?:primera\\s+(?:cita|consulta|visita)|nuevos\\s+pacientes)${end}`,
    'giu',
  ),
  booking: new RegExp(
    `${start}(?:pid[ae]|pedir|reserv[ae]|reservar|agend[ae]|agendar|solicit[ae]|solicitar|program[ae]|programar|concert[ae]|concertar|sac[ae]|sacar)\\s+(?:tu|su|una|un)?\\s*(?:primera\\s+)?(?:cita|turno|consulta|hora|valoración|evaluación)${end}|${start}cita\\s+(?:previa|online|en\\s+línea)${end}|${start}llám(?:a|e)nos${end}`,
    'iu',
  ),
  bareBooking: /^(?:reservar|reserva|reservas|citas?|pide (?:tu )?cita|agenda(?:r)?(?: tu cita)?|turnos?)$/iu,
  medicalTerms: new RegExp(
    `${start}(?:cl[ií]nicas?|cl[ií]nic[oa]s|pacientes?|tratamientos?|tratar|terapias?|terapeutas?|dental(?:es)?|dentistas?|dientes|muelas|m[eé]dic[oa]s?|doctor(?:a|es|as)?|salud|consultas?|consultorios?|cirug[ií]as?|cirujan[oa]s?|implantes?|${SPECIALTY}|diagn[oó]stic[oa]s?|enfermedad(?:es)?|s[ií]ntomas?|trastornos?|dolor(?:es)?|ansiedad|depresi[oó]n|estr[eé]s|caries|enc[ií]as?|blanqueamiento|brackets|piel|lesi[oó]n|lesiones|rehabilitaci[oó]n|embarazo|vacunas?|especialistas?|sesi[oó]n|sesiones|medicamentos?|f[aá]rmacos?|hospital(?:es)?|enfermer[oa]s?|cuidados|prevenci[oó]n|cr[oó]nic[oa]s?|emocional(?:es)?|salud\\s+mental)${end}`,
    'giu',
  ),
  clinicName: new RegExp(
    `${start}(?:cl[ií]nicas?|consultorios?|dental|odontolog[${L}]*|psicolog[${L}]*|fisioterapia|dermatolog[${L}]*|centro\\s+m[eé]dico|policl[ií]nic[oa]|ortodoncia|psic[oó]log[oa]|dentista|odont[oó]log[oa]|dra?\\.)${end}`,
    'iu',
  ),
  /** "Dra. Tatiana Leal", "Lic. Ana Gómez", "nº de colegiado", "cédula profesional", "M.N. 12345" (Argentina) */
  credential: new RegExp(
    `(?:${start}(?:Dra?|Lic|Lcda|Lcdo|Psic|Odont|Ftas?|Klgo)\\.\\s*[A-ZÁÉÍÓÚÑ][${L}]+` +
      `|${start}c[eé]dula\\s+profesional|${start}n[º°o]\\.?\\s*(?:de\\s+)?colegiad[oa]|${start}colegiad[oa]\\s+(?:n[º°o]\\.?\\s*)?\\d|${start}M\\.\\s?[NP]\\.?\\s*(?:N[º°o]\\.?\\s*)?\\d|${start}matr[ií]cula\\s+(?:nacional|provincial|profesional)|${start}registro\\s+m[eé]dico)`,
    'u',
  ),
  /** "← Volver al blog", "Regresar a noticias" */
  backToListing: new RegExp(`^(?:[←‹«<]\\s*)?(?:volver|regresar)\\s+(?:a\\s+|al\\s+)?(?:la\\s+|las\\s+|los\\s+|el\\s+)?(?:blog|noticias|art[ií]culos|publicaciones|entradas)${end}`, 'iu'),
  /** "Lunes a viernes: 9:00 – 20:00", "Lun-Vie 9 a 18 h" */
  hours: new RegExp(
    `${start}(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|lun|mi[eé]|jue|vie|s[aá]b|dom)\\.?\\s*(?:(?:-|–|—|a|al|y)\\s*(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|lun|mar|mi[eé]|jue|vie|s[aá]b|dom)\\.?\\s*)?:?\\s*(?:de\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:h|hs|hrs|am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.)?\\s*(?:-|–|—|a)\\s*\\d{1,2}`,
    'iu',
  ),
  /** "Teléfono: 91 874 37 75", "Tel. 601 3472836", "WhatsApp: +57 322 201 0384" */
  labelledPhone: new RegExp(
    `${start}(?:tel[eé]fonos?|tel|tlf|tfno|m[oó]vil|celular|whatsapp|ll[aá]m(?:a|e)nos(?:\\s+al)?)\\.?:?\\s*(?:\\+\\d{1,3}[\\s.-]?)?\\(?\\d{2,5}\\)?[\\s.-]?\\d{2,4}[\\s.-]?\\d{2,4}(?:[\\s.-]?\\d{2,4})?`,
    'iu',
  ),
  /** "Calle Mayor 12", "C/ Serrano, 45", "Av. Insurgentes Sur 1234", "Carrera 15 # 93-60" */
  street: new RegExp(
    `${start}(?:calle|c\\/|avenida|av\\.|avda\\.?|paseo|plaza|pza\\.|carrera|cra\\.?|calzada|diagonal|transversal|jir[oó]n|jr\\.|camino|ronda|bulevar)\\s*[A-ZÁÉÍÓÚÑ0-9][^,\\n]{0,40}?,?\\s*(?:n[º°o]\\.?\\s*|#\\s*)?\\d{1,5}`,
    'iu',
  ),
  /** Spanish names put the head first ("Asociación …"): orgLead reads them, orgHead never matches */
  orgHead: /(?!)/,
  /** "Asociación Española de …", "Federación Médica de Sonora", "Farmacia San José", "Revista …" */
  orgLead: new RegExp(
    `^(?:la\\s+|el\\s+)?(?:asociaci[oó]n|sociedad|federaci[oó]n|fundaci[oó]n|universidad|colegio\\s+(?:oficial|de)|academia|ministerio|secretar[ií]a|consejo|farmacias?|laboratorios?|revista|peri[oó]dico|diario|aseguradora|redacci[oó]n)${end}`,
    'iu',
  ),
  newsHead: /(?!)/,
  /** "Publicidad", "Noticias relacionadas", "Lo más leído" */
  newsFurniture: /^(?:publicidad|contenido patrocinado|noticias relacionadas|art[ií]culos relacionados|lo m[aá]s (?:le[ií]do|visto)|[uú]ltimas noticias|te puede interesar|tambi[eé]n te puede interesar|suscr[ií]bete a (?:nuestro|el) bolet[ií]n)$/iu,
  /** "corresponsal", "Europa Press", "Agencia EFE" */
  newsByline: new RegExp(`${start}(?:corresponsal|reporter[oa]|columnista|enviad[oa]\\s+especial|europa\\s+press|agencia\\s+efe)${end}|(?<![A-Za-z])EFE(?![A-Za-z])`, 'u'),
  /** "Añadir al carrito", "Comprar ahora" */
  cartName: /^\s*(?:a[ñn]adir al carrito|agregar al carrito|comprar(?: ahora)?|ver carrito|finalizar compra)\s*$/iu,
  /** what an insurer tells its members */
  insurerWords: new RegExp(`${start}(?:p[oó]lizas?|asegurados|deducibles?|copagos?|portal del afiliado|n[uú]mero de afiliado|prima mensual)${end}`, 'giu'),
  memberFacing: /^(?:portal del afiliado|n[uú]mero de afiliado|asegurados|prima mensual)$/u,
};
