import type { FindingDraft, LinkFact, Rule } from '../../types';
import { classifyLink, hasAccessibleName as hasName, isActionIcon, namelessIconRows, pageCtas, type LinkCta } from '../../cta';

/** Where a link goes, in a word: the site's name without "www." and its top-level domain ("facebook"). */
function placeName(href: string): string {
  try {
    const u = new URL(href, 'https://page.invalid/');
    if (u.hostname === 'page.invalid') return u.pathname.replace(/^\/+|\/+$/g, '') || 'this page';
    const host = u.hostname.replace(/^(?:www|m|api|web)\./, '');
    return host === 'wa.me' ? 'whatsapp' : host.split('.').slice(0, -1).join('.') || host;
  } catch {
    return href.slice(0, 40);
  }
}

/** An aria-label to show in the fix, for the first icon of the row. */
function exampleLabel(place: string): string {
  return /[./]/.test(place) ? `Go to ${place}` : `${place.charAt(0).toUpperCase()}${place.slice(1)}`;
}

/** Same destination, ignoring the fragment and a trailing slash. */
function target(link: LinkFact): string {
  const u = link.url ?? link.href ?? '';
  return u.replace(/#.*$/, '').replace(/\/$/, '').toLowerCase();
}

const rule: Rule = {
  id: 'links/empty-or-nameless',
  category: 'links',
  severity: 'warning',
  catalog: 'LNK-003',
  title: 'Link with no text or name',
  description:
    'Finds links with no text and no name a screen reader can read (no aria-label, aria-labelledby, image alt text or title), and neighbouring links with the same text that go to different places. Image links with good alt text pass. Icon-only call and booking links are reported by the call-to-action checks instead.',
  why:
    'Screen readers announce a link without a name as just "link" or read out its address, so blind visitors cannot tell where it goes. WCAG, the web accessibility standard, asks that every link\'s purpose be clear from its text and surroundings.',
  fix: 'Give the link visible text, or an aria-label that says where it goes (aria-label="Follow us on Instagram"), or alt text on its image. Give adjacent links with the same text distinct names.',
  helpUrl: 'https://w3.org/WAI/WCAG22/Techniques/html/H78',
  sources: [
    { title: 'W3C technique H78: a link\'s purpose from its text and its paragraph', url: 'https://w3.org/WAI/WCAG22/Techniques/html/H78' },
    { title: 'W3C: Understanding WCAG 2.4.4, Link Purpose (In Context)', url: 'https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html' },
  ],
  runsOn: 'any',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    const clinic = ctx.detection.kind !== 'other';
    // On a clinic page every link is classified anyway (the CTA rules share pageCtas); elsewhere only
    // the few nameless links are, and only calls and texts matter there.
    const ctaOf = (link: LinkFact): LinkCta | null => (clinic ? pageCtas(facts, ctx.config).byLink[link.index] ?? null : classifyLink(link, facts.url, [], facts.ids));
    // A row of unnamed icons (Facebook, Instagram, WhatsApp…) is one defect: one finding per row,
    // listing where the icons go. Header and footer repeat the same rows: one finding per href set.
    const iconRows = namelessIconRows(facts, ctaOf, clinic);
    const rows = new Map<number, LinkFact[]>();
    for (const link of facts.links) {
      if (link.tag !== 'a' || link.href == null || hasName(link) || link.row == null || !iconRows.has(link.row)) continue;
      rows.set(link.row, [...(rows.get(link.row) ?? []), link]);
    }
    const rowKeys = new Set<string>();
    for (const list of rows.values()) {
      const places = [...new Set(list.map((l) => placeName(l.href!)))];
      const key = places.join('|');
      if (rowKeys.has(key)) continue;
      rowKeys.add(key);
      out.push({
        element: list[0]!.element,
        excerpt: places.join(', '),
        message:
          places.length === 1
            ? `${list.length} links to ${places[0]} here have no text and no accessible name, so a screen reader announces each as just "link" or reads out its address.`
            : `${list.length} icon links here (${places.join(', ')}) have no text and no accessible name, so a screen reader announces each as just "link" or reads out its address.`,
        fix: `Give each icon link an aria-label that says where it goes, e.g. aria-label="${exampleLabel(places[0]!)}".`,
        data: { hrefs: list.map((l) => l.href), count: list.length },
      });
    }
    // Single links: icon rows repeat the same destination (header and footer): one finding per href.
    const byHref = new Map<string, FindingDraft & { data: { href: string | null; count: number } }>();
    for (const link of facts.links) {
      if (link.tag !== 'a' || link.href == null) continue;
      if (hasName(link)) continue;
      if (link.row != null && iconRows.has(link.row)) continue;
      // cta/accessible-name reports call, text and booking links (CTA-007).
      if (isActionIcon(ctaOf(link), clinic)) continue;
      const href = link.href.trim();
      const seen = byHref.get(href);
      if (seen) {
        seen.data.count++;
        continue;
      }
      const draft = {
        element: link.element,
        excerpt: href || '(empty href)',
        message: '',
        data: { href: link.href, count: 1 },
      };
      byHref.set(href, draft);
      out.push(draft);
    }
    for (const d of byHref.values()) {
      const href = d.data.href?.trim() || 'empty href';
      d.message =
        d.data.count > 1
          ? `${d.data.count} links to ${href} have no text and no accessible name, so a screen reader announces only "link" or the raw address.`
          : `This link (${href}) has no text and no accessible name, so a screen reader announces only "link" or the raw address.`;
      d.fix = `Give the link visible text, alt text on its image, or an aria-label that says where it goes: aria-label="${exampleLabel(placeName(href))}".`;
    }
    // Adjacent links with the same text and different destinations ("Read more" | "Read more").
    for (let i = 1; i < facts.links.length; i++) {
      const a = facts.links[i - 1]!;
      const b = facts.links[i]!;
      if (a.tag !== 'a' || b.tag !== 'a' || !a.url || !b.url) continue;
      if (a.block < 0 || b.block < 0 || b.block - a.block > 1) continue;
      const name = a.name.trim().toLowerCase();
      if (!name || name !== b.name.trim().toLowerCase() || !hasName(a)) continue;
      if (target(a) === target(b)) continue;
      // Only when nothing but the two links stands between them.
      if (a.block !== b.block) {
        const between = facts.blocks.slice(a.block + 1, b.block).some((x) => x.text && !x.spans.length);
        if (between) continue;
      }
      out.push({
        element: b.element,
        excerpt: b.name,
        message: `Two adjacent links are both called "${b.name}" but go to different places (${a.href} and ${b.href}), so their purpose cannot be told apart.`,
        severity: 'info',
        data: { hrefs: [a.href, b.href] },
      });
    }
    return out;
  },
};

export default rule;
