// English: the words of staleness. Data only.
import type { StaleVocabulary } from '../types';

export const stale: StaleVocabulary = {
  copyright: {
    word: String.raw`\bcopyright\b|\bcopr\.|\ball rights reserved\b[,.]?`,
    reserved: String.raw`all rights reserved\b[.,]?`,
    rangeTo: 'to',
    openEnd: 'present|today|now',
    notPage:
      /\b(?:photo|image|images|picture|illustration|logo|video|journal|elsevier|springer|wiley|press|publishing|reprinted|all images|getty|shutterstock|istock|adobe stock|map data|google|openstreetmap|mapbox|widget|powered by)\b/i,
  },
};
