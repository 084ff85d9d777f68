// Spanish: the words of staleness. Data only, same shape as en/stale.ts.
import type { StaleVocabulary } from '../types';
import { end, start } from './boundary';

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
};
