// Metadata of the link checker's two rules. They are not in the engine's registry (utils/rules):
// their facts come from the network, which the engine never touches, so no `check(facts)` can
// produce them. The opt-in link checker (background worker) turns its results into findings with
// these ids (findings.ts); `cliniclint rules` can list them next to the registry with `network: true`.
//
//   links/broken-link   LNK-001 (catalog §1G): citation and other in-content links that return
//                       4xx/5xx, whose host is dead, or that now redirect to a home page
//   cta/broken-target   CTA-004 (catalog §1E), the network half: a booking or contact destination
//                       that returns 4xx/5xx, is unreachable, or redirects to the home page. The
//                       static half of CTA-004 (localhost, staging, http:) is links/staging-or-localhost
//                       and links/insecure-http.
import type { RuleMeta } from '../types';
import type { RuleInfo } from '../messaging';

export interface NetworkRuleMeta extends RuleMeta {
  /** findings come from HTTP requests, only when the user turned the link checker on */
  network: true;
}

export const BROKEN_LINK_RULE: NetworkRuleMeta = {
  id: 'links/broken-link',
  category: 'links',
  severity: 'warning',
  catalog: 'LNK-001',
  title: 'Link is broken',
  description:
    'With the link checker turned on (Settings → Link checker), checks the page\'s source and in-content links over the network: a link that returns 404/410 or another 4xx, a server error (5xx), a host that does not resolve or refuses the connection, or a deep link that now redirects to the site\'s home page. Sites that refuse automated checks (401, 403, 429) are reported as "could not verify", at info level. Off by default; nothing is fetched until you turn it on.',
  why:
    'Health content needs sources that work: a citation link that ends on an error page cannot be checked by the reader, and the PIF TICK quality mark for health information asks for reliable, up-to-date evidence. One health publisher runs an automated test that "verifies that every citation URL still resolves".',
  fix: 'Find the page\'s current address (search its title on the publisher\'s site, or use an archived copy at web.archive.org) and update the link, or remove it.',
  helpUrl: 'https://piftick.org.uk/about-pif-tick',
  sources: [
    { title: 'PIF TICK: the quality mark for trusted health information, and its criteria', url: 'https://piftick.org.uk/about-pif-tick' },
    { title: 'A health publisher\'s methodology: every citation link is tested automatically', url: 'https://outliveapoe4.com/methodology' },
  ],
  runsOn: 'clinic',
  network: true,
};

export const BROKEN_CTA_TARGET_RULE: NetworkRuleMeta = {
  id: 'cta/broken-target',
  category: 'cta',
  severity: 'error',
  catalog: 'CTA-004',
  title: 'Call-to-action destination is broken',
  description:
    'With the link checker turned on, checks where the page\'s booking and contact links go: a destination that returns 404/410 or another 4xx, a server error (5xx), a host that cannot be reached, or a redirect to the home page. Schedulers that reject automated HEAD requests are asked again with GET; those that still refuse (401, 403, 429) are reported as "could not verify", at info level.',
  why: 'A broken booking path is a lost patient: the visitor who decided to book meets an error page instead.',
  fix: 'Point the button or link at the live booking or contact page, or take it down until that page works again.',
  helpUrl: 'https://docs.squirrelscan.com/rules',
  sources: [
    { title: 'Site-audit rule guide: site-audit rules, including broken links', url: 'https://docs.squirrelscan.com/rules' },
    { title: 'Healthcare Success: a call to action for doctor advertising', url: 'https://dev2022.healthcaresuccess.com/blog/advertising/please-read-this-today-a-call-to-action-for-doctor-advertising.html' },
  ],
  runsOn: 'clinic',
  network: true,
};

export const linkCheckRules: readonly NetworkRuleMeta[] = [BROKEN_LINK_RULE, BROKEN_CTA_TARGET_RULE];

export const LINK_CHECK_RULE_IDS: ReadonlySet<string> = new Set(linkCheckRules.map((r) => r.id));

/** What the popup shows next to these rules' findings (the same shape the content script sends for engine rules). */
export function linkCheckRuleInfo(): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = {};
  for (const r of linkCheckRules) {
    out[r.id] = { id: r.id, title: r.title, category: r.category, severity: r.severity, why: r.why, fix: r.fix, helpUrl: r.helpUrl ?? '' };
  }
  return out;
}
