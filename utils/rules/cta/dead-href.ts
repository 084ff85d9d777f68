// CTA-003: a CTA-like link that goes nowhere: href missing, empty, "#", "#!", "#0" or "javascript:…"
// (onclick-only navigation included), or a "#fragment" whose target id is not on the page. A fragment
// that exists (href="#book" with a booking form id="book" further down) is fine.
import type { FindingDraft, PageFacts, Rule, RuleContext } from '../../types';
import { pageCtas, type DeadReason, type LinkCta } from '../../cta';

const WHAT: Record<DeadReason, string> = {
  missing: 'has no href at all',
  empty: 'has an empty href, so it reloads this page',
  hash: 'points to "#", which only jumps to the top of this page',
  javascript: 'has a javascript: href instead of an address',
  'no-target': 'points to an in-page anchor that does not exist on this page',
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

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const c of pageCtas(facts, ctx.config).links) {
    if (!c.dead) continue;
    const { link } = c;
    const name = (link.name || link.text).trim();
    const scripted = link.hasOnclick || link.role === 'button';
    // A "#" item in a menu is often a sub-menu parent: still not a link, but less certainly a dead CTA.
    const menu = c.dead === 'hash' && link.region === 'nav';
    const label = name ? `"${name.slice(0, 60)}"` : 'This';
    const where = scripted
      ? ' It only works through script: crawlers, keyboard users without the script, and "open in new tab" get nowhere.'
      : menu
        ? ' Tapping it does not take a patient anywhere (if it only opens a sub-menu, make it a <button>).'
        : ' Tapping it does not take a patient anywhere.';
    const href = target(c, facts, ctx);
    const fix =
      c.kind === 'book' && scripted
        ? `Give it a real address (<a href="${href}">${name || 'Book an appointment'}</a>), or make it a <button type="button"> if it opens a booking window.`
        : `Give it a real address: <a href="${href}">${name || '…'}</a>.`;
    out.push({
      element: link.element,
      excerpt: name || (link.href ?? ''),
      message: `The ${KIND[c.kind]} link ${label} ${WHAT[c.dead]}.${where}`,
      severity: scripted || menu ? 'warning' : 'error',
      fix,
      data: { href: link.href, reason: c.dead, onclick: link.hasOnclick, kind: c.kind },
    });
  }
  return out;
}

const rule: Rule = {
  id: 'cta/dead-href',
  category: 'cta',
  severity: 'error',
  catalog: 'CTA-003',
  title: 'Call-to-action link goes nowhere',
  description:
    'Finds booking, call and contact links whose href is missing, empty, "#", "#!" or "javascript:…" (onclick-only navigation), so tapping them does not reach a booking page, a phone or a form.',
  why:
    'A dead booking button is a lost patient. Lighthouse (crawlable-anchors) flags href="#" and javascript:void(0); Google can follow only <a> elements with a resolvable href; WCAG F42 (emulated links) and eslint-plugin-jsx-a11y anchor-is-valid treat script-only links as failures.',
  fix: 'Point the link at the booking page, scheduler, tel: number or contact form; use a <button> for controls that open a booking window.',
  helpUrl: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
  runsOn: 'clinic',
  check,
};

export default rule;
