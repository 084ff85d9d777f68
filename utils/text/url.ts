// URL parsing, once per distinct string. Gather resolves every link against the page; the CTA
// classifier, the link rules and the retired-resource check then read the same URLs again. Parsing
// is one of the larger costs of an audit on link-heavy pages, so parsed URLs are shared through a
// small bounded cache. Callers must treat the URL objects as read-only (copy before changing one).

const MAX_ENTRIES = 4096;
const absolute = new Map<string, URL | null>();
const relative = new Map<string, URL | null>();

function remember(map: Map<string, URL | null>, key: string, value: URL | null): URL | null {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/** An absolute URL string parsed, or null when it is not one. */
export function parseUrl(s: string | null | undefined): URL | null {
  if (!s) return null;
  const hit = absolute.get(s);
  if (hit !== undefined) return hit;
  let u: URL | null = null;
  try {
    u = new URL(s);
  } catch {
    // not an absolute URL
  }
  return remember(absolute, s, u);
}

/** `href` resolved against `base` (either may be empty), or null when it does not parse. */
export function resolveUrl(href: string, base: string | null | undefined): URL | null {
  const key = `${base ?? ''}\n${href}`;
  const hit = relative.get(key);
  if (hit !== undefined) return hit;
  let u: URL | null = null;
  try {
    u = new URL(href, base || undefined);
  } catch {
    // unparseable
  }
  // the absolute form is what later readers ask for
  if (u && !absolute.has(u.href)) remember(absolute, u.href, u);
  return remember(relative, key, u);
}
