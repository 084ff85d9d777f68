import type { FindingDraft, Rule } from '../../types';
import { retiredDestination } from '../../claims-lang/retired-links';

const OLD_LIFELINE_TEL = /^tel:\s*(?:\+?1[\s.-]?)?\(?800\)?[\s.-]?273[\s.-]?(?:8255|talk)\b/i;

const rule: Rule = {
  id: 'links/retired-resource',
  category: 'links',
  severity: 'info',
  catalog: 'LNK-002',
  title: 'Link to a retired or superseded resource',
  description:
    'Finds links to resources that were replaced: suicidepreventionlifeline.org (now 988lifeline.org), tap-to-call links to the old Lifeline number 1-800-273-8255, and the FTC\'s 1998 dietary-supplement advertising guide (replaced in December 2022). Old domains that still redirect are reported too, as a nudge.',
  why:
    'The 988 Suicide & Crisis Lifeline replaced the National Suicide Prevention Lifeline on July 16, 2022 (the old number and website still forward), and the FTC\'s Health Products Compliance Guidance (December 20, 2022) replaced its 1998 supplement advertising guide. Pointing readers to the old resource makes the page look out of date.',
  fix: 'Point the link at the current resource: https://988lifeline.org and tel:988 for the crisis line; the FTC Health Products Compliance Guidance for advertising rules.',
  helpUrl: 'https://theactionalliance.org/messaging/public-messaging',
  sources: [
    { title: 'National Action Alliance for Suicide Prevention: public messaging about 988', url: 'https://theactionalliance.org/messaging/public-messaging' },
    { title: 'California CCJBH: Dial 988 for 24-hour emotional support (July 2022)', url: 'https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/' },
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
  ],
  runsOn: 'any',
  check(facts) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const link of facts.links) {
      const href = (link.href ?? '').trim();
      if (OLD_LIFELINE_TEL.test(href)) {
        if (seen.has('tel')) continue;
        seen.add('tel');
        out.push({
          element: link.element,
          excerpt: href,
          message: 'This tap-to-call link dials the old National Suicide Prevention Lifeline number (1-800-273-8255). It still routes, but the current crisis line is 988 (call or text).',
          fix: 'Use <a href="tel:988">call or text 988</a> (Suicide & Crisis Lifeline).',
          data: { href, replacement: 'tel:988' },
        });
        continue;
      }
      const d = retiredDestination(link.url);
      if (!d) continue;
      const key = `${d.replacement}|${link.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        element: link.element,
        excerpt: href,
        message: `This link goes to ${d.what}, which was superseded on ${d.since}; the current resource is ${d.replacement}.`,
        fix: `Change the link to ${d.replacement}.`,
        data: { href, replacement: d.replacement, since: d.since },
      });
    }
    return out;
  },
};

export default rule;
