// The shape of a language's data. Everything language-specific the engine reads belongs in a locale
// module (utils/locale/<lang>.ts); so far: the detection vocabulary.

export interface DetectVocabulary {
  /** first-person clinic voice ("our clinic", "nuestros pacientes"); global flag: matches are counted */
  clinicVoice: RegExp;
  /** booking phrases in text and link names */
  booking: RegExp;
  /** a template's bare booking link name ("Book", "Reservar") */
  bareBooking: RegExp;
  /** medical vocabulary; global flag: matches are counted against the page's words */
  medicalTerms: RegExp;
  /** words that name a clinic in a title or site name */
  clinicName: RegExp;
}
