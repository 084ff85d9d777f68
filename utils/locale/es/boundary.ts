// Word boundaries for Spanish patterns: \b in a JavaScript RegExp knows only ASCII letters, so it
// would split "clínica" at the "í". Accented letters are written composed ("í"); the engine
// normalises a Spanish page's text to NFC before matching.

/** the letters of Spanish words, lower case (patterns carry the i flag) */
export const L = 'a-záéíóúüñ';
/** no letter follows */
export const end = `(?![${L}])`;
/** no letter precedes */
export const start = `(?<![${L}])`;
