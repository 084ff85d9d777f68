// Who wrote and who reviewed a page (TRS-001/002/003): visible bylines ("By Jane Doe, MD",
// "Written by", "Author:", "Medically reviewed by Dr. A. Patel"), bare credentialed bylines next to
// the title ("July 9, 2026 · Dr. Omar Haddad, DMD"), rel=author and /author/ links, and the
// author / reviewedBy / lastReviewed of the page's JSON-LD.
import type { LinkFact, PageFacts, TextBlock } from '../types';
import { CREDENTIAL, CREDENTIAL_SRC, DOCTOR_TITLE } from './terms';
import { findDateMentions } from '../dates/prose';

export interface Byline {
  role: 'author' | 'reviewer';
  name: string;
  /** where it was found; 'bare' is an unlabelled name beside a byline date (weak: only proves a byline exists) */
  source: 'visible' | 'link' | 'jsonld' | 'bare';
  block: TextBlock | null;
  start: number;
  end: number;
  /** the name carries a credential (MD, DO, NP, PMHNP-BC, PhD…) or "Dr." */
  credentialed: boolean;
  /** "admin", "staff", "team", or the clinic's own name */
  generic: boolean;
  /** a link to a bio page in the byline */
  bioLink: boolean;
}

// "Lena", "Sato", "J.", and name particles ("de la Cruz", "van Dyke").
const NAME_WORD = "(?:(?!(?:" + CREDENTIAL_SRC + ")\\b)[A-Z][\\w'’.-]*|(?:de|da|del|della|van|von|der|den|le|la|du|di|bin|al|el)(?=\\s+\\S))";
const NAME = `(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?[A-Z][\\w'’.-]*(?:\\s+${NAME_WORD}){0,3}(?:,?\\s+${CREDENTIAL_SRC}\\b(?:(?:,\\s*|\\s+)${CREDENTIAL_SRC}\\b){0,3})?`;
const GENERIC_NAME = /^(?:admin|administrator|staff|team|editor|editors|editorial(?:\s+team|\s+staff)?|webmaster|author|guest|user|marketing|content(?:\s+team)?|our\s+team|the\s+team|blog|wp|root|site\s+owner|office|clinic)$/i;
// "By Jane Doe", "Written by: Jane Doe, MD", "Posted by admin", "Author: Jane Doe".
const AUTHOR_LINE = new RegExp(
  `(?:^|[|·•,–—:\\s])(?:(?:[Ww]ritten|WRITTEN|[Aa]uthored|[Pp]osted|POSTED|[Pp]ublished|[Aa]rticle|[Bb]log\\s+post|[Pp]ost|[Ss]tory|[Ww]ords)\\s+)?(?:[Bb]y|BY)\\s*:?\\s+(${NAME}|admin\\b|staff\\b|team\\b|[a-z][\\w.-]{1,20}\\b)|\\b[Aa]uthor(?:ed)?\\s*:\\s*(${NAME}|[a-z][\\w.-]{1,20}\\b)`,
  'g',
);
const REVIEW_LINE = new RegExp(
  `\\b(?:(?:[Mm]edically|[Cc]linically|[Mm]edical(?:ly)?|[Ee]xpert|[Pp]eer|[Ee]ditorially|MEDICALLY)\\s+)?(?:[Rr]eviewed|REVIEWED|[Ff]act[- ]?[Cc]hecked|[Vv]erified|[Aa]pproved)\\s+(?:for\\s+(?:medical\\s+)?accuracy\\s+)?(?:[Bb]y|BY)\\s*:?\\s+(${NAME})`,
  'g',
);
const MEDICAL_REVIEW_LINE = /\b(?:medically|clinically|medical(?:ly)?|expert|peer)\s+reviewed\b|\breviewed\s+by\s+(?:Dr\.?\s|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},?\s+(?:M\.?D|D\.?O|PharmD|Ph\.?D|NP|PA-C|RN|DMD|DDS|PsyD|PMHNP))/i;
// "Powered by WordPress", "Website by Agency", "Photo by …": credits, not bylines.
const CREDIT_BEFORE = /\b(?:powered|toolbar|widget|plugin|app|software|tool|platform|service|hosting|designed|developed|built|created|hosted|made|website|site|theme|template|photos?|images?|illustrations?|graphics?|video|music|courtesy|credit|credits|maintained|managed|marketing|seo|design|crafted|sponsored|presented|brought\s+to\s+you|rights\s+reserved|copyright|©|inspired|caused|followed|supported|funded|accompanied|triggered|approved|prescribed|performed|administered|reviewed|checked|verified|treated|offered|provided|led|run|owned|operated|founded|seen|done|given|examined|evaluated|recommended|referred|affected|used|made|taken|replaced|backed|trusted|loved|recogni[sz]ed|certified)\s*$/i;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
// Words after "by" that are not names.
const NOT_A_NAME = /^(?:the|a|an|our|your|their|this|that|these|phone|calling|email|appointment|using|clicking|visiting|filling|contacting|booking|scheduling|reducing|blocking|helping|increasing|providing|offering|making|taking|working|the\s+FDA|FDA|CDC|WHO|NIH)\b|^\d/i;
const BIO_HREF = /\/(?:author|authors|team|our-team|staff|providers?|doctors?|physicians?|clinicians?|people|bio|bios|about|about-us|meet-\w+|profile|profiles|experts?|contributors?)(?:\/|$|-)/i;

