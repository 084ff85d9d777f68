import type { Region } from '../types';

// Template landmarks, from semantic tags and ARIA roles first, then the id/class names that
// div-based themes (WordPress, HTTrack mirrors, Bootstrap templates) use for the same parts.
const TAG_REGION: Record<string, Region> = {
  HEADER: 'header',
  FOOTER: 'footer',
  NAV: 'nav',
  ASIDE: 'aside',
  MAIN: 'main',
};
const ROLE_REGION: Record<string, Region> = {
  banner: 'header',
  contentinfo: 'footer',
  navigation: 'nav',
  complementary: 'aside',
  main: 'main',
};
const NAME_PATTERNS: Array<[RegExp, Region]> = [
  [/^(site-?|page-?|global-?|main-?)?footer(-?(wrap|area|inner|bottom|widgets|container))?$|^colophon$|^copyright$/, 'footer'],
  [/^(site-?|page-?|global-?|main-?)?header(-?(wrap|area|inner|top|container))?$|^masthead$|^top-?bar$|^top-?strip$|^topbar$/, 'header'],
  [/^(site-?|main-?|primary-?)?(nav|navbar|navigation|menu)(-?(wrap|bar|container))?$/, 'nav'],
  [/^(sidebar|side-?bar|widget-?area|secondary)$/, 'aside'],
];

/** The region an element opens, or null when it opens none. */
export function regionOf(el: Element): Region | null {
  // localName: XHTML served as XML keeps tag names lower case.
  const byTag = TAG_REGION[(el.localName ?? el.tagName).toUpperCase()];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role && ROLE_REGION[role]) return ROLE_REGION[role]!;
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.slice(0, 1024).toLowerCase().trim();
  if (!names) return null;
  for (const token of names.split(/\s+/)) {
    for (const [re, region] of NAME_PATTERNS) if (re.test(token)) return region;
  }
  return null;
}
