// Destinations that were retired or superseded (rule catalog LNK-002, KB-13, KB-17). Each entry
// matches a link URL (lower-cased, without protocol) and names the current resource.

export interface RetiredDestination {
  pattern: RegExp;
  what: string;
  replacement: string;
  since: string;
  source: string;
}

export const RETIRED_DESTINATIONS: RetiredDestination[] = [
  {
    pattern: /^(?:www\.)?suicidepreventionlifeline\.org(?:[/?#]|$)/,
    what: 'the National Suicide Prevention Lifeline site',
    replacement: 'https://988lifeline.org',
    since: '2022-07-16',
    source: 'https://theactionalliance.org/messaging/public-messaging',
  },
  {
    pattern: /^(?:www\.)?ftc\.gov\/(?:[\w-]+\/)*(?:dietary-supplements-advertising-guide-industry|bus09-dietary-supplements-advertising-guide-industry)(?:[/?#.]|$)|^(?:www\.)?ftc\.gov\/bcp\/edu\/pubs\/business\/adv\/bus09/,
    what: 'the FTC\'s 1998 "Dietary Supplements: An Advertising Guide for Industry"',
    replacement: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
    since: '2022-12-20',
    source: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  },
];

/** The retired destination a URL points to, or null. */
export function retiredDestination(url: string | null): RetiredDestination | null {
  if (!url || !/^https?:/i.test(url)) return null;
  const bare = url.replace(/^https?:\/\//i, '').toLowerCase();
  return RETIRED_DESTINATIONS.find((d) => d.pattern.test(bare)) ?? null;
}