function clinicNames(facts: PageFacts): string[] {
  const names = new Set<string>();
  for (const e of facts.jsonLd) {
    if (e.types.some((t) => /Organization|Clinic|Business|Physician|Dentist|Hospital|WebSite/.test(t)) && typeof e.data.name === 'string') names.add(e.data.name.trim().toLowerCase());
  }
  for (const v of facts.meta['og:site_name'] ?? []) names.add(v.trim().toLowerCase());
  const suffix = /\s[|–—-]\s([^|–—-]{3,80})$/.exec(facts.title)?.[1];
  if (suffix) names.add(suffix.trim().toLowerCase());
  return [...names].filter(Boolean);
}

function bioLinkIn(facts: PageFacts, block: TextBlock, start: number, end: number): boolean {
  for (const span of block.spans) {
    if (span.link < 0 || span.end <= start - 2 || span.start >= end + 2) continue;
    const link = facts.links[span.link];
    if (!link) continue;
    if (link.rel.includes('author') || BIO_HREF.test(link.href ?? '')) return true;
  }
  return false;
}

function makeByline(facts: PageFacts, role: Byline['role'], rawName: string, block: TextBlock, start: number, end: number, clinics: string[]): Byline | null {
  const name = rawName.replace(/[\s,·|–—-]+$/, '').trim();
  if (!name || NOT_A_NAME.test(name)) return null;
  const lower = name.toLowerCase();
  const credentialed = CREDENTIAL.test(` ${name}`) || DOCTOR_TITLE.test(name);
  // A practice named after its doctor ("Dr. Mital Patel, OD", also the JSON-LD Physician's name) is
  // still a person when the byline carries a title or credential.
  const generic =
    GENERIC_NAME.test(lower) ||
    /\b(?:team|staff|editors?|editorial|admin|administrator|marketing|content|webmaster|office)$/i.test(lower) ||
    (!credentialed && clinics.some((c) => c === lower || (c.length > 6 && lower.includes(c))));
  // A lower-case single word that is not a generic handle ("by calling") is not a byline.
  if (/^[a-z]/.test(name) && !generic) return null;
  return {
    role,
    name,
    source: 'visible',
    block,
    start,
    end,
    credentialed,
    generic,
    bioLink: bioLinkIn(facts, block, start, end),
  };
}

/** Candidate byline blocks: near the title, at the end of the content (author boxes), and short blocks anywhere in content. */
function bylineBlocks(facts: PageFacts): TextBlock[] {
  const h1 = facts.headings.find((h) => h.level === 1 && facts.blocks[h.block]?.inContent) ?? facts.headings.find((h) => h.level === 1);
  const out: TextBlock[] = [];
  const content = facts.blocks.filter((b) => b.inContent && b.region !== 'nav');
  const lastContent = content.length ? content[content.length - 1]!.index : -1;
  for (const b of facts.blocks) {
    if (!b.text || b.region === 'nav' || b.heading) continue;
    const words = b.text.split(/\s+/).length;
    const nearTitle = h1 ? b.index >= h1.block - 3 && b.index <= h1.block + 8 : false;
    const nearEnd = lastContent >= 0 && b.index > lastContent - 12 && b.index <= lastContent + 4;
    if ((nearTitle || nearEnd) && words <= 60) out.push(b);
    else if (b.inContent && words <= 25) out.push(b);
  }
  return out;
}

export interface Authorship {
  authors: Byline[];
  reviewers: Byline[];
  /** JSON-LD author names (not visible by themselves) */
  jsonLdAuthors: string[];
  /** JSON-LD reviewedBy / lastReviewed present */
  jsonLdReviewed: boolean;
  /** a visible "medically reviewed" statement, with or without a name */
  reviewStatement: TextBlock | null;
}

const cache = new WeakMap<PageFacts, Authorship>();

