// Walking a page's prose for the claims and trust rules: which blocks count as the page's own
// words, their sentences (split once per block and shared by every rule), findings drafted on a
// sentence with an exact highlight range, and whether a passage cites a source.
import type { FindingDraft, LinkFact, PageFacts, Severity, TextBlock } from '../types';
import { splitSentences, isQuestion, insideQuotes, type Sentence } from '../text/sentences';
import { isDistanced, isNegated } from '../text/negation';
import { around } from '../text/normalize';
import { parseUrl } from '../text/url';

const sentenceCache = new WeakMap<TextBlock, Sentence[]>();

/** The sentences of a block, split once and shared by every rule. */
export function sentencesOf(block: TextBlock): Sentence[] {
  let s = sentenceCache.get(block);
  if (!s) {
    s = splitSentences(block.text);
    sentenceCache.set(block, s);
  }
  return s;
}

export interface ProseFilter {
  /** only blocks inside the main content (default false: everything but navigation) */
  content?: boolean;
  /** skip quoted blocks (blockquote, q, cite) — someone else's words (default true) */
  skipQuoted?: boolean;
  /** skip headings (default false) */
  skipHeadings?: boolean;
  /** keep blocks whose text is (almost) all link text — menus, teaser titles (default false) */
  keepLinkOnly?: boolean;
}

/** True when at least 90% of the block's text is link or control text. */
export function isLinkOnly(block: TextBlock): boolean {
  if (!block.spans.length) return false;
  let linked = 0;
  for (const s of block.spans) linked += s.end - s.start;
  return linked >= block.text.length * 0.9;
}

/** The blocks that hold the page's own prose, in document order. */
export function proseBlocks(facts: PageFacts, filter: ProseFilter = {}): TextBlock[] {
  const out: TextBlock[] = [];
  for (const b of facts.blocks) {
    if (!b.text || b.region === 'nav') continue;
    if (filter.content && !b.inContent) continue;
    if ((filter.skipQuoted ?? true) && b.quoted) continue;
    if (filter.skipHeadings && b.heading) continue;
    if (!filter.keepLinkOnly && isLinkOnly(b)) continue;
    out.push(b);
  }
  return out;
}

/** All visible text of the page (every block, navigation included), for "does the page say X anywhere". */
export function pageText(facts: PageFacts): string {
  return facts.blocks.map((b) => b.text).join('\n');
}

/** Text of the main content (falls back to every non-navigation block). */
export function contentText(facts: PageFacts): string {
  const inContent = facts.blocks.filter((b) => b.inContent && b.region !== 'nav');
  return (inContent.length ? inContent : facts.blocks.filter((b) => b.region !== 'nav')).map((b) => b.text).join('\n');
}

export interface DraftArgs {
  message: string;
  fix?: string;
  severity?: Severity;
  data?: Record<string, unknown>;
}

/**
 * A finding on a sentence: the excerpt is the sentence (a window of it around the match when it is
 * long), the highlight range is the matched words, offsets into the block's text.
 */
export function sentenceDraft(block: TextBlock, s: Sentence, matchStart: number, matchEnd: number, args: DraftArgs): FindingDraft {
  const localStart = Math.max(0, matchStart - s.start);
  const localEnd = Math.min(s.text.length, Math.max(localStart, matchEnd - s.start));
  return {
    message: args.message,
    element: block.element,
    excerpt: around(s.text, localStart, localEnd, 200),
    fix: args.fix,
    severity: args.severity,
    range: { block: block.index, start: matchStart, end: matchEnd },
    data: { match: block.text.slice(matchStart, matchEnd), ...(args.data ?? {}) },
  };
}

/** A page-level finding (no single element): the excerpt is an example sentence when there is one. */
export function pageDraft(args: DraftArgs & { excerpt?: string }): FindingDraft {
  return { message: args.message, scope: 'page', excerpt: args.excerpt, fix: args.fix, severity: args.severity, data: args.data };
}

// ── citations ──────────────────────────────────────────────────────────────────────────────────

function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  return parseUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') ?? '';
}

