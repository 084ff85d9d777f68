// CTA text that a reader cannot act on (rule catalog §4, CTA-002 steps 2–3): a call to action written
// in the content ("book an appointment online anytime") that is neither a link/control itself nor
// has a linked twin with the same intent in its block, in the blocks right around it (a paragraph
// followed by its button) or in a sticky bar (browser only, from the layout hook).
//
// Shared by CTA-001 (a body with unlinked CTA text is reported there, not as "no CTA at all"),
// CTA-002 and CTA-006. Cached per facts object.
import { ctaVocabularies, factsLanguages } from '../locale';
import type { CountryCode } from 'libphonenumber-js/max';
import type { PageFacts, RuleContext, TextBlock } from '../types';
import { pageCtas, type CtaKind, type LinkCta, type PageCtas } from './classify';
import { findCtaPhrases, sentenceAround, type CtaPhrase } from './text';
import { inBodyZone } from './body';

export interface UnlinkedCta {
  block: TextBlock;
  /** the block's CTA phrases that no link or twin satisfies, in text order */
  phrases: CtaPhrase[];
}

/** What answers a written CTA: its own link, a twin nearby, a sticky bar, or (weak CTAs) the template. */
export type PhraseStatus = 'linked' | 'twin' | 'form' | 'sticky' | 'template' | 'alternative' | 'open';

export interface BlockCtaText {
  block: TextBlock;
  phrases: Array<{ phrase: CtaPhrase; status: PhraseStatus }>;
}

/**
 * How far a twin may sit from the CTA text, in blocks: a little before it (a lead-in button), more
 * after it (a paragraph followed by its button, a contact card, a form's submit button). Never across
 * a section heading (h1–h3) going forward unless the heading is a call to action itself, nor across
 * any heading going back.
 */
const BEFORE = 2;
const AFTER = 10;
const SECTION_HEADING = 3;
/** Blocks this short are labels and titles ("Contact Us", "Request your appointment."), not prose. */
const MIN_WORDS = 5;
const FORM_MENTION = /\b(?:the )?(?:form|fields?)\s+(?:below|above|on this page)\b|\bfill (?:out|in) (?:the|our|this)\b/i;

/** What a button or submit input says when it sends, books or contacts. */
const ACTION_CONTROL = /\b(?:send|submit|request|book|booking|schedule|reserve|make|contact|enquire|inquire|enquiry|inquiry|message|call|apply|register|sign\s?up|get\s+started|continue|next|confirm|appointment|consult(?:ation)?)\b/i;

/** Kinds of link that act on a phrase's intent. */
export function satisfies(phrase: Pick<CtaPhrase, 'intent' | 'online'>, kind: CtaKind): boolean {
  switch (phrase.intent) {
    case 'call':
      return kind === 'call' || kind === 'sms';
    case 'book':
      return phrase.online ? kind === 'book' || kind === 'form' : kind === 'book' || kind === 'form' || kind === 'call' || kind === 'sms';
    case 'contact':
      return true;
  }
}

/** Is the phrase itself (or the number it names) inside a link or control? */
function isLinked(block: TextBlock, phrase: CtaPhrase, ctas: PageCtas): boolean {
  const len = Math.max(1, phrase.end - phrase.start);
  for (const span of block.spans) {
    const s = Math.max(span.start, phrase.start);
    const e = Math.min(span.end, phrase.end);
    if (e > s) {
      if (span.link < 0) return true;
      if (ctas.byLink[span.link]) return true;
      if ((e - s) / len >= 0.5) return true;
    }
    // "<a>Click here</a> to book an appointment": the link before the phrase performs it.
    if (span.end <= phrase.start && /^\s*to\s*$/i.test(block.text.slice(span.end, phrase.start))) return true;
  }
  return false;
}

interface Neighbourhood {
  kinds: Set<CtaKind>;
}

