import type { FindingDraft, Rule } from '../../types';
import { pageHost, sameSite } from '../../claims-lang/scan';
import { parseUrl } from '../../text/url';

function hostOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') ?? '';
}

const MAX_EXTERNAL = 5;

const rule: Rule = {
  id: 'links/insecure-http',
  category: 'links',
  severity: 'info',
  catalog: 'CTA-004',
  title: 'Unsecured (http:) link on a secure page',
  description:
    'On a secure (https:) page, finds links to unsecured http: addresses (each destination once) and forms that send over http:. Forms and links to the clinic\'s own site over http: are warnings; other outside http: links are suggestions.',
  why:
    'An http: link takes visitors from a secure page to one that browsers mark "Not secure", and a form sent over http: carries what the patient typed without encryption. On a booking or contact link, that warning is where patients turn back.',
  fix: 'Change the link to https:// (most sites, including government and journal sites, serve it), or to a relative link for your own pages.',
  helpUrl: 'https://docs.squirrelscan.com/rules',
  sources: [
    { title: 'Chromium blog: Chrome marks all http:// sites "Not secure" (2018)', url: 'https://blog.chromium.org/2018/02/a-secure-web-is-here-to-stay.html' },
    { title: 'Site-audit rule guide: site-audit rules, including broken links', url: 'https://docs.squirrelscan.com/rules' },
  ],
  runsOn: 'any',
  check(facts) {
    if (!/^https:/i.test(facts.url)) return [];
    const out: FindingDraft[] = [];
    const own = pageHost(facts);
    for (const f of facts.forms) {
      const action = (f.action ?? '').trim();
      if (!/^http:\/\//i.test(action)) continue;
      out.push({
        element: f.element,
        excerpt: action,
        severity: 'warning',
        message: `This form submits to ${action} over plain http, so what a patient types is sent unencrypted and the browser warns about it.`,
        data: { href: action, form: true },
      });
    }
    // One finding per destination host: a footer full of http links to one site is one fix.
    const byHost = new Map<string, FindingDraft & { data: { href: string; ownSite: boolean; count: number } }>();
    for (const l of facts.links) {
      const href = (l.href ?? '').trim();
      if (!/^http:\/\//i.test(href) || !l.url) continue;
      const host = hostOf(l.url);
      if (!host) continue;
      const known = byHost.get(host);
      if (known) {
        known.data.count++;
        continue;
      }
      const ownSite = sameSite(host, own);
      const draft = {
        element: l.element,
        excerpt: href,
        severity: ownSite ? ('warning' as const) : undefined,
        message: '',
        fix: `Use ${href.replace(/^http:/i, 'https:')}${ownSite ? ' or a relative link' : ''}.`,
        data: { href, ownSite, count: 1 },
      };
      byHost.set(host, draft);
      out.push(draft);
    }
    for (const [host, d] of byHost) {
      const more = d.data.count > 1 ? ` (and ${d.data.count - 1} more link${d.data.count > 2 ? 's' : ''} to ${host})` : '';
      d.message = d.data.ownSite
        ? `This link to the clinic's own site uses http: (${d.data.href})${more} on an https: page, so it drops visitors onto an insecure page or an extra redirect.`
        : `This link uses plain http: (${d.data.href})${more} on an https: page; browsers mark the destination "Not secure".`;
    }
    // Old pages link dozens of sites over http: report the first few sites, then one summary.
    const external = out.filter((d) => !(d.data as { form?: boolean; ownSite?: boolean }).form && !(d.data as { ownSite?: boolean }).ownSite);
    if (external.length > MAX_EXTERNAL) {
      const rest = external.slice(MAX_EXTERNAL);
      const restLinks = rest.reduce((n, d) => n + ((d.data as { count?: number }).count ?? 1), 0);
      const drop = new Set(rest);
      const kept = out.filter((d) => !drop.has(d));
      kept.push({
        scope: 'page',
        message: `${restLinks} more http: link${restLinks > 1 ? 's' : ''} to ${rest.length} other site${rest.length > 1 ? 's' : ''} on this https: page.`,
        excerpt: rest.map((d) => d.excerpt).slice(0, 5).join(' '),
        data: { hrefs: rest.map((d) => d.excerpt) },
      });
      return kept;
    }
    return out;
  },
};

export default rule;
