// CTA-007: icon-only call-to-action links (a phone icon in a tel: link, a calendar icon linking to the
// scheduler) with no accessible name. Visually hidden text (.sr-only), aria-label, aria-labelledby,
// img alt and title all count as a name (gather computes `name` from them).
import type { CountryCode } from 'libphonenumber-js/max';
import type { FindingDraft, PageFacts, Rule, RuleContext } from '../../types';
import { classifyLink, hasAccessibleName, isActionIcon, namelessIconRows, pageCtas, type LinkCta } from '../../cta';
import { normalizeHref } from '../../phone/normalize';


const KIND: Record<LinkCta['kind'], string> = {
  call: 'tap-to-call link',
  sms: 'text-message link',
  book: 'booking link',
  contact: 'contact link',
  email: 'e-mail link',
  form: 'form button',
};

function clinicName(facts: PageFacts): string | null {
  for (const e of facts.jsonLd) {
    if (e.types.some((t) => /Clinic|Dentist|Physician|Medical|Business|Organization|Spa|Hospital/.test(t))) {
      const name = e.data.name;
      if (typeof name === 'string' && name.trim() && name.length <= 60) return name.trim();
    }
  }
  return null;
}

function suggestion(c: LinkCta, facts: PageFacts, ctx: RuleContext): string {
  const who = clinicName(facts) ?? 'the clinic';
  if (c.kind === 'call' || c.kind === 'sms') {
    const n = normalizeHref(c.link.href, ctx.region as CountryCode);
    const shown = n?.parsed?.formatNational() ?? n?.href.number ?? '';
    const verb = c.kind === 'call' ? 'Call' : 'Text';
    return `Add aria-label="${verb} ${who}${shown ? ` at ${shown}` : ''}" to the link, or visible text / visually hidden text (.sr-only) inside it.`;
  }
  if (c.kind === 'book') return `Add aria-label="Book an appointment with ${who}" to the link, or visible / visually hidden text inside it.`;
  if (c.kind === 'email') return `Add aria-label="E-mail ${who}" to the link, or visible / visually hidden text inside it.`;
  return `Add aria-label="Contact ${who}" to the link, or visible / visually hidden text inside it.`;
}

/** Hrefs that can classify as a phone or text link: tel:, callto:, sms:, smsto:, whatsapp: and WhatsApp addresses. */
const PHONE_OR_TEXT_HREF = /^\s*(?:tel|callto|sms|smsto|whatsapp):|wa\.me|whatsapp\.com/i;

/**
 * The CTAs this rule looks at. On a clinic page: every classified link (pageCtas, shared with the
 * other CTA rules, which run there too). On any other page only phone and text links count, so only
 * the links whose href can be one are classified: pageCtas would parse every URL of the page for
 * this one 'any' rule (about 25 ms of a 150 ms audit on a large news or wiki page).
 */
function ctasOf(facts: PageFacts, ctx: RuleContext, clinic: boolean): LinkCta[] {
  if (clinic) return pageCtas(facts, ctx.config).links;
  const out: LinkCta[] = [];
  for (const link of facts.links) {
    if (!link.href || !PHONE_OR_TEXT_HREF.test(link.href)) continue;
    const c = classifyLink(link, facts.url);
    if (c) out.push(c);
  }
  return out;
}

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const clinic = ctx.detection.kind !== 'other';
  const ctas = ctasOf(facts, ctx, clinic);
  const byIndex = new Map(ctas.map((c) => [c.link.index, c]));
  // A WhatsApp icon among unnamed social icons is that row's defect (links/empty-or-nameless).
  const iconRows = namelessIconRows(facts, (link) => byIndex.get(link.index) ?? null, clinic);
  for (const c of ctas) {
    // Phone and text links anywhere (an objective defect); booking links on clinic pages. Share buttons
    // (mailto:?subject=…, WhatsApp share) are not calls to action and are not classified as CTAs.
    if (!isActionIcon(c, clinic)) continue;
    if (hasAccessibleName({ name: c.link.name ?? '', text: '' })) continue;
    if (c.link.row != null && iconRows.has(c.link.row)) continue;
    const href = (c.link.href ?? '').trim();
    out.push({
      element: c.link.element,
      excerpt: href || c.link.tag,
      message: `This ${KIND[c.kind]} (${href || 'no href'}) has no accessible name: a screen reader announces only "link" or the raw address, so a blind patient cannot tell it calls or books.`,
      fix: suggestion(c, facts, ctx),
      data: { href: c.link.href, kind: c.kind },
    });
  }
  return out;
}

const rule: Rule = {
  id: 'cta/accessible-name',
  category: 'cta',
  severity: 'warning',
  catalog: 'CTA-007',
  title: 'Icon-only call or booking link has no name for screen readers',
  description:
    'Finds phone, text-message and WhatsApp links (any page) and booking links (clinic pages) that have no name a screen reader can read: an icon with no text, no aria-label or aria-labelledby, no image alt text and no title.',
  why:
    'Every link needs a name, or screen readers announce it as just "link" or read out its address. A phone icon tells a sighted reader "call"; it tells a blind patient nothing (WCAG, the web accessibility standard, 2.4.4 and 4.1.2).',
  fix: 'Give the link a name: aria-label="Call Example Clinic at (949) 945-0927", or visually hidden text inside the link.',
  helpUrl: 'https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA8',
  sources: [
    { title: 'W3C technique ARIA8: naming a link with aria-label', url: 'https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA8' },
    { title: 'W3C: Understanding WCAG 2.4.4, Link Purpose (In Context)', url: 'https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
