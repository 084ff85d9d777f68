// <meta> tags (name, property, itemprop, http-equiv), lower-cased keys, and the page language.
export function readMeta(doc: Document): { meta: Record<string, string[]>; lang: string } {
  const meta: Record<string, string[]> = {};
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '')
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (!key || content == null) continue;
    (meta[key] ??= []).push(content.trim());
  }
  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    doc.documentElement?.getAttribute('xml:lang')?.trim() ||
    meta['content-language']?.[0] ||
    meta['og:locale']?.[0]?.replace('_', '-') ||
    '';
  return { meta, lang };
}
