// Shared word lists for the claims and trust rules: drug names, indications, approval phrases,
// IV-therapy words, credentials. Regex sources are kept as strings so rules can compose them;
// ready-made RegExps are compiled once here.

/** Racemic ketamine: "ketamine", not "esketamine", "es-ketamine", "S-ketamine" or "arketamine". */
export const KETAMINE = /(?<!\b(?:es|[sSrR])-)\bketamine\b/gi;
/** Esketamine / Spravato (any casing, optional ™/®). */
export const ESKETAMINE = /\b(?:es-?ketamine|s-ketamine|spravato)\b/gi;
export const ESKETAMINE_1 = /\b(?:es-?ketamine|s-ketamine|spravato)\b/i;
export const KETAMINE_1 = /(?<!\b(?:es|[sSrR])-)\bketamine\b/i;

/** Psychiatric and pain indications for which racemic ketamine is *not* FDA-approved (CLM-001). */
export const OFF_LABEL_INDICATION_SRC =
  "(?:treatment[- ]resistant\\s+depression|depress(?:ion|ive\\s+(?:disorders?|symptoms|episodes?))|depressed|TRD|MDD|major\\s+depressive|postpartum\\s+depression|anxiety|PTSD|post[- ]?traumatic\\s+stress|OCD|obsessive[- ]compulsive|bipolar|suicidal\\s+(?:ideation|thoughts|behaviou?r)|mood\\s+disorders?|mental\\s+health\\s+(?:conditions?|disorders?|issues)|psychiatric\\s+(?:conditions?|disorders?|illness(?:es)?)|(?:chronic|neuropathic|back|nerve)\\s+pain|pain(?:\\s+(?:conditions?|disorders?|management|relief))?|fibromyalgia|CRPS|complex\\s+regional\\s+pain(?:\\s+syndrome)?|migraines?|cluster\\s+headaches?|headaches?|addiction|substance\\s+use(?:\\s+disorders?)?|alcohol(?:\\s+use(?:\\s+disorders?)?|ism)|opioid\\s+(?:use\\s+disorder|addiction|withdrawal)|eating\\s+disorders?|anorexia|tinnitus|lyme)";
export const OFF_LABEL_INDICATION = new RegExp(`\\b${OFF_LABEL_INDICATION_SRC}\\b`, 'i');
export const OFF_LABEL_INDICATION_G = new RegExp(`\\b${OFF_LABEL_INDICATION_SRC}\\b`, 'gi');

/** What racemic ketamine *is* approved for: anesthesia (also "sedation", "surgery"). */
export const ANESTHESIA = /\b(?:an(?:a)?esthe\w*|sedation|sedative|surgery|surgical|surgeries|operating\s+room|procedural|ketalar)\b/i;

/** Spravato/esketamine: indications outside its label (CLM-002). */
export const SPRAVATO_OFF_LABEL_CONDITION =
  /\b(?:anxiety(?!\s+(?:about|over))|PTSD|post[- ]?traumatic\s+stress(?:\s+disorder)?|OCD|obsessive[- ]compulsive(?:\s+disorder)?|bipolar(?:\s+(?:disorder|depression))?|(?:chronic\s+|back\s+|neuropathic\s+|nerve\s+)?pain(?!\s*-?\s*free)(?:\s+(?:conditions?|management|relief))?|migraines?|fibromyalgia|CRPS|addiction|substance\s+use(?:\s+disorders?)?|alcohol(?:\s+use\s+disorder|ism)|eating\s+disorders?|postpartum\s+depression)\b/i;
export const SPRAVATO_OFF_LABEL_POPULATION =
  /\b(?:adolescents?|teens?|teenagers?|children|child|kids|pediatric|paediatric|youths?|young\s+people|minors|under\s+(?:the\s+age\s+of\s+)?18|ages?\s+1[2-7])\b/i;
export const SPRAVATO_HOME = /\b(?:at[- ]home|home[- ]use|take[- ]home|in\s+(?:the\s+comfort\s+of\s+)?(?:your|their)\s+(?:own\s+)?home|from\s+(?:the\s+comfort\s+of\s+)?(?:your|their)\s+(?:own\s+)?home|shipped\s+(?:directly\s+)?to\s+(?:you|your)|delivered\s+to\s+(?:you|your))\b/i;
export const SPRAVATO_SUICIDE_PREVENTION =
  /\b(?:prevent(?:s|ing|ion\s+of)?\s+suicid\w*|suicide\s+prevention|(?:reduc|lower|decreas|eliminat|stop|end)(?:e|es|ed|ing|s)?\s+(?:the\s+)?(?:risk\s+of\s+)?(?:suicid\w*(?:\s+(?:ideation|thoughts|behaviou?r|risk|attempts?))?)|(?:keeps?|keeping)\s+\w+\s+from\s+(?:attempting\s+)?suicide)\b/i;
