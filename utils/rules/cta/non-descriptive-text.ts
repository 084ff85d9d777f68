// CTA-005: CTA or content link whose whole text is generic ("click here", "learn more", "read more"…),
// Lighthouse's link-text list, matched on the whole trimmed text as Lighthouse does ("Learn more about
// Spravato" passes).
//
// Scope, so the rule speaks about calls to action and the article's own prose, not template chrome:
//  - any link that is a CTA (booking, tel:, contact…), wherever it sits ("To book, click here.");
//  - links inside the content's sentences ("For dosing details, click here.").
// Stand-alone "Read more" teasers of related-post cards and sidebars are left alone.
import type { FindingDraft, LinkFact, PageFacts, Rule, RuleContext } from '../../types';
import { inBody, isNonDescriptive, pageCtas } from '../../cta';
import { parseUrl } from '../../text/url';

/** How much more text than the link itself its block needs for the link to sit in a sentence. */
const PROSE_EXTRA = 25;

function samePage(link: LinkFact, pageUrl: string): boolean {
  const a = parseUrl(link.url);
  const b = parseUrl(pageUrl);
  return !!a && !!b && a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const ctas = pageCtas(facts, ctx.config);
  const out: FindingDraft[] = [];
  for (const link of facts.links) {
    if (link.tag !== 'a' && link.tag !== 'area') continue;
    if (link.text.length > 40 || !isNonDescriptive(link.text, facts.lang)) continue;
    const href = (link.href ?? '').trim().toLowerCase();
    if (!href || link.rel.split(/\s+/).includes('nofollow')) continue;
    if (href.startsWith('javascript:') || href.startsWith('mailto:') || samePage(link, facts.url)) continue;
    // An aria-label that says where the link goes gives it a descriptive accessible name.
    if (link.name && link.name !== link.text && !isNonDescriptive(link.name, facts.lang) && link.name.split(/\s+/).length >= 2) continue;
    const cta = ctas.byLink[link.index];
    const block = link.block >= 0 ? facts.blocks[link.block] : undefined;
    const inProse = !!block && inBody(link, facts) && !block.heading && block.text.length - link.text.length >= PROSE_EXTRA;
    if (!cta && !inProse) continue;
    const what = cta ? (cta.kind === 'book' ? 'booking link' : cta.kind === 'call' ? 'call link' : 'call-to-action link') : 'link';
    out.push({
      element: link.element,
      excerpt: link.text,
      message: `The ${what} text "${link.text}" does not say what happens when it is clicked; out of context (screen-reader link lists, scanning readers, search engines) it means nothing.`,
      fix: cta?.kind === 'book'
        ? `Name the action: e.g. "Book a consultation" instead of "${link.text}".`
        : cta?.kind === 'call'
          ? `Show the action and the number: e.g. "Call (…) …-…" instead of "${link.text}".`
          : `Describe the destination in the link text itself: e.g. "Read our guide to ketamine aftercare" instead of "${link.text}".`,
      data: { href: link.href, cta: cta?.kind ?? null },
    });
  }
  return out;
}

const rule: Rule = {
  id: 'cta/non-descriptive-text',
  category: 'cta',
  severity: 'warning',
  catalog: 'CTA-005',
  title: 'Call-to-action or link text is not descriptive',
  description:
    'Finds calls to action and links in the page text whose whole text is generic: "click here", "here", "learn more", "read more", "more", "more info", "go", "start", "this" and similar words.',
  why:
    'Google\'s guidance for Chrome page audits flags exactly these words, and WCAG, the web accessibility standard, asks that a link\'s purpose be clear. People scan pages for link text, and screen-reader users browse lists of links out of context: "Book a ketamine consultation" tells a patient what happens; "click here" does not.',
  fix: 'Put the action or destination in the link text itself ("Book a consultation", "Read our ketamine aftercare guide").',
  helpUrl: 'https://developer.chrome.com/docs/lighthouse/seo/link-text/',
  sources: [
    { title: 'Chrome for Developers: links that do not have descriptive text', url: 'https://developer.chrome.com/docs/lighthouse/seo/link-text/' },
    { title: 'W3C: Understanding WCAG 2.4.4, Link Purpose (In Context)', url: 'https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html' },
    { title: 'Google: Make your links crawlable (real addresses and descriptive link text)', url: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
