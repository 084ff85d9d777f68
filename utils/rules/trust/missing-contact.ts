import type { Rule } from '../../types';
import { isHealthPage } from '../../claims-lang/scan';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhones, mayContainPhone } from '../../phone/find';

// A street address or a "City, ST 12345" line.
const STREET =
  /\b\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,5}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Square|Sq|Plaza|Trail|Trl|Pike|Row|Crescent|Close|Suite|Ste)\b\.?/;
const CITY_STATE_ZIP = /\b[A-Z][a-zA-Z.'’-]+(?:\s+[A-Z][a-zA-Z.'’-]+){0,3},?\s+(?:[A-Z]{2}|[A-Z][a-z]+)\s+\d{5}(?:-\d{4})?\b/;
// Other countries: UK postcodes, 6-digit PINs, 4-digit postcodes after a place name.
const OTHER_POSTAL = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z][a-z]+[\s,-]+\d{6}\b|\b[A-Z][a-z]+,?\s+(?:[A-Z]{2,3}\s+)?\d{4}\b(?!\s*[-–]\s*\d)/;
const MAPS = /(?:google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|maps\.apple\.com|bing\.com\/maps)/i;

function pathSegments(url: string | null): string[] {
  if (!url) return [];
  try {
    return new URL(url).pathname.toLowerCase().split('/').filter(Boolean).map((s) => s.replace(/\.[a-z0-9]+$/, ''));
  } catch {
    return [];
  }
}

const rule: Rule = {
  id: 'trust/missing-contact',
  category: 'trust',
  severity: 'warning',
  catalog: 'TRS-006',
  title: 'No way to see who runs the page or how to reach them',
  description:
    'Flags a clinic page that shows neither a link to a contact page nor both a phone number and an address (on the page, or linked in the header or footer). A page with a contact or locations link, or with a phone number and an address, passes.',
  why:
    'Google\'s quality rater guidelines say "websites that require a high level of user trust, such as medical websites … require very helpful contact information", and they give health pages with no information about who is responsible for them the lowest rating.',
  fix: 'Add the clinic\'s name, address and a tap-to-call phone number to the footer, and a "Contact us" link in the header.',
  helpUrl: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf',
  sources: [
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    // a contact or locations page, in any of the page's languages (utils/locale)
    const words = ctx.locales.map((l) => l.cta);
    const contactLink = facts.links.some(
      (l) =>
        (l.href && /^mailto:/i.test(l.href.trim())) ||
        (!!l.url && words.some((w) => w.contactName.test(l.name) || w.placeName.test(l.name))) ||
        pathSegments(l.url).some((s) => words.some((w) => w.contactSegment.test(s) || w.placeSegment.test(s))),
    );
    if (contactLink) return [];
    const phone =
      facts.links.some((l) => /^tel:/i.test((l.href ?? '').trim())) ||
      facts.blocks.some((b) => mayContainPhone(b.text) && findPhones(b.text, ctx.region as CountryCode).some((p) => p.kind === 'phone'));
    const address =
      facts.blocks.some((b) => STREET.test(b.text) || CITY_STATE_ZIP.test(b.text) || (b.region !== 'main' && OTHER_POSTAL.test(b.text))) ||
      facts.links.some((l) => MAPS.test(l.url ?? '')) ||
      facts.iframes.some((src) => MAPS.test(src));
    if (phone && address) return [];
    const missing = [!phone && 'phone number', !address && 'address', 'contact page link'].filter(Boolean) as string[];
    return [
      {
        scope: 'page',
        message: `The page gives no ${missing.join(', no ')}: readers of health information cannot see who is responsible for it or how to reach the clinic.`,
        data: { phone, address, contactLink },
      },
    ];
  },
};

export default rule;
