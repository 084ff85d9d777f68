// Links with no accessible name, and the rows of them: a footer's Facebook, Instagram and WhatsApp
// icons are one defect (a row of unnamed icons), reported once by links/empty-or-nameless rather than
// once per icon and once more by cta/accessible-name for the WhatsApp one.
import type { LinkFact, PageFacts } from '../types';
import type { LinkCta } from './classify';

const MEANINGFUL = /[\p{L}\p{N}]/u;
/** Text made only of private-use glyphs (icon fonts): no name at all for a screen reader. */
const ICON_FONT = /^[\uE000-\uF8FF\s]*$/u;

/** Does the link have a name a screen reader can say? */
export function hasAccessibleName(link: Pick<LinkFact, 'name' | 'text'>): boolean {
  const name = (link.name || link.text || '').trim();
  return !!name && MEANINGFUL.test(name) && !ICON_FONT.test(name);
}

/** A call, text or (on clinic pages) booking link: cta/accessible-name's when it stands alone. */
export function isActionIcon(cta: LinkCta | null, clinic: boolean): boolean {
  return !!cta && (cta.kind === 'call' || cta.kind === 'sms' || (cta.kind === 'book' && clinic)) && cta.via !== 'name' && cta.via !== 'button';
}

/**
 * Rows (LinkFact.row) holding two or more unnamed links of which at least one is not a call to
 * action: rows of social icons, reported as one finding by links/empty-or-nameless.
 */
export function namelessIconRows(facts: PageFacts, ctaOf: (link: LinkFact) => LinkCta | null, clinic: boolean): Set<number> {
  const count = new Map<number, { all: number; plain: number }>();
  for (const link of facts.links) {
    if (link.tag !== 'a' || link.href == null || link.row == null || link.row < 0 || hasAccessibleName(link)) continue;
    const c = count.get(link.row) ?? { all: 0, plain: 0 };
    c.all++;
    if (!isActionIcon(ctaOf(link), clinic)) c.plain++;
    count.set(link.row, c);
  }
  return new Set([...count].filter(([, c]) => c.all >= 2 && c.plain >= 1).map(([row]) => row));
}
