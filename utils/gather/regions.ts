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
  [/^(sidebar|side-?bar)(-?(left|right|primary|secondary|widgets?))?$|^(left|right)-?sidebar$|^widget-?area$|^secondary$/, 'aside'],
];

/** The region an element opens by its tag or ARIA role alone (the cheap half of regionOf). */
export function regionByTagOrRole(el: Element): Region | null {
  // localName: XHTML served as XML keeps tag names lower case.
  const byTag = TAG_REGION[(el.localName ?? el.tagName).toUpperCase()];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  return (role && ROLE_REGION[role]) || null;
}

/** The region an element opens, or null when it opens none. */
export function regionOf(el: Element): Region | null {
  const semantic = regionByTagOrRole(el);
  if (semantic) return semantic;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  if (!id && !cls) return null;
  // Class lists repeat across a page ("col-md-4", "menu-item menu-item-type-post"), so the answer
  // for an id + class string is memoised instead of splitting it and testing every token again.
  const key = `${id ?? ''} ${cls ?? ''}`.slice(0, 1024);
  const hit = BY_NAMES.get(key);
  if (hit !== undefined) return hit;
  let found: Region | null = null;
  const names = key.toLowerCase().trim();
  if (names) {
    outer: for (const token of names.split(/\s+/)) {
      for (const [re, region] of NAME_PATTERNS) {
        if (re.test(token)) {
          found = region;
          break outer;
        }
      }
    }
  }
  if (BY_NAMES.size >= 20_000) BY_NAMES.clear(); // bounded: a content script lives as long as its tab
  BY_NAMES.set(key, found);
  return found;
}

const BY_NAMES = new Map<string, Region | null>();
