// Small helpers the phone rules share for messages and computed fixes.
import type { LinkFact } from '../types';

/** Escapes text for a suggested HTML snippet. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<a href="tel:+19499450927">949-945-0927</a>` */
export function telAnchor(e164: string, text: string, ext?: string | null): string {
  return `<a href="tel:${e164}${ext ? `;ext=${ext}` : ''}">${escapeHtml(text)}</a>`;
}

/** How a link is named in a message: its visible text, else its accessible name, else its href. */
export function linkLabel(link: LinkFact): string {
  const t = link.text || link.name;
  return t ? `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"` : 'an icon-only link';
}

/**
 * "The tel: link "Call us"", or "The icon-only tel: link" for a link with no text (linkLabel's
 * "an icon-only link" would read "The tel: link an icon-only link").
 */
export function theLink(kind: string, link: LinkFact): string {
  return link.text || link.name ? `The ${kind} link ${linkLabel(link)}` : `The icon-only ${kind} link`;
}

/** The href clipped for messages. */
export function hrefShown(href: string | null): string {
  const h = href ?? '';
  return h.length > 80 ? `${h.slice(0, 77)}…` : h;
}
