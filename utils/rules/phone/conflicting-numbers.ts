import type { FindingDraft, JsonLdEntity, Region, Rule, TextBlock } from '../../types';
import { pagePhones } from '../../phone/page';
import { normalizeNumber, sameNumber } from '../../phone/normalize';
import { HOTLINE_CONTEXT, hotlineName } from '../../phone/hotlines';

// Labels that mark a legitimate secondary line (catalog PHN-008 FP traps).
const SECONDARY_LABEL = /^(?:fax|billing|pharmacy|after[- ]hours|emergency|spanish|español|espanol|tty|tdd|crisis|hotline|helpline|lifeline|rems|text|sms|whats ?app|direct|mobile|cell|toll[- ]free|nurse(?: advice)?(?: line)?|triage(?: nurse)?|advice line|on[- ]call)$/;
const SECONDARY_WORDS = /\b(?:fax|billing|pharmacy|after[- ]hours|after hours|spanish|español|tty|tdd|text(?:ing)? line|direct line|cell|mobile|toll[- ]free|location|office hours|branch|campus|clinic in|our \w+ office|press|media|careers|jobs|hr|recruit\w*|referrals?|records|lab|nurse(?:\s+advice)?\s+line|triage|advice\s+line|on[- ]call|evenings?,?\s+(?:and\s+)?weekends?)\b/i;
const MAIN_LABEL = /^(?:phone|call|office|main|appointments?|scheduling)$/;
const CLINIC_CUE = /\b(?:us|our|we|today|now|appointments?|schedul\w*|book\w*|consult\w*|office|clinic|practice|reception|front desk)\b/i;
const BUSINESS_TYPE = /^(?:LocalBusiness|MedicalBusiness|MedicalClinic|MedicalOrganization|Organization|Physician|Dentist|Hospital|Optician|Pharmacy|DiagnosticLab|HealthAndBeautyBusiness|DaySpa|HealthClub|Psychiatric|MedicalSpecialty|VeterinaryCare|Corporation|ProfessionalService|Store|Chiropractor|Clinic|PhysicalTherapy|DentalClinic|MedicalCenter)$/i;

/** Up to 80 characters before a position, reaching into the previous block ("<h3>Call us</h3><p>949…"). */
function textBefore(blocks: TextBlock[], index: number, start: number): string {
  const own = blocks[index]!.text.slice(0, start);
  if (own.length >= 80 || index === 0) return own.slice(-80);
  return `${blocks[index - 1]!.text.slice(-(80 - own.length))} ${own}`;
}

interface Occurrence {
  e164: string;
  shown: string;
  where: Region | 'jsonld';
  inContent: boolean;
  element: Element | null;
  block: number;
  range?: { block: number; start: number; end: number };
  /** printed in the content right under a street address: a location's own line */
  location?: boolean;
}

