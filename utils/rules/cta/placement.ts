// CTA-006: where the calls to action are. Needs layout, which only the browser supplies
// (`facts.layout`); in Node the rule returns nothing.
//  - No visible CTA above the fold (box top within the first viewport, or fixed/sticky) → warning.
//  - A clinic article with no CTA in its closing part (its last three paragraphs, or after the content
//    and before the footer/sidebar) → info.
// Pages with no CTA at all are CTA-001's; written CTAs without links are CTA-002's.
import type { FindingDraft, PageFacts, Rule, RuleContext } from '../../types';
import { inBody, isActionable, pageCtas, unlinkedCtas, type LinkCta } from '../../cta';

/** How many closing paragraphs count as "the end of the article". */
const CLOSING_PARAGRAPHS = 3;

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const layout = facts.layout;
  if (!layout) return [];
  const ctas = pageCtas(facts, ctx.config);
  const candidates: LinkCta[] = ctas.links.filter((c) => isActionable(c) && !c.dead);
  const formEls = ctas.forms.map((f) => f.form.element);
  if (!candidates.length && !formEls.length) return [];

  const out: FindingDraft[] = [];
  const visible = new Map<LinkCta, boolean>();
  let aboveFold = false;
  for (const c of candidates) {
    const box = layout.box(c.link.element);
    visible.set(c, box.visible);
    if (box.visible && (box.fixed || box.top < layout.viewportHeight)) aboveFold = true;
  }
  if (!aboveFold) {
    for (const el of formEls) {
      const box = layout.box(el);
      if (box.visible && (box.fixed || box.top < layout.viewportHeight)) aboveFold = true;
    }
  }
  if (!aboveFold) {
    out.push({
      scope: 'page',
      severity: 'warning',
      message: `No call to action is visible in the first screen (${layout.viewportHeight}px high): a reader has to scroll before finding a way to call or book.`,
      fix: 'Put a tap-to-call link and a "Book an appointment" button in the header or a sticky bar, so one is always in the first screen.',
      data: { viewportHeight: layout.viewportHeight },
    });
  }

  if (ctx.detection.isArticle) {
    const paragraphs = facts.blocks.filter((b) => b.inContent && !b.heading && !b.quoted && b.text.length >= 40);
    if (paragraphs.length >= CLOSING_PARAGRAPHS) {
      const zoneStart = paragraphs[paragraphs.length - CLOSING_PARAGRAPHS]!.index;
      const closing = candidates.some((c) => visible.get(c) && c.link.block >= zoneStart && inBody(c.link, facts));
      // Buttons after the last paragraphs (a form's "Request appointment") close the article too.
      const closingControl = facts.links.some(
        (l) => l.tag !== 'a' && l.tag !== 'area' && l.block >= zoneStart && inBody(l, facts) && ctas.byLink[l.index] != null,
      );
      const reported = unlinkedCtas(facts, ctx).some((u) => u.block.index >= zoneStart);
      if (!closing && !closingControl && !reported) {
        // Points at the last paragraph: where the closing call to action belongs.
        const last = paragraphs[paragraphs.length - 1]!;
        out.push({
          element: last.element,
          excerpt: last.text,
          severity: 'info',
          message: 'The article ends without a call to action: nothing in its last paragraphs (or right after them) links to booking or a phone number, where a reader who finished the article decides.',
          fix: 'Close the article with a contextual call to action: "Call us at <a href="tel:+1…">…</a> or <a href="/book">book a consultation online</a>."',
          data: { zoneStart },
        });
      }
    }
  }
  return out;
}

const rule: Rule = {
  id: 'cta/placement',
  category: 'cta',
  severity: 'warning',
  catalog: 'CTA-006',
  title: 'Calls to action are out of sight',
  description:
    'In the browser only (it needs the page laid out on screen): finds pages with no visible call to action in the first screen (sticky bars count), and articles with no call to action at their end.',
  why:
    'Eye-tracking research by the Nielsen Norman Group (2018) found about 57% of viewing time is spent in the first screen and 74% in the first two, and advises to "keep major CTAs above the fold". HubSpot found end-of-post banners brought only about 6% of a post\'s leads, so calls to action inside and at the end of the text matter too.',
  fix: 'Keep a call to action in the header or a sticky bar, and close every article with a contextual one.',
  helpUrl: 'https://www.nngroup.com/articles/scrolling-and-attention/',
  sources: [
    { title: 'Nielsen Norman Group: Scrolling and attention (eye-tracking, 2018)', url: 'https://www.nngroup.com/articles/scrolling-and-attention/' },
    { title: 'HubSpot: study of calls to action in blog posts (anchor text vs. end-of-post banners)', url: 'https://blog.hubspot.com/marketing/blog-anchor-text-call-to-action-study' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