/** What Spravato is approved for: any mention of depression / TRD / MDD. */
export const SPRAVATO_ON_LABEL = /\b(?:treatment[- ]resistant\s+depression|TRD|MDD|major\s+depressive|depress(?:ion|ive|ed)|MDSI)\b/i;

/** "treat/help/ease…" — words that tie a drug to a condition. */
export const USE_WORDS =
  /\b(?:for|treat\w*|help\w*|eas(?:e|es|ed|ing)|reliev\w*|relief|manag\w*|reduc\w*|improv\w*|benefit\w*|indicated|approved|option|effective|work\w*|used?|using|therapy|treatments?|alleviat\w*|combat\w*|fight\w*|address\w*|target\w*|candidates?)\b/i;

/** FDA, spelled any common way. */
export const FDA_SRC = '(?:(?:the\\s+)?U\\.?\\s?S\\.?\\s+)?(?:FDA|Food\\s+and\\s+Drug\\s+Administration(?:\\s+\\(FDA\\))?)';
/**
 * An approval statement: "FDA-approved", "FDA approved", "approved by the FDA", "the FDA has approved",
 * "FDA approval for", "approved by the U.S. Food and Drug Administration".
 */
export const APPROVAL = new RegExp(
  `\\b(?:${FDA_SRC}[- ]?(?:has\\s+|have\\s+|had\\s+)?(?:(?:recently|officially|now|already|also|since|first|originally|initially)\\s+)?(?:approv(?:ed|es|al)|clear(?:ed|ance))|(?:approv(?:ed|al)|clear(?:ed|ance))\\s+(?:\\w+\\s+){0,2}?(?:by|from)\\s+${FDA_SRC})`,
  'gi',
);

/** IV / drip therapy words (CLM-009, CMP-003, CMP-011). */
export const IV_THERAPY =
  /\b(?:IV\s+(?:therapy|therapies|drips?|infusions?|vitamins?|hydration|treatments?|cocktails?|nutrient\s+therapy|bags?|lounge|bar)|(?:vitamin|nutrient|hydration|wellness|immunity|immune|detox|hangover|beauty|energy|recovery|myers['’]?)\s+(?:drips?|infusions?|cocktails?|IVs?|therapy)|drips?\b|myers['’]?\s+cocktail|NAD\+?(?:\s+(?:IV|infusions?|therapy|drips?))?|glutathione|high[- ]dose\s+vitamin\s+c|intravenous\s+(?:vitamins?|nutrients?|hydration|therapy))/i;

/** Serious diseases IV-therapy marketers must not claim to treat (FTC iV Bars, 2018). */
export const SERIOUS_DISEASE =
  /\b(?:cancers?|tumou?rs?|chemotherapy\s+side\s+effects|multiple\s+sclerosis|(?:congestive\s+)?heart\s+failure|heart\s+disease|diabetes|diabetic|fibromyalgia|alzheimer['’]?s|dementia|parkinson['’]?s|long[- ]covid|covid(?:-19)?|autism|lyme(?:\s+disease)?|HIV|hepatitis|lupus|rheumatoid\s+arthritis|arthritis|chronic\s+fatigue(?:\s+syndrome)?|asthma|kidney\s+disease|liver\s+disease|infertility|macular\s+degeneration)\b/i;

/** Credentials after a name (TRS-001/002, detection in bylines). */
export const CREDENTIAL_SRC =
  "(?:M\\.?D\\.?|D\\.?O\\.?|D\\.?D\\.?S\\.?|D\\.?M\\.?D\\.?|N\\.?P\\.?(?:-C)?|PMHNP(?:-BC)?|FNP(?:-C|-BC)?|APRN|CRNA|PA-C|PA|R\\.?N\\.?|BSN|MSN|DNP|Pharm\\.?\\s?D\\.?|Ph\\.?\\s?D\\.?|Psy\\.?D\\.?|LCSW|LMFT|LPC|LMHC|MBBS|MBChB|FRCP\\w*|BDS|MDS|DC|ND|RD|RDN|MPH|MSc|MS|FACS|FAAD|FAPA|DABA|ABPN|BCPP|CNS|LAc|DPT|PTA|PT|OCS|SCS|ATC|OTR/L|OTR|OTD|OT|CCC-SLP|CCC-A|SLP|Au\\.?D\\.?|R\\.?Aud|FAAA|CRNP|RPh|CNM|LPN|LVN|BCBA|LCPC|LICSW|OD|DPM|MA|MSW)";
export const CREDENTIAL = new RegExp(`(?:,\\s*|\\s)${CREDENTIAL_SRC}\\b`);
export const DOCTOR_TITLE = /\bDr\.?\s+[A-Z][\w'’-]+/;
