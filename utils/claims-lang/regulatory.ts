// Dated regulatory facts the claims rules reason with. Each is a plain constant with its source
// (rule catalog §2 / §7); the shipped claims knowledge base (utils/claims/, owned by the stale
// rules) holds the pattern-driven entries. Volatile facts carry a `recheckBy` date: when `ctx.today`
// is past it the rules say so in their message instead of silently trusting an old fact.

export interface DatedFact {
  /** ISO day the fact became true (or the event happened) */
  date: string;
  fact: string;
  sources: string[];
  /** re-verify after this day (volatile facts) */
  recheckBy?: string;
}

/** KB-01: ketamine (Ketalar) is FDA-approved as an anesthetic; "Initial U.S. Approval: 1970 (ketamine)". */
export const KETAMINE_ANESTHETIC_APPROVAL: DatedFact = {
  date: '1970-01-01',
  fact: 'Ketamine (Ketalar) is FDA-approved only as an anesthetic; it is not approved for any psychiatric disorder or for chronic pain.',
  sources: [
    'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
    'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html',
  ],
};

/** KB-04/05/06: Spravato indications. */
export const SPRAVATO_INDICATIONS: DatedFact = {
  date: '2025-01-21',
  fact:
    'Spravato (esketamine) nasal spray is FDA-approved for adults with treatment-resistant depression (alone or with an oral antidepressant since January 2025) and, with an oral antidepressant, for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.',
  sources: [
    'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
    'https://epocrates.com/online/article/esketamine-nasal-spray-approved-as-monotherapy-for-treatment-resistant',
  ],
  recheckBy: '2027-03-31',
};

/** KB-06: the TRD monotherapy approval (J&J announcement; some outlets date the FDA action 2025-01-17). */
export const SPRAVATO_MONOTHERAPY = '2025-01-21';

/** KB-07: REMS monitoring. */
export const SPRAVATO_REMS: DatedFact = {
  date: '2024-12-31',
  fact:
    'Under the Spravato REMS, patients are monitored in a certified healthcare setting for at least 2 hours and until sedation, dissociation and respiratory depression resolve; they must not drive until the next day after a restful sleep; Spravato is never dispensed for home use.',
  sources: ['https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386'],
  recheckBy: '2027-03-31',
};
export const REMS_MIN_MONITORING_MINUTES = 120;

/** KB-11: DEA telemedicine flexibilities (fourth temporary extension, 90 FR 61301). Volatile. */
export const DEA_TELEMEDICINE: DatedFact = {
  date: '2026-01-01',
  fact:
    'DEA/HHS temporary telemedicine flexibilities for prescribing controlled substances without a prior in-person exam currently run through December 31, 2026 (fourth temporary extension, 90 FR 61301); they are not permanent.',
  sources: ['https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm'],
  recheckBy: '2026-12-31',
};
/** Last day of the current flexibilities; copy that names an earlier end date as current is stale. */
export const DEA_FLEXIBILITIES_END = '2026-12-31';

/** KB-03: ketamine, its salts and isomers are Schedule III (DEA final rule, effective 1999-08-12). */
export const KETAMINE_SCHEDULE: DatedFact = {
  date: '1999-08-12',
  fact: 'Ketamine (and esketamine) is a Schedule III controlled substance.',
  sources: ['https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm'],
};

/** KB-12: the federal COVID-19 public health emergency ended. */
export const PHE_END: DatedFact = {
  date: '2023-05-11',
  fact: 'The federal COVID-19 public health emergency expired on May 11, 2023.',
  sources: ['https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html'],
};

/** KB-13: 988 Suicide & Crisis Lifeline. */
export const LIFELINE_988: DatedFact = {
  date: '2022-07-16',
  fact: 'The 988 Suicide & Crisis Lifeline (call or text 988) has been the national crisis line since July 16, 2022; the old 1-800-273-8255 number still routes to it.',
  sources: ['https://theactionalliance.org/messaging/public-messaging'],
};

/** KB-18: the "results not typical" safe harbor is gone (Endorsement Guides, 2009; revised 2023). */
export const ENDORSEMENT_GUIDES: DatedFact = {
  date: '2023-07-26',
  fact: 'Under the FTC Endorsement Guides (16 CFR 255) a testimonial about results must reflect generally expected results or clearly disclose them; "results not typical" is no longer a safe harbor.',
  sources: ['https://regulations.justia.com/regulations/fedreg/2023/07/26/2023-14795.html'],
};

/** KB-19: FTC Consumer Reviews and Testimonials Rule. */
export const FTC_REVIEWS_RULE: DatedFact = {
  date: '2024-10-21',
  fact: 'The FTC rule on consumer reviews and testimonials (16 CFR Part 465) bans buying positive reviews; civil penalties up to $51,744 per violation.',
  sources: ['https://wilmerhale.com/insights/client-alerts/20241009-ftc-finalizes-rule-banning-fake-reviews-and-testimonials-and-touts-new-rule-at-open-commission-meeting'],
};

/** True when `today` is past a fact's re-check date. */
export function needsRecheck(fact: DatedFact, today: string): boolean {
  return !!fact.recheckBy && today > fact.recheckBy;
}