export function authorship(facts: PageFacts): Authorship {
  const hit = cache.get(facts);
  if (hit) return hit;
  const clinics = clinicNames(facts);
  const authors: Byline[] = [];
  const reviewers: Byline[] = [];
  let reviewStatement: TextBlock | null = null;
  const blocks = bylineBlocks(facts);
  const h1 = facts.headings.find((h) => h.level === 1 && facts.blocks[h.block]?.inContent) ?? facts.headings.find((h) => h.level === 1);
  for (const b of blocks) {
    const text = b.text;
    const hasBy = /\bby\b/i.test(text);
    if (!hasBy && !/author/i.test(text) && !(h1 && b.index > h1.block && b.index <= h1.block + 3)) {
      if (!reviewStatement && /reviewed/i.test(text) && MEDICAL_REVIEW_LINE.test(text)) reviewStatement = b;
      continue;
    }
    if (!reviewStatement && MEDICAL_REVIEW_LINE.test(text)) reviewStatement = b;
    if (hasBy) for (const m of text.matchAll(REVIEW_LINE)) {
      const start = m.index! + m[0].indexOf(m[1]!);
      const by = makeByline(facts, 'reviewer', m[1]!, b, start, start + m[1]!.length, clinics);
      if (by) reviewers.push(by);
    }
    for (const m of text.matchAll(AUTHOR_LINE)) {
      const raw = m[1] ?? m[2];
      if (!raw) continue;
      // "Reviewed by …" is a reviewer, not an author; "Powered by …" is a credit.
      if (CREDIT_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index! + 1))) continue;
      // In running prose "by" belongs to the sentence ("treated by Dr. Smith"): a byline starts the
      // block, follows a separator, or is the whole (short) block.
      const words = text.split(/\s+/).length;
      const lead = text.slice(0, m.index! + 1).trimEnd();
      const startsBlock = /^[|·•,–—:\s]*$/.test(text.slice(0, m.index!)) || /^(?:written|authored|posted|published|article|blog post|post|story|words)$/i.test(lead.trim());
      const afterSeparator = /[|·•–—:]$/.test(lead) || /\d$/.test(lead);
      if (!startsBlock && !afterSeparator && words > 10) continue;
      const start = m.index! + m[0].lastIndexOf(raw);
      const by = makeByline(facts, 'author', raw, b, start, start + raw.length, clinics);
      if (by) authors.push(by);
    }
    // A bare credentialed name right by the title: "July 9, 2026 · Dr. Omar Haddad, DMD".
    const bylineShaped = b.text.split(/\s+/).length <= 12 || /[|·•]/.test(b.text);
    if (!authors.length && h1 && b.index > h1.block && b.index <= h1.block + 3 && b.text.split(/\s+/).length <= 20 && bylineShaped) {
      const m = new RegExp(`(?:Dr\\.?\\s+[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,2}(?:,?\\s+${CREDENTIAL_SRC})?|[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){1,2},?\\s+${CREDENTIAL_SRC}\\b)`).exec(text);
      if (m && !/[.!?]\s+[A-Z]/.test(text.replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.|\b[A-Z]\./g, ''))) {
        const by = makeByline(facts, 'author', m[0], b, m.index, m.index + m[0].length, clinics);
        if (by) authors.push(by);
      }
    }
  }
  // A bare name beside the byline date, with no label: "Naimur Rahman · 03 Feb 2019".
  if (!authors.length && h1) {
    for (const b of blocks) {
      if (b.index <= h1.block || b.index > h1.block + 4 || b.quoted) continue;
      const words = b.text.split(/\s+/);
      if (words.length > 16) continue;
      const dates = findDateMentions(b.text);
      if (dates.length !== 1) continue;
      const rest = b.text.slice(0, dates[0]!.start) + ' | ' + b.text.slice(dates[0]!.end);
      const m = /(?:^|[|·•,–—:\s])((?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s*(?:[|·•,–—:]|$))/.exec(rest);
      if (!m || m[1]!.split(/\s+/).some((w) => MONTHS.test(w)) || /\b(?:in|under|category|tags?|filed|posted\s+in)\s*$/i.test(rest.slice(0, m.index + 1))) continue;
      const start = b.text.indexOf(m[1]!);
      const by = makeByline(facts, 'author', m[1]!, b, start, start + m[1]!.length, clinics);
      if (by) authors.push({ ...by, source: 'bare' });
      break;
    }
  }
  // rel=author and /author/ archive links count as a visible author.
  for (const l of facts.links) {
    if (!(l.rel.includes('author') || /\/(?:author|authors)\/[^/?#]+/i.test(l.href ?? '')) || !l.text) continue;
    if (l.region === 'nav' || l.region === 'footer') continue;
    if (authors.some((a) => a.name === l.text)) continue;
    const block = l.block >= 0 ? facts.blocks[l.block]! : null;
    if (!block) continue;
    const start = Math.max(0, block.text.indexOf(l.text));
    const by = makeByline(facts, 'author', l.text, block, start, start + l.text.length, clinics);
    if (by) authors.push({ ...by, source: 'link', bioLink: true });
  }
  const jsonLdAuthors: string[] = [];
  let jsonLdReviewed = false;
  const names = (v: unknown): string[] => {
    if (!v) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v)) return v.flatMap(names);
    if (typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return [(v as Record<string, string>).name];
    return [];
  };
  for (const e of facts.jsonLd) {
    jsonLdAuthors.push(...names(e.data.author));
    if (e.data.reviewedBy || e.data.lastReviewed) jsonLdReviewed = true;
  }
  const result = { authors, reviewers, jsonLdAuthors, jsonLdReviewed, reviewStatement };
  cache.set(facts, result);
  return result;
}

/** A link to a bio page anywhere near the byline (used when the byline block has none). */
export function isBioLink(link: LinkFact): boolean {
  return link.rel.includes('author') || BIO_HREF.test(link.href ?? '');
}
