// Page-level phone facts, computed once per PageFacts object (WeakMap) and shared by every phone
// rule (and the CTA rules): numbers in the text of each block with the link that covers them,
// tel:/sms:/WhatsApp links with their parsed hrefs, and JSON-LD telephone/faxNumber values.
import type { CountryCode } from 'libphonenumber-js/max';
import type { JsonLdEntity, LinkFact, PageFacts, TextBlock } from '../types';
import { findPhones, type PhoneMatch } from './find';
import { blockRegion } from '../region';
import { isoCountry } from '../region/evidence';
import { hrefNumber, normalizeHref, normalizeNumber, type HrefNumber, type NormalizedNumber } from './normalize';

export type LinkKind = 'tel' | 'sms' | 'whatsapp' | 'callto' | 'other' | 'control';

export interface TextPhone extends PhoneMatch {
  /** index of the block in `facts.blocks` */
  block: number;
  /** index into `facts.links` of the link/control whose text covers the number, -1 when plain text */
  link: number;
  /** what covers it: a tel:/sms:/WhatsApp link, another link, a non-link control, or nothing */
  linkKind: LinkKind | null;
}

export interface PhoneLink {
  link: LinkFact;
  href: HrefNumber;
  /** the href's number normalized (null when it has no parseable number) */
  number: (NormalizedNumber & { href: HrefNumber }) | null;
  /** numbers written in the link's visible text */
  textPhones: PhoneMatch[];
}

export interface JsonLdPhone {
  entity: JsonLdEntity;
  /** 'telephone' | 'faxNumber' */
  property: string;
  value: string;
  number: NormalizedNumber | null;
}

export interface PagePhones {
  region: CountryCode;
  /** every number found in block text, in document order */
  text: TextPhone[];
  /** the same, per block index */
  byBlock: Map<number, TextPhone[]>;
  /** tel:, sms:, callto: and WhatsApp links */
  links: PhoneLink[];
  jsonLd: JsonLdPhone[];
}

/** The rule context's region string as a libphonenumber CountryCode (US when unknown). */
export function asCountry(region: string | null | undefined): CountryCode {
  return isoCountry(region ?? '') ?? 'US';
}

const cache = new WeakMap<PageFacts, Map<string, PagePhones>>();

export function linkKindOf(link: LinkFact | undefined): LinkKind {
  if (!link) return 'control';
  if (link.href == null || !(link.tag === 'a' || link.tag === 'area')) return 'control';
  const h = hrefNumber(link.href);
  return h ? h.scheme : 'other';
}

const SEVEN_DIGITS = /\d(?:\D{0,3}\d){6}/;

function blockPhones(block: TextBlock, facts: PageFacts, region: CountryCode): TextPhone[] {
  // A block with an address of another country (a location abroad) reads its numbers there; the
  // address is looked for only in blocks with enough digits for a phone number.
  const own = SEVEN_DIGITS.test(block.text) ? blockRegion(block, region) : region;
  const found = findPhones(block.text, own);
  if (!found.length) return [];
  return found.map((m) => {
    let link = -1;
    for (const s of block.spans) {
      if (m.start < s.end && m.end > s.start) {
        link = s.link;
        break;
      }
    }
    const linkKind: LinkKind | null = link >= 0 ? linkKindOf(facts.links[link]) : block.spans.some((s) => s.link < 0 && m.start < s.end && m.end > s.start) ? 'control' : null;
    return { ...m, block: block.index, link, linkKind };
  });
}

const PHONE_PROPS = ['telephone', 'faxNumber'];

function jsonLdPhones(facts: PageFacts, region: CountryCode): JsonLdPhone[] {
  const out: JsonLdPhone[] = [];
  for (const entity of facts.jsonLd) {
    for (const property of PHONE_PROPS) {
      const v = entity.data[property];
      for (const value of Array.isArray(v) ? v : [v]) {
        if (typeof value !== 'string' || !value.trim()) continue;
        out.push({ entity, property, value: value.trim(), number: normalizeNumber(value.replace(/^\s*tel:/i, ''), region) });
      }
    }
  }
  return out;
}

/** Phone facts of a page, computed once per facts object and region. */
export function pagePhones(facts: PageFacts, regionIn: string): PagePhones {
  const region = asCountry(regionIn);
  let byRegion = cache.get(facts);
  if (!byRegion) cache.set(facts, (byRegion = new Map()));
  const hit = byRegion.get(region);
  if (hit) return hit;

  const text: TextPhone[] = [];
  const byBlock = new Map<number, TextPhone[]>();
  for (const block of facts.blocks) {
    // Code samples and preformatted data (<pre>) are not the page's contact details.
    if (block.tag === 'pre' || block.tag === 'code') continue;
    const list = blockPhones(block, facts, region);
    if (list.length) {
      byBlock.set(block.index, list);
      text.push(...list);
    }
  }
  const links: PhoneLink[] = [];
  for (const link of facts.links) {
    const href = hrefNumber(link.href);
    if (!href) continue;
    links.push({ link, href, number: normalizeHref(link.href, region), textPhones: findPhones(link.text, region) });
  }
  const result: PagePhones = { region, text, byBlock, links, jsonLd: jsonLdPhones(facts, region) };
  byRegion.set(region, result);
  return result;
}
