// CTA-003: a CTA-like link that goes nowhere: href missing, empty, "#", "#!", "#0" or "javascript:…"
// (onclick-only navigation included), or a "#fragment" whose target id is not on the page. A fragment
// that exists (href="#book" with a booking form id="book" further down) is fine. CTA-like means a
// booking, call or contact link (classify.ts), or any other link whose name starts with an action verb
// ("Submit a referral online", "Pay your bill", "Register for the seminar": cta/action.ts).
import type { FindingDraft, LinkFact, PageFacts, Rule, RuleContext } from '../../types';
import { deadActionLinks, pageCtas, type DeadReason, type LinkCta } from '../../cta';

const WHAT: Record<DeadReason, string> = {
  missing: 'has no href at all',
  empty: 'has an empty href, so it reloads this page',
  hash: 'points to "#", which only jumps to the top of this page',
  javascript: 'has a javascript: href instead of an address',
  'no-target': 'points to an in-page anchor that does not exist on this page',
  'vendor-home': "points to the booking service's own home page, not to this practice's booking page",
};

const KIND: Record<LinkCta['kind'], string> = {
  book: 'booking',
  call: 'call',
  sms: 'text-message',
  contact: 'contact',
  email: 'e-mail',
  form: 'form',
};

function target(c: LinkCta, facts: PageFacts, ctx: RuleContext): string {
  const ctas = pageCtas(facts, ctx.config);
  const same = ctas.links.find((x) => !x.dead && x.kind === c.kind && x.link.url && /^(?:https?|tel|sms):/i.test(x.link.href ?? x.link.url));
  if (same) return (same.link.href ?? same.link.url)!.trim();
  return c.kind === 'call' ? 'tel:+1…' : c.kind === 'contact' ? '/contact' : '/book';
}

function draft(link: LinkFact, dead: DeadReason, kind: LinkCta['kind'] | 'action', href: string | null): FindingDraft {
  const name = (link.name || link.text).trim();
  const scripted = link.hasOnclick || link.role === 'button';
  // A "#" item in a menu is often a sub-menu parent: still not a link, but less certainly a dead CTA.
  const menu = dead === 'hash' && link.region === 'nav';
  const label = name ? `"${name.slice(0, 60)}"` : 'This';
  const where = dead === 'vendor-home'
    ? ' A patient who taps it lands on the vendor\'s site and cannot book this practice there.'
    : scripted
    ? ' It only works through script: crawlers, keyboard users without the script, and "open in new tab" get nowhere.'
    : menu
      ? ' Tapping it does not take a patient anywhere (if it only opens a sub-menu, make it a <button>).'
      : ' Tapping it does not take a patient anywhere.';
  const fix =
    kind === 'action'
      ? `Point it at the page, form or file it stands for (<a href="/…">${name || '…'}</a>), or make it a <button> if a script submits a form or opens a window in the page.`
      : kind === 'book' && scripted
        ? `Give it a real address (<a href="${href}">${name || 'Book an appointment'}</a>), or make it a <button type="button"> if it opens a booking window.`
        : `Give it a real address: <a href="${href}">${name || '…'}</a>.`;
  return {
    element: link.element,
    excerpt: name || (link.href ?? ''),
    message: `The ${kind === 'action' ? 'call-to-action' : KIND[kind]} link ${label} ${WHAT[dead]}.${where}`,
    // Booking, call and contact links are the page's main CTAs: dead, they are errors. Other action
    // links ("Submit", "Pay your bill") are often wired to a script the facts cannot see: warnings.
    severity: scripted || menu || kind === 'action' ? 'warning' : 'error',
    fix,
    data: { href: link.href, reason: dead, onclick: link.hasOnclick, kind },
  };
}

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const out: Array<{ at: number; draft: FindingDraft }> = [];
  for (const c of pageCtas(facts, ctx.config).links) {
    if (!c.dead) continue;
    out.push({ at: c.link.index, draft: draft(c.link, c.dead, c.kind, target(c, facts, ctx)) });
  }
  // Other action links ("Submit a referral online") with a dead href.
  for (const a of deadActionLinks(facts, ctx.config)) out.push({ at: a.link.index, draft: draft(a.link, a.dead, 'action', null) });
  return out.sort((x, y) => x.at - y.at).map((x) => x.draft);
}

const rule: Rule = {
  id: 'cta/dead-href',
  category: 'cta',
  severity: 'error',
  catalog: 'CTA-003',
  title: 'Call-to-action link goes nowhere',
  description:
    'Finds booking, call and contact links, and other action links ("Submit a referral online", "Pay your bill"), whose address is missing, empty, "#", "#!", "javascript:…" (the link only works through a script, if at all) or a jump to a spot on the page that does not exist, so tapping them does not reach a booking page, a phone or a form.',
  why:
    'A dead booking button is a lost patient. Google can follow only links with a real address, not "#" or "javascript:" links, and the web accessibility standard (WCAG) counts fake links made with scripts as a failure, because keyboard and screen-reader users often cannot use them.',
  fix: 'Point the link at the booking page, scheduler, phone number (tel:) or contact form; use a <button> for controls that open a booking window.',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
  sources: [
    { title: 'Google: Make your links crawlable (real addresses and descriptive link text)', url: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable' },
    { title: 'W3C failure F42: fake links made with scripts instead of real links', url: 'https://w3.org/TR/WCAG20-TECHS/F42.html' },
    { title: 'Accessibility lint rule: why href="#" and javascript: links are not real links', url: 'https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/main/docs/rules/anchor-is-valid.md' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
