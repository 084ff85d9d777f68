import type { FindingDraft, Rule } from '../../types';
import { pageHost, sameSite } from '../../claims-lang/scan';

// Hosts that only exist on a developer's machine or a staging server.
const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|::1|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]+\.(?:local|localhost|test|invalid|internal|lan))$/i;
const STAGING =
  /^(?:(?:staging|stage|stg|dev|uat|qa|sandbox)(?:\d+|-[\w-]+)?\.[\w-]+\.[\w.-]+|[\w.-]+\.(?:wpengine(?:powered)?\.com|wpenginepowered\.com|kinsta\.cloud|flywheelsites\.com|flywheelstaging\.com|pantheonsite\.io|cloudwaysapps\.com|myftpupload\.com|stagingsite\.\w+|wpstagecoach\.com|instawp\.xyz|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|ngrok\.io|ngrok-free\.app|azurewebsites\.net|repl\.co|github\.io|webflow\.io|wixsite\.com|squarespace\.com))$/i;
// Hosting domains that are fine as real sites (a clinic can live on github.io or wixsite.com); only
// their preview/staging forms are flagged.
const PREVIEW_ONLY = /\.(?:netlify\.app|vercel\.app|pages\.dev|github\.io|webflow\.io|wixsite\.com|squarespace\.com|herokuapp\.com|azurewebsites\.net|repl\.co)$/i;
const PREVIEW_FORM = /^(?:deploy-preview-\d+--|[\w-]+--[\w-]+\.|[\w-]+-git-[\w-]+\.|(?:staging|stage|dev)(?:\d+|-[\w-]+)?\.)/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const rule: Rule = {
  id: 'links/staging-or-localhost',
  category: 'links',
  severity: 'warning',
  catalog: 'CTA-004',
  title: 'Link to localhost, a staging server or a local file',
  description:
    'Finds links (and form actions) to localhost, private IP addresses, file: URLs, and staging or preview hosts (staging.*, dev.*, *.wpengine.com, *.kinsta.cloud, *.pantheonsite.io, Netlify/Vercel preview deploys…). Links to the page\'s own site are skipped, so auditing a staging preview does not flag its own navigation.',
  why: 'Links copied from a staging or local site are broken for every visitor of the live page; a broken booking path is a lost patient (rule catalog CTA-004 lists localhost, staging and *.wpengine.com targets; squirrelscan\'s Links category flags broken links) [S11].',
  fix: 'Replace the staging/local address with the live URL (or a relative link such as /book), then re-check the link.',
  helpUrl: 'https://docs.squirrelscan.com/rules',
  runsOn: 'any',
  check(facts) {
    const out: FindingDraft[] = [];
    const own = pageHost(facts);
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
      else if (/^https?:/i.test(t.url)) {
        const host = hostOf(t.url);
        if (!host || sameSite(host.replace(/^www\./, ''), own)) continue;
        if (LOCAL.test(host)) kind = 'local';
        else if (STAGING.test(host) && (!PREVIEW_ONLY.test(host) || PREVIEW_FORM.test(host))) kind = 'staging';
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