function neighbourhood(facts: PageFacts, blockIndex: number, linksByBlock: Map<number, LinkCta[]>, controlsByBlock: Set<number>): Neighbourhood {
  const kinds = new Set<CtaKind>();
  const take = (i: number) => {
    for (const c of linksByBlock.get(i) ?? []) kinds.add(c.kind);
    if (controlsByBlock.has(i)) kinds.add('form');
  };
  take(blockIndex);
  // A sidebar's CTA text is answered within the sidebar; content text within the body zone.
  const aside = facts.blocks[blockIndex]!.region === 'aside' && !facts.blocks[blockIndex]!.inContent;
  const zone = (b: TextBlock, i: number) => (aside ? b.region === 'aside' : inBodyZone(facts, i, b.region, b.inContent));
  for (let i = blockIndex - 1, n = 0; i >= 0 && n < BEFORE; i--, n++) {
    const b = facts.blocks[i]!;
    if (!zone(b, i) || b.heading) break;
    take(i);
  }
  for (let i = blockIndex + 1, n = 0; i < facts.blocks.length && n < AFTER; i++, n++) {
    const b = facts.blocks[i]!;
    // A heading that is itself a call to action ("Ready to book?") heads the box that answers the text.
    const ctaHeading = b.heading && b.text.split(/\s+/).length <= 6 && ACTION_CONTROL.test(b.text);
    if (!zone(b, i) || (b.heading && b.heading <= SECTION_HEADING && !ctaHeading)) break;
    take(i);
  }
  return { kinds };
}

/** A weak CTA names no number and no online path ("Call us today", "contact us", "book an
 * appointment"): any matching CTA of the page answers it, header and footer included. */
export function isWeak(p: CtaPhrase): boolean {
  return p.intent === 'contact' || (p.intent === 'call' && !p.phone) || (p.intent === 'book' && !p.online && !p.phone);
}

/** A CTA elsewhere on the page (header, footer) answers a weak phrase only with the same intent: a
 * booking call needs a booking link or form somewhere, a phone link beside it is not enough
 * (catalog: "a link or button with the same intent"). */
function answersFromTemplate(p: CtaPhrase, kind: CtaKind): boolean {
  return isWeak(p) && satisfies(p, kind) && (p.intent !== 'book' || kind === 'book' || kind === 'form');
}

const cache = new WeakMap<PageFacts, { key: string; result: BlockCtaText[] }>();

/** Every written CTA of the content, block by block, with what answers it. */
export function ctaTextInContent(facts: PageFacts, ctx: Pick<RuleContext, 'config' | 'region'>): BlockCtaText[] {
  const key = `${ctx.region}|${(ctx.config.profile.bookingUrlPatterns ?? []).join('\u0000')}`;
  const hit = cache.get(facts);
  if (hit && hit.key === key) return hit.result;

  const ctas = pageCtas(facts, ctx.config);
  const linksByBlock = new Map<number, LinkCta[]>();
  for (const c of ctas.links) {
    if (c.link.block < 0) continue;
    const list = linksByBlock.get(c.link.block) ?? [];
    list.push(c);
    linksByBlock.set(c.link.block, list);
  }
  // Buttons and submit inputs next to CTA text (a form's "Send", a modal's "Request"): the action.
  const controlsByBlock = new Set<number>();
  // Only controls that say they act ("Send", "Request", "Book"): a "Like" or "Share" button in the
  // article is not the twin of "book an appointment online".
  for (const link of facts.links) if (link.tag !== 'a' && link.tag !== 'area' && link.block >= 0 && ACTION_CONTROL.test(link.name || link.text)) controlsByBlock.add(link.block);
  const contentForm = ctas.forms.some((f) => f.form.inContent);
  // a dead link answers nothing (it is reported on its own)
  const pageKinds = new Set<CtaKind>(ctas.links.filter((c) => !c.dead).map((c) => c.kind));
  if (ctas.forms.length) pageKinds.add('form');
  if (ctas.schedulers.length) pageKinds.add('book');

  let sticky: Set<CtaKind> | null = null;
  const stickyKinds = (): Set<CtaKind> => {
    if (sticky) return sticky;
    sticky = new Set();
    const layout = facts.layout;
    for (const c of ctas.links) {
      if (c.dead) continue;
      if (layout) {
        const box = layout.box(c.link.element);
        if (box.fixed && box.visible) sticky.add(c.kind);
      } else if (c.link.pinned) {
        // no layout (CLI, tests): the markup's own sticky/fixed bar names
        sticky.add(c.kind);
      }
    }
    return sticky;
  };

  const result: BlockCtaText[] = [];
  const words = ctaVocabularies(factsLanguages(facts));
  for (const block of facts.blocks) {
    // The content and the sidebars: written CTAs in the header, menu or footer are template labels.
    if (!(block.inContent || block.region === 'aside') || block.heading || block.quoted || block.text.length < 8) continue;
    const phrases = findCtaPhrases(block.text, ctx.region as CountryCode, words);
    if (!phrases.length) continue;
    if (block.text.split(' ').length < MIN_WORDS && !phrases.some((p) => p.phone)) continue;
    let near: Neighbourhood | null = null;
    const out: BlockCtaText['phrases'] = [];
    for (const p of phrases) {
      let status: PhraseStatus = 'open';
      if (isLinked(block, p, ctas)) status = 'linked';
      else {
        near ??= neighbourhood(facts, block.index, linksByBlock, controlsByBlock);
        if ([...near.kinds].some((k) => satisfies(p, k))) status = 'twin';
        else if (p.intent !== 'call' && contentForm && FORM_MENTION.test(sentenceText(block.text, p))) status = 'form';
        else if ([...stickyKinds()].some((k) => satisfies(p, k))) status = 'sticky';
        else if ([...pageKinds].some((k) => answersFromTemplate(p, k))) status = 'template';
      }
      out.push({ phrase: p, status });
    }
    // "Book online through our appointment page or call us at <a href=tel:…>": alternatives joined by
    // "or" in one sentence are one call to action; one that can be acted on answers the other.
    for (const x of out) {
      if (x.status !== 'open') continue;
      // An online promise still needs an online way somewhere on the page.
      const possible = isWeak(x.phrase) || [...pageKinds].some((k) => satisfies(x.phrase, k));
      const alt = possible && out.find((y) => y !== x && (y.status === 'linked' || y.status === 'twin') && orBetween(block.text, x.phrase, y.phrase));
      if (alt) x.status = 'alternative';
    }
    result.push({ block, phrases: out });
  }
  cache.set(facts, { key, result });
  return result;
}

