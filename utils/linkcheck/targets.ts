// Which of a page's links the link checker looks at, and as what (runs in the content script on
// gathered facts; pure apart from computing each link's selector, as the report builder does).
//
//   cta       booking and contact links and buttons with a real address, anywhere on the page
//             (header and footer buttons included: a broken "Book now" in the header is the worst kind)
//   citation  links in the main content to another site (sources, references), share buttons and
//             social profiles excepted
//   link      links in the main content to the page's own site
//
// Menus, footers and sidebars are template links, the same on every page: they are left out (they
// would use up the per-run cap on every page). Links that are not http(s) are listed anyway; the
// checker skips them (and reports them as skipped), so nothing here decides what is fetched.
import type { Config, LinkFact, PageFacts } from '../types';
import { pageCtas } from '../cta';
import { cssSelector } from '../gather/selector';
import { cleanText, clip } from '../text/normalize';
import { MAX_TARGETS, type LinkTarget } from './check-links';

// Share buttons and social profiles: not sources, and they answer automated checks with login walls.
const SOCIAL =
  /(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|pinterest\.com|tiktok\.com|threads\.net|reddit\.com|wa\.me|whatsapp\.com|t\.me|addtoany\.com|sharethis\.com)$/i;

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const sameSite = (a: string, b: string) => !!a && !!b && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));

function selectorOf(link: LinkFact): string | null {
  try {
    return cssSelector(link.element);
  } catch {
    return null;
  }
}

/** The links to check on a page, in document order. */
export function linkTargets(facts: PageFacts, config?: Pick<Config, 'profile'> | null): LinkTarget[] {
  const ctas = pageCtas(facts, config);
  const own = hostOf(facts.url);
  // Pages without a recognised content root: everything that is not navigation, header or footer.
  const anyInContent = facts.links.some((l) => l.inContent);
  const inBody = (l: LinkFact) => l.region !== 'nav' && (anyInContent ? l.inContent : l.region === 'main' || l.region === 'other');
  const out: LinkTarget[] = [];
  for (const link of facts.links) {
    if (out.length >= MAX_TARGETS) break;
    if (!link.url || (link.tag !== 'a' && link.tag !== 'area')) continue;
    const cta = ctas.byLink[link.index];
    let kind: LinkTarget['kind'] | null = null;
    if (cta && !cta.dead && (cta.kind === 'book' || cta.kind === 'contact')) kind = 'cta';
    else if (inBody(link)) {
      const host = hostOf(link.url);
      if (!host || !/^https?:/i.test(link.url)) kind = 'link'; // tel:, mailto:… (skipped by the checker)
      else if (sameSite(host, own)) kind = 'link';
      else if (!SOCIAL.test(host)) kind = 'citation';
    }
    if (!kind) continue;
    const name = cleanText(link.name || link.text);
    const block = link.block >= 0 ? facts.blocks[link.block] : undefined;
    out.push({
      url: link.url,
      kind,
      selector: selectorOf(link),
      excerpt: clip(name || (link.href ?? link.url), 200),
      ...(block?.text ? { context: clip(block.text, 300) } : {}),
      ...(kind === 'cta' && cta ? { cta: cta.kind } : {}),
    });
  }
  return out;
}
