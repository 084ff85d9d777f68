import type { FindingDraft, Rule } from '../../types';
import { pageHost, sameSite } from '../../claims-lang/scan';
import { parseUrl } from '../../text/url';

// Hosts that only exist on a developer's machine or a private network.
const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|::1|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]+\.(?:local|localhost|test|invalid|internal|lan))$/i;
// Unambiguous staging prefixes ("staging.clinic.com", "stage2.clinic.com").
const STAGING_PREFIX = /^(?:staging|stage|stg|uat)(?:\d+|-[\w-]+)?\.(?=[\w-]+\.[\w.-]+$)/i;
// Ambiguous prefixes ("dev.", "test.", "qa."): staging only when the rest is the page's own site
// ("dev.clinic.com" linked from clinic.com), since dev.chromium.org and dev.to are public sites.
const WEAK_PREFIX = /^(?:dev|develop|development|test|testing|qa|sandbox|preview|beta|demo)(?:\d+|-[\w-]+)?\./i;
// Managed-hosting staging and preview domains.
const PLATFORM = /\.(?:wpengine(?:powered)?\.com|wpenginepowered\.com|kinsta\.cloud|flywheelsites\.com|flywheelstaging\.com|pantheonsite\.io|cloudwaysapps\.com|myftpupload\.com|wpstagecoach\.com|instawp\.xyz|ngrok\.io|ngrok-free\.app)$/i;
// Static hosts where only preview deploys are staging ("deploy-preview-12--site.netlify.app").
const PREVIEW_HOSTS = /\.(?:netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|azurewebsites\.net)$/i;
const PREVIEW_FORM = /^(?:deploy-preview-\d+--|[\w-]+--[\w-]+\.|[\w-]+-git-[\w-]+\.|[\w-]+-[a-z0-9]{9}-[\w-]+\.vercel\.app$)/i;

function stagingKind(host: string, own: string): boolean {
  if (STAGING_PREFIX.test(host)) return true;
  const weak = WEAK_PREFIX.exec(host);
  if (weak && sameSite(host.slice(weak[0].length).replace(/^www\./, ''), own)) return true;
  if (PLATFORM.test(host)) return true;
  if (PREVIEW_HOSTS.test(host) && PREVIEW_FORM.test(host)) return true;
  return false;
}

function hostOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase() ?? '';
}

const rule: Rule = {
  id: 'links/staging-or-localhost',
  category: 'links',
  severity: 'warning',
  catalog: 'CTA-004',
  title: 'Link to localhost, a staging server or a local file',
  description:
    'Finds links (and form destinations) that point to a developer\'s own computer (localhost, private network addresses, file: links) or to staging and preview sites (staging.*, dev.*, *.wpengine.com, *.kinsta.cloud, *.pantheonsite.io, Netlify or Vercel previews…). Links within the page\'s own site are skipped, so checking a staging preview does not flag its own menu.',
  why:
    'Links copied from a staging or local site are broken for every visitor of the live page. When the link is the booking or contact button, every patient who tries to book meets an error: a lost patient.',
  fix: 'Replace the staging or local address with the live address (or a relative link such as /book), then check the link again.',
  helpUrl: 'https://docs.squirrelscan.com/rules',
  sources: [
    { title: 'Site-audit rule guide: site-audit rules, including broken links', url: 'https://docs.squirrelscan.com/rules' },
    { title: 'Healthcare Success: a call to action for doctor advertising', url: 'https://dev2022.healthcaresuccess.com/blog/advertising/please-read-this-today-a-call-to-action-for-doctor-advertising.html' },
  ],
  runsOn: 'any',
  check(facts) {
    const out: FindingDraft[] = [];
    const own = pageHost(facts);
    const pagePreview = LOCAL.test(own) || stagingKind(own, '');
    const targets: Array<{ element: Element; href: string; url: string; form: boolean }> = [];
    for (const l of facts.links) if (l.href && l.url) targets.push({ element: l.element, href: l.href.trim(), url: l.url, form: false });
    for (const f of facts.forms) {
      if (!f.action) continue;
      let url = '';
      try {
        url = new URL(f.action.trim(), facts.url || undefined).href;
      } catch {
        continue;
      }
      targets.push({ element: f.element, href: f.action.trim(), url, form: true });
    }
    const seen = new Set<string>();
    for (const t of targets) {
      let kind: 'local' | 'file' | 'staging' | null = null;
      if (/^file:/i.test(t.href) || /^[a-z]:\\/i.test(t.href)) kind = 'file';
      // "localhost/testsite/contact/": a local address pasted without its scheme (a relative link to nowhere)
      else if (/^(?:localhost|127(?:\.\d{1,3}){3})(?::\d+)?(?:[/?#]|$)/i.test(t.href)) kind = 'local';
      else if (/^https?:/i.test(t.url)) {
        const host = hostOf(t.url);
        if (!host || host.replace(/^www\./, '') === own) continue;
        // Auditing a staging or local preview: its links to itself and its siblings are expected.
        if (pagePreview && (sameSite(host.replace(/^www\./, ''), own) || LOCAL.test(host))) continue;
        if (LOCAL.test(host)) kind = 'local';
        else if (stagingKind(host, own)) kind = 'staging';
      }
      if (!kind) continue;
      const key = `${kind}|${t.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const what = kind === 'file' ? 'a file on someone\'s computer' : kind === 'local' ? 'a local or private address' : 'a staging or preview server';
      out.push({
        element: t.element,
        excerpt: t.href,
        severity: kind === 'staging' ? undefined : 'error',
        message: `This ${t.form ? 'form submits to' : 'link goes to'} ${what} (${t.href}), which visitors of the live site cannot reach.`,
        data: { href: t.href, kind, form: t.form },
      });
    }
    return out;
  },
};

export default rule;