// A street address ("5100 Tuttle Crossing Blvd", "12 Harbor Road"): a number printed right under one
// in the content is that location's line (a location card), not a second main number.
const STREET_ADDRESS = /\b\d{1,5}\s+(?:[A-Z0-9][\w.'’-]*\s+){1,4}(?:road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|court|ct|parkway|pkwy|highway|hwy|place|pl|crossing|circle|cir|square|sq|terrace|suite|ste)\b/i;
/** How many blocks above a number its location's address may be (heading, address, phone line). */
const ADDRESS_REACH = 2;

function besideAddress(blocks: readonly TextBlock[], index: number): boolean {
  for (let i = index, n = 0; i >= 0 && n <= ADDRESS_REACH; i--, n++) {
    const b = blocks[i]!;
    if (n > 0 && b.heading) break;
    if (STREET_ADDRESS.test(b.text)) return true;
  }
  return false;
}

// "Kennesaw: (770) 499-2020 | East Cobb: (678) 560-8065": numbers each under a name of its own are the
// lines of several locations, not two main numbers.
const NAMED_NUMBER = /(?:^|[\s|•·,;])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s?:\s*\+?[\d(][\d\s().-]{6,}\d/g;

function placeLabelled(blocks: readonly TextBlock[]): boolean {
  for (const b of blocks) {
    if (b.text.length > 600) continue;
    const names = new Set<string>();
    for (const m of b.text.matchAll(NAMED_NUMBER)) {
      const name = m[1]!.toLowerCase();
      if (!MAIN_LABEL.test(name) && !SECONDARY_LABEL.test(name) && !/^(?:tel|telephone|ph|p|t|f|m)$/.test(name)) names.add(name);
    }
    if (names.size >= 2) return true;
  }
  return false;
}

function isBusiness(e: JsonLdEntity): boolean {
  return e.types.some((t) => BUSINESS_TYPE.test(t));
}

const WHERE: Record<string, string> = { header: 'header', nav: 'navigation', main: 'body', aside: 'sidebar', footer: 'footer', other: 'page', jsonld: 'structured data' };
const whereOf = (o: { where: string; inContent: boolean }) => (o.where === 'other' ? (o.inContent ? 'body' : 'page template') : (WHERE[o.where] ?? o.where));

const rule: Rule = {
  id: 'phone/conflicting-numbers',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-008',
  title: 'The page shows conflicting clinic phone numbers',
  description:
    'Finds more than one main phone number for the clinic across the header, footer, page text and the business details the page gives search engines (the JSON-LD telephone of the clinic or organization), or a number in those business details that the page never shows. Fax, billing, pharmacy, after-hours, language and TTY lines, numbers of other locations, crisis lines (988, 911) and hotlines such as the Spravato REMS line are not counted. When the clinic profile in Options lists the clinic\'s numbers, any other main number is reported.',
  why:
    'Google Business Profile asks for one number that connects "to your individual business location as directly as possible", and a name, address and phone number that match everywhere help a clinic rank in local search. Conflicting numbers send patients to an old or wrong line.',
  fix: 'Use the clinic\'s one main number everywhere (header, footer, page text and the JSON-LD telephone), or label the other lines ("Billing:", "Fax:").',
  helpUrl: 'https://support.google.com/business/answer/3038177',
  sources: [
    { title: 'Google Business Profile: guidelines for representing your business (one phone number per location)', url: 'https://support.google.com/business/answer/3038177' },
    { title: 'CallRail: why a consistent name, address and phone number matters for local search', url: 'https://www.callrail.com/blog/nap-consistency/' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const phones = pagePhones(facts, ctx.region);
    const occ: Occurrence[] = [];
    const isExempt = (e164: string, blockText: string, start: number, label: string | null): boolean => {
      if (hotlineName(e164)) return true;
      if (label && SECONDARY_LABEL.test(label)) return true;
      const before = blockText.slice(Math.max(0, start - 100), start);
      return HOTLINE_CONTEXT.test(before) || SECONDARY_WORDS.test(before);
    };
    // Visible numbers: text (plain or inside a tel: link) …
    const linkSeen = new Set<number>();
    for (const m of phones.text) {
      if (m.kind !== 'phone' || !m.valid || !m.e164) continue;
      const block = facts.blocks[m.block]!;
      if (m.linkKind === 'tel' || m.linkKind === 'callto') {
        // The number the link shows is a visible number like any other, also when the link dials
        // another one: that mismatch is phone/href-text-mismatch's business, and the dialled number
        // (which nobody sees) is left out here so it is not reported twice.
        linkSeen.add(m.link);
      } else if (m.linkKind) continue;
      if (isExempt(m.e164, block.text, m.start, m.label)) continue;
      // A number in the article body is the clinic's only when it reads like the clinic's own call to
      // action ("call us at", "our office", "to book"); otherwise it may be another organisation's.
      if (block.inContent && !(m.linkKind === 'tel' || m.linkKind === 'callto') && !(m.label && MAIN_LABEL.test(m.label)) && !CLINIC_CUE.test(textBefore(facts.blocks, m.block, m.start))) continue;
      // printed under a street address: a location card in the content, a sidebar or a template's
      // list of offices (the footer's single NAP line counts too, see multiLocation)
      const location = besideAddress(facts.blocks, m.block);
      occ.push({ e164: m.e164, shown: m.raw.trim(), where: block.region, inContent: block.inContent, element: block.element, block: m.block, range: { block: m.block, start: m.start, end: m.end }, location });
    }
    // … and tel: links whose text shows no number ("Call us", icon links).
    for (const pl of phones.links) {
      if (pl.href.scheme !== 'tel' || linkSeen.has(pl.link.index)) continue;
      const n = pl.number;
      if (!n?.valid || !n.e164 || pl.href.number.replace(/\D/g, '').length <= 6) continue;
      const words = `${pl.link.name} ${pl.link.text}`;
      if (hotlineName(n.e164) || SECONDARY_WORDS.test(words) || HOTLINE_CONTEXT.test(words)) continue;
      const blockText = pl.link.block >= 0 ? facts.blocks[pl.link.block]!.text : '';
      const at = pl.link.text && blockText ? blockText.indexOf(pl.link.text) : -1;
      if (at >= 0 && isExempt(n.e164, blockText, at, null)) continue;
      occ.push({ e164: n.e164, shown: pl.link.href ?? n.e164, where: pl.link.region, inContent: pl.link.inContent, element: pl.link.element, block: pl.link.block });
    }
    const jsonPhones = phones.jsonLd.filter((j) => j.property === 'telephone' && isBusiness(j.entity) && j.number?.e164 && !hotlineName(j.number.e164));
    const jsonDistinct: string[] = [];
    for (const j of jsonPhones) if (!jsonDistinct.some((e) => sameNumber(e, j.number!.e164))) jsonDistinct.push(j.number!.e164!);

    const out: FindingDraft[] = [];
    const profile = ctx.config.profile.phones
      .map((p) => normalizeNumber(p, phones.region)?.e164)
      .filter((e): e is string => !!e);

    // Group visible occurrences by number.
    const groups: Array<{ e164: string; list: Occurrence[] }> = [];
    for (const o of occ) {
      const g = groups.find((x) => sameNumber(x.e164, o.e164));
      if (g) g.list.push(o);
      else groups.push({ e164: o.e164, list: [o] });
    }
    const describe = (list: Occurrence[]) => [...new Set(list.map(whereOf))].join(', ');

    if (profile.length) {
      for (const g of groups) {
        if (profile.some((p) => sameNumber(p, g.e164))) continue;
        const first = g.list[0]!;
        out.push({
          message: `The number ${first.shown} (${describe(g.list)}) is not one of the clinic's numbers in the profile (${ctx.config.profile.phones.join(', ')}).`,
          element: first.element,
          excerpt: first.shown,
          range: first.range,
          fix: `Replace it with the clinic's number, or label it if it is a separate line ("Billing:", "Fax:").`,
          data: { e164: g.e164, profile, count: g.list.length },
        });
      }
      for (const e of jsonDistinct) {
        if (profile.some((p) => sameNumber(p, e))) continue;
        out.push({
          message: `The structured data telephone ${e} is not one of the clinic's numbers in the profile (${ctx.config.profile.phones.join(', ')}).`,
          scope: 'page',
          excerpt: e,
          context: `JSON-LD telephone: ${e}`,
          fix: "Set the JSON-LD telephone to the clinic's main number.",
          data: { e164: e, profile },
        });
      }
      return out;
    }

    // Several JSON-LD business numbers = a multi-location page: each location has its own line.
    // Two numbers each under a street address of its own are two offices' lines (a list of locations).
    const located = groups.filter((g) => g.list.some((o) => o.location));
    const multiLocation =
      jsonDistinct.length > 1 || groups.filter((g) => g.list.every((o) => o.inContent)).length >= 3 || placeLabelled(facts.blocks) || located.length >= 2;
    if (groups.length > 1 && !multiLocation) {
      // The main number: in the JSON-LD, else the most frequent, else the first in the header/nav, else the first.
      const score = (g: (typeof groups)[number]) =>
        (jsonDistinct.some((e) => sameNumber(e, g.e164)) ? 1000 : 0) + g.list.length * 10 + (g.list.some((o) => o.where === 'header' || o.where === 'nav') ? 5 : 0);
      const main = [...groups].sort((a, b) => score(b) - score(a))[0]!;
      for (const g of groups) {
        // a number printed in a location card (under its address) is that location's line, wherever
        // else it appears; the template's one NAP line is not a location card
        if (g === main || g.list.some((o) => o.location && (o.inContent || o.where === 'aside'))) continue;
        const first = g.list[0]!;
        out.push({
          message: `This page shows two main phone numbers: ${first.shown} (${describe(g.list)}) and ${main.list[0]!.shown} (${describe(main.list)}${jsonDistinct.some((e) => sameNumber(e, main.e164)) ? ', structured data' : ''}); patients may call an old or wrong line.`,
          element: first.element,
          excerpt: first.shown,
          range: first.range,
          fix: `Use ${main.list[0]!.shown} here too, or label this line if it is a different service ("Billing:", "Fax:", "Spanish line:").`,
          data: { e164: g.e164, main: main.e164, count: g.list.length },
        });
      }
    }
    if (groups.length && !multiLocation) {
      for (const e of jsonDistinct) {
        if (groups.some((g) => sameNumber(g.e164, e))) continue;
        const shown = jsonPhones.find((j) => sameNumber(j.number!.e164, e))!.value;
        out.push({
          message: `The structured data telephone ${shown} does not appear among the visible numbers (${groups.map((g) => g.list[0]!.shown).join(', ')}): search engines may show a different number than the page.`,
          scope: 'page',
          excerpt: shown,
          context: `JSON-LD telephone: ${shown}`,
          fix: 'Make the JSON-LD telephone the same as the number shown on the page.',
          data: { e164: e },
        });
      }
    }
    return out;
  },
};
export default rule;