/** The page's own host, without "www.". */
export function pageHost(facts: PageFacts): string {
  return hostOf(facts.url);
}

/** Two hosts belong to the same site (equal, or one a subdomain of the other). */
export function sameSite(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

// Share buttons and social profiles are not sources.
const NOT_A_SOURCE = /(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|pinterest\.com|tiktok\.com|youtube\.com|youtu\.be|google\.com\/maps|goo\.gl|maps\.app\.goo\.gl|yelp\.com|wa\.me|whatsapp\.com|t\.me|addtoany\.com|sharethis\.com)$/;

/** Hosts whose pages are primary health sources (catalog TRS-004: higher weight). */
export const AUTHORITATIVE_HOST =
  /(?:^|\.)(?:who\.int|cdc\.gov|nih\.gov|ncbi\.nlm\.nih\.gov|nlm\.nih\.gov|medlineplus\.gov|fda\.gov|accessdata\.fda\.gov|hhs\.gov|samhsa\.gov|cochranelibrary\.com|cochrane\.org|doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|clinicaltrials\.gov|nejm\.org|jamanetwork\.com|thelancet\.com|bmj\.com|nature\.com|sciencedirect\.com|springer\.com|wiley\.com|psychiatryonline\.org|ahajournals\.org|nice\.org\.uk|nhs\.uk|mayoclinic\.org|\w+\.gov|\w+\.edu)$/;

/** External links (another site, http/https) whose text sits in `block`. */
export function externalLinksIn(facts: PageFacts, block: TextBlock): LinkFact[] {
  const host = pageHost(facts);
  const out: LinkFact[] = [];
  const seen = new Set<number>();
  for (const span of block.spans) {
    if (span.link < 0 || seen.has(span.link)) continue;
    seen.add(span.link);
    const link = facts.links[span.link];
    if (!link?.url || !/^https?:/i.test(link.url)) continue;
    const h = hostOf(link.url);
    if (!h || sameSite(h, host) || NOT_A_SOURCE.test(h)) continue;
    out.push(link);
  }
  return out;
}

// In-text citation forms: [1], [2–4], (Smith et al., 2021), (CDC, 2023), (WHO 2023), doi:, PMID, NCT…
const REF_MARKER = /\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]|\bet\s+al\.?|\b(?:doi|pmid|pmcid)\s*:?\s*\S*\d|\bNCT\d{6,}|\((?:[A-Z][\w&.'’\- ]{1,60}?),?\s+(?:19|20)\d\d[a-z]?(?:;[^)]*)?\)|\b(?:source|sources|reference|references|citation)s?\s*:/;
/** A named study or publication in the sentence ("a 2023 study in JAMA", "published in The Lancet"). */
const NAMED_SOURCE =
  /\b(?:published\s+(?:in|by)|(?:journal|study|trial|review|report|survey|analysis|guidelines?|fact\s+sheet)\s+(?:in|by|from|of)\s+(?:the\s+)?[A-Z][\w&.'’-]+|according\s+to\s+(?:the\s+|a\s+\d{4}\s+)?[A-Z][\w&.'’-]+|(?:JAMA|NEJM|Lancet|BMJ|Cochrane|PubMed|Nature|Psychiatry|MMWR|Journal\s+of\s+[A-Z]\w+)|(?:[A-Z][a-z]+\s+){0,3}(?:University|Institute|Hospital|Clinic|Association|College|Society|Foundation|Center)\s+(?:of\s+)?[A-Z]\w+|\b(?:TRD\d{4}|STAR\*D|ESCAPE-TRD|SUSTAIN-\d|TRANSFORM-\d)\b)/;

export function hasRefMarker(text: string): boolean {
  return REF_MARKER.test(text);
}

export function hasNamedSource(text: string): boolean {
  return NAMED_SOURCE.test(text);
}

/**
 * True when the block cites a source: an external link in it, or an in-text reference
 * ([1], "(CDC, 2023)", "et al.", a DOI/PMID/NCT number), or a "Source:" line right after it.
 */
export function blockCites(facts: PageFacts, block: TextBlock): boolean {
  if (externalLinksIn(facts, block).length) return true;
  if (hasRefMarker(block.text)) return true;
  const next = facts.blocks[block.index + 1];
  if (next && next.text.length < 400 && /^(?:source|sources|reference|references|citation|via)s?\s*:/i.test(next.text) && externalLinksIn(facts, next).length) return true;
  return false;
}

/**
 * True when the section holding `block` cites a source: the block itself, up to `back` blocks
 * before it and `ahead` blocks after it, without crossing a heading. Summary boxes restate findings
 * cited a few paragraphs earlier; topic sentences ("Some research suggests…") are followed by the
 * cited studies.
 */
export function sectionCites(facts: PageFacts, block: TextBlock, back = 8, ahead = 4): boolean {
  if (blockCites(facts, block)) return true;
  for (let i = block.index - 1, n = 0; i >= 0 && n < back; i--, n++) {
    const b = facts.blocks[i]!;
    if (b.heading || b.region !== block.region) break;
    if (blockCites(facts, b)) return true;
  }
  for (let i = block.index + 1, n = 0; i < facts.blocks.length && n < ahead; i++, n++) {
    const b = facts.blocks[i]!;
    if (b.heading || b.region !== block.region) break;
    if (blockCites(facts, b)) return true;
  }
  return false;
}

/** Health and medical words, for telling a health page or passage from a car review. */
export const HEALTH_WORDS =
  /\b(?:health\w*|diseases?|disorders?|conditions?|illness\w*|depress\w*|anxi\w*|pain|cancer\w*|diabet\w*|obes\w*|suicid\w*|overdos\w*|disabilit\w*|mental|patients?|diagnos\w*|prevalen\w*|symptoms?|chronic|deaths?|died|mortality|infect\w*|addict\w*|substance|alcohol\w*|opioids?|injur\w*|treat\w*|therap\w*|medic\w*|clinic\w*|hospital\w*|surg\w*|dental|dentist\w*|teeth|tooth|skin|sleep|stress|trauma|PTSD|migraines?|arthritis|heart|stroke|blood|doctors?|physicians?|nurses?|psychiatr\w*|infusions?|ketamine|esketamine|spravato|vitamins?|nutrition|diet\w*|weight|remission|relief|recovery|facials?|cosmetic\w*|aesthetic\w*|botox|fillers?|med\s?spa|wellness|IV|drips?|hydration)\b/i;

/**
 * The page is about health: a clinic page (detection), or a page whose title/H1 or content uses
 * health words densely. [ymyl] rules use this when forced onto pages that are not clinic pages.
 */
export function isHealthPage(facts: PageFacts, detection: { kind: string }): boolean {
  if (detection.kind !== 'other') return true;
  const cached = healthPageCache.get(facts);
  if (cached != null) return cached;
  let health = MEDICAL_WORDS.test(pageTopicText(facts));
  if (!health) {
    const text = contentText(facts);
    const words = text.split(/\s+/).length || 1;
    health = (text.match(MEDICAL_WORDS_G)?.length ?? 0) / words >= 0.012;
  }
  healthPageCache.set(facts, health);
  return health;
}

// Narrower than HEALTH_WORDS (no "heart", "stress", "weight"…): words that make a page medical.
const MEDICAL_WORDS_SRC =
  '\\b(?:health(?:care)?|medical|medicine|medications?|diseases?|disorders?|illness(?:es)?|depress(?:ion|ive)|anxiety|chronic\\s+pain|cancer|diabetes|patients?|diagnos\\w*|symptoms?|treatments?|therap(?:y|ies|ist)|clinic(?:s|al)?|doctors?|physicians?|nurses?|psychiatr\\w*|dental|dentist\\w*|surg(?:ery|eon|ical)|infusions?|ketamine|esketamine|spravato|prescri\\w*|side\\s+effects?|mental\\s+health)\\b';
const MEDICAL_WORDS = new RegExp(MEDICAL_WORDS_SRC, 'i');
const MEDICAL_WORDS_G = new RegExp(MEDICAL_WORDS_SRC, 'gi');
const healthPageCache = new WeakMap<PageFacts, boolean>();

/**
 * The words at hand are about health: the page is a clinic page, or the sentence or its block uses
 * health words. Keeps claims rules quiet on a car review or a novel forced through the audit.
 */
export function healthContext(facts: PageFacts, detection: { kind: string }, block: TextBlock, sentence: string): boolean {
  return detection.kind !== 'other' || HEALTH_WORDS.test(sentence) || HEALTH_WORDS.test(block.text) || isHealthPage(facts, detection);
}

/** First-person clinic voice ("we", "our", "us"). */
export const CLINIC_VOICE = /\b(?:we|we['’](?:re|ve|ll)|our|ours|us)\b/i;

/** The heading text that governs a block (nearest preceding heading), or ''. */
export function sectionHeading(facts: PageFacts, block: TextBlock): string {
  for (let i = block.index - 1; i >= 0; i--) {
    const b = facts.blocks[i]!;
    if (b.heading && b.heading >= 2) return b.text;
    if (b.heading === 1) return b.text;
  }
  return '';
}

/** The title and H1 text of the page (what the page is about). */
export function pageTopicText(facts: PageFacts): string {
  const h1 = facts.headings.filter((h) => h.level === 1).map((h) => h.text);
  const og = facts.meta['og:title'] ?? [];
  return [facts.title, ...h1, ...og].join(' \n ');
}

// ── assertions ─────────────────────────────────────────────────────────────────────────────────

export interface AssertOptions {
  /** a question is not a claim (default true) */
  skipQuestions?: boolean;
  /** words inside quotation marks are someone else's (default true) */
  skipQuoted?: boolean;
  /** negation window in words (default 6) */
  window?: number;
}

/**
 * True when sentence text[start…end) is asserted by the page: not negated ("is not FDA-approved"),
 * not reported or debunked ("beware of clinics that promise a cure"), not asked, not quoted.
 * Offsets are local to `sentence`.
 */
export function isAsserted(sentence: string, start: number, end: number, opts: AssertOptions = {}): boolean {
  if ((opts.skipQuestions ?? true) && isQuestion(sentence)) return false;
  if ((opts.skipQuoted ?? true) && insideQuotes(sentence, start)) return false;
  if (isNegated(sentence, start, end, { window: opts.window })) return false;
  if (isDistanced(sentence, start, end)) return false;
  return true;
}

/**
 * isAsserted for a sentence of a block, also treating quotation marks that open in an earlier
 * sentence of the block (a multi-sentence patient quote) as quoting. Offsets are local to `s`.
 */
export function assertedIn(block: TextBlock, s: Sentence, start: number, end: number, opts: AssertOptions = {}): boolean {
  if (!isAsserted(s.text, start, end, opts)) return false;
  if ((opts.skipQuoted ?? true) && insideQuotes(block.text, s.start + start)) return false;
  return true;
}

// Where a clause ends, looking forward from a claim word: "FDA-approved for use as an anesthetic,
// and it has been used that way since 1970" → the object is "for use as an anesthetic".
const CLAUSE_END = /[.;:!?)(\]]|—|–|\s-\s|,\s*(?:and|but|while|which|though|although|however|so|yet|whereas|because|since|where|when|including\s+(?:its|their)\s+use)\b|\s(?:but|while|whereas|although|though|however|unlike)\s|\boff[- ]?label\b|\bnot\s+(?:approved|FDA)/i;

/** The text after `from` up to the end of its clause (at most `max` characters). */
export function clauseAfter(text: string, from: number, max = 140): string {
  const rest = text.slice(from, from + max);
  const m = CLAUSE_END.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

// Where a clause starts, looking back from a claim word.
const CLAUSE_START = /[.;:!?]\s|—|–|\s-\s|,\s*(?:and|but|while|which|though|although|however|so|yet|whereas)\s|\s(?:but|while|whereas|although|though|however|unlike)\s/gi;

/** Offset where the clause holding `at` starts. */
export function clauseStart(text: string, at: number): number {
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_START.exec(text)) && m.index < at) start = m.index + m[0].length;
  return start;
}