/** The two phrases sit in one sentence with "or" between them and no sentence end. */
function orBetween(text: string, a: CtaPhrase, b: CtaPhrase): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const gap = text.slice(first.end, second.start);
  return gap.length <= 80 && /\bor\b/i.test(gap) && !/[.!?;]/.test(gap);
}

function sentenceText(text: string, p: CtaPhrase): string {
  const s = sentenceAround(text, p.start, p.end);
  return text.slice(s.start, s.end);
}

/** Blocks of the content whose written call to action has nothing to click. */
export function unlinkedCtas(facts: PageFacts, ctx: Pick<RuleContext, 'config' | 'region'>): UnlinkedCta[] {
  const out: UnlinkedCta[] = [];
  for (const b of ctaTextInContent(facts, ctx)) {
    const open = b.phrases.filter((x) => x.status === 'open').map((x) => x.phrase);
    if (open.length) out.push({ block: b.block, phrases: open });
  }
  return out;
}

// Booking by phone ("Schedule your visit today by calling …"): the sentence's verb asks the reader to
// book, and the number is only the way to do it. "Call us at … to schedule" asks them to call.
const BOOKING_LEAD = /^(?:book|schedule|request|make|reserve|set up|arrange)\b/i;

/** A call phrase led by a booking verb. */
function books(p: CtaPhrase): boolean {
  return BOOKING_LEAD.test(p.text.trim());
}

/**
 * A call phrase ("Call us at …", "Give us a call at …") whose problem is its number: a valid number
 * in plain text (phone/unlinked-number's finding, which quotes the phrase) or a placeholder such as
 * 555-0123 (phone/placeholder-number's: a link would not help). cta/text-not-actionable skips it.
 */
export function numberIsTheDefect(p: CtaPhrase): boolean {
  if (p.intent !== 'call' || !p.phone || p.phone.kind !== 'phone' || books(p)) return false;
  return (p.phone.valid && !!p.phone.e164) || !!p.phone.placeholder;
}

/** A booking phrase whose number is plain text: cta/text-not-actionable's, so phone/unlinked-number skips the number. */
export function bookingByNumber(p: CtaPhrase): boolean {
  return p.intent === 'call' && !!p.phone?.e164 && books(p);
}
