// <meta> tags (name, property, itemprop, http-equiv), lower-cased keys, and the page language.
// Values are page content: each is cut to MAX_VALUE characters, the language tag to MAX_LANG.
const MAX_VALUE = 8_192;
const MAX_KEY = 256;
const MAX_LANG = 64;

/** `metas`: the page's <meta> elements when the caller has already collected them. */
export function readMeta(doc: Document, metas?: Element[]): { meta: Record<string, string[]>; lang: string } {
  // No prototype: a page's <meta name="__proto__"> or name="constructor" must not reach Object.prototype.
  const meta: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const m of metas ?? Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '')
      .slice(0, MAX_KEY)
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (!key || content == null) continue;
    (meta[key] ??= []).push(content.slice(0, MAX_VALUE).trim());
  }
  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    doc.documentElement?.getAttribute('xml:lang')?.trim() ||
    meta['content-language']?.[0] ||
    meta['og:locale']?.[0]?.replace('_', '-') ||
    '';
  return { meta, lang: lang.slice(0, MAX_LANG) };
}
