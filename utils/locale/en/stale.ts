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
  seasonPromo: null,
  future: /\b(?:will|shall|(?:is|are|am)\s+(?:scheduled|set|slated|due|going|expected)\s+to)\b/i,
  relative: {
    always:
      /\b(?:this|last|next|the past|the coming)\s+(?:year|month|week|season|spring|summer|fall|autumn|winter|quarter)\b|\b(?:earlier|later)\s+this\s+(?:year|month|week)\b|\bthis\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:just|newly|recently)\s+(?:been\s+)?(?:approved|released|launched|arrived|announced|published|introduced|added|opened|cleared|authori[sz]ed|updated|passed|signed|enacted|unveiled|available|reported|diagnosed|confirmed|identified|detected)\b|\b(?:we|there|they)\s+(?:are|is)\s+now\b|\bcoming soon\b|\bnow available\b|\b(?:brand[- ]new|newest|latest)\s+(?:generation|version|model|device|technology|treatment|study|studies|research|data|guidelines?|findings|approval|addition|laser|machine|equipment|option|innovation|breakthrough|trend)s?\b|\bthe newest\b|\bthis (?:new )?year'?s\b|\b(?:recent|new)\s+(?:studies|study|research|trials?|surveys?|findings|evidence|statistics|data)(?:\s+(?:in|on|of|from|among|with)(?:\s+[\w-]+){1,2})?\s+(?:ha(?:ve|s)\s+)?(?:show|shows|shown|found|finds|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed)\b/gi,
    topical: /\b(?:recently|currently|latest|newly|new|upcoming)\b/gi,
    /** "approved", "study", "guidelines" */
    topic: /\b(?:approv\w*|(?:FDA[- ])?clear(?:ed|ance)|authori[sz]ation|stud(?:y|ies)|research(?:ers)?|clinical trials?|trials|evidence|data|findings|laws?|legislat\w*|lawmakers|legislators|bills?|statutes?|rules|regulations?|regulatory|guidelines?|guidance|polic(?:y|ies)|mandates?|requirements?|insurance coverage|medicare|medicaid|technolog(?:y|ies)|breakthrough)\b/i,
    agency: /\b(?:FDA|DEA|CDC|WHO|NIH|HHS|CMS)\b/,
    statistic: /\bleading\s+cause\b|\b\d+(?:st|nd|rd|th)\s+(?:most|leading|largest|highest)\b|\d\s*(?:%|percent\b|per\s+cent\b)|\d\s+(?:million|billion)\b/i,
    novelty: /^new(?:ly)?$/i,
    noveltyTopical:
      /\bnew(?:ly)?\s+(?:fda[- ](?:approved|cleared)|approv\w*|study|studies|research|law|laws|rule|rules|regulation|regulations|guideline|guidelines|guidance|drug|medication|treatment|technology|device|breakthrough|evidence|findings|data)\b/i,
    /** a capitalised "New" before another capitalised word: "New Hope Clinic", "New York" */
    properName: /^New\s+[A-Z]/,
    habitual:
      /\b(?:always|usually|typically|generally|normally|often|every|each|regularly|continually|continuously|constantly|ongoing|keep(?:s|ing)? up|stay(?:s|ing)? (?:current|up[- ]to[- ]date|abreast))\b/i,
    generalised: /^(?:next|last|the coming|the past|latest|newest|brand[- ]new)\b/i,
    generalisedTopical: /^(?:latest|currently)$/i,
    backward: /^(?:last|the past)\s/i,
    spanWord: /^(?:next|the coming)\b/i,
    spanBefore: /\b(?:for|over|during|within|in)\s+(?:the\s+)?$/i,
  },
};
