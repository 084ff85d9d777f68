// --sitemap URL|FILE: the page URLs a sitemap lists (sitemaps.org protocol), read with a real XML
// parser (jsdom's DOMParser: no external entities, no network). A sitemap index is followed to its
// sitemaps. Relative <loc>s resolve against the sitemap's own location; file: locations are
// accepted only from a local sitemap, so a remote sitemap cannot make the CLI read local files.
import { JSDOM } from 'jsdom';
import { InputError } from './errors';
import { loadText, type LoadOptions } from './load';

const MAX_URLS = 50_000; // the protocol's limit per sitemap file
const MAX_DEPTH = 2; // index → sitemap

let parser: DOMParser | null = null;
function xmlParser(): DOMParser {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser;
}

/** Child elements of `el` with this local name (any namespace: sitemaps in the wild omit it). */
function children(el: Element, localName: string): Element[] {
  return Array.from(el.children).filter((c) => c.localName === localName);
}

export interface ParsedSitemap {
  kind: 'urlset' | 'sitemapindex';
  /** <loc> values as written, trimmed */
  locs: string[];
}

/** Parses sitemap XML. Throws an InputError for anything that is not a urlset or sitemapindex. */
export function parseSitemap(xml: string, name: string): ParsedSitemap {
  const doc = xmlParser().parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName === 'parsererror') {
    const why = (root?.textContent ?? '').split('\n')[0]!.trim();
    throw new InputError(`${name}: not well-formed XML${why ? ` (${why})` : ''}`);
  }
  if (root.localName !== 'urlset' && root.localName !== 'sitemapindex') {
    throw new InputError(`${name}: not a sitemap (the root element is <${root.localName}>, expected <urlset> or <sitemapindex>)`);
  }
  const item = root.localName === 'urlset' ? 'url' : 'sitemap';
  const locs = children(root, item)
    .map((entry) => children(entry, 'loc')[0]?.textContent?.trim() ?? '')
    .filter(Boolean);
  return { kind: root.localName, locs };
}

/** Resolves a <loc> against the sitemap's URL, allowing file: only from a local sitemap. */
function resolveLoc(loc: string, base: URL, name: string): string {
  let url: URL;
  try {
    url = new URL(loc, base);
  } catch {
    throw new InputError(`${name}: <loc>${loc}</loc> is not a valid URL`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (url.protocol === 'file:' && base.protocol === 'file:') return url.href;
  throw new InputError(`${name}: <loc>${loc}</loc> is not allowed here (${url.protocol === 'file:' ? 'a remote sitemap cannot list local files' : `${url.protocol} URL`})`);
}

/** Every page URL listed by the sitemap at `input` (a file path, file: URL or http(s) URL), deduplicated, in order. */
export async function sitemapUrls(input: string, opts: Pick<LoadOptions, 'timeoutMs'> = {}): Promise<string[]> {
  const pages: string[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const visit = async (source: string, name: string, depth: number): Promise<void> => {
    const { text, url } = await loadText(source, { ...opts, gzip: true, kind: 'XML' });
    if (visited.has(url)) return;
    visited.add(url);
    const sitemap = parseSitemap(text, name);
    const base = new URL(url);
    for (const loc of sitemap.locs) {
      const href = resolveLoc(loc, base, name);
      if (sitemap.kind === 'sitemapindex') {
        if (depth >= MAX_DEPTH) throw new InputError(`${name}: sitemap indexes nested deeper than ${MAX_DEPTH} levels`);
        await visit(href, href, depth + 1);
      } else if (!seen.has(href)) {
        seen.add(href);
        pages.push(href);
        if (pages.length > MAX_URLS) throw new InputError(`${input}: lists more than ${MAX_URLS} pages`);
      }
    }
  };
  await visit(input, input, 1);
  if (!pages.length) throw new InputError(`${input}: the sitemap lists no pages (no <url><loc> entries)`);
  return pages;
}
