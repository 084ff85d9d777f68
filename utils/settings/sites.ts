// Auto-audit sites: which origins the user asked Clinic Lint to audit on every page. Pure helpers;
// the list itself lives in `local:autoAuditSites` (see items.ts), the grant in the browser's
// optional host permissions. A site is audited automatically only when both agree.

/** The id of the runtime content-script registration that audits the auto-audit sites. */
export const AUTO_AUDIT_SCRIPT_ID = 'cliniclint-auto-audit';

/** The site of a page: its origin for http(s) pages, null for anything else (browser pages, files). */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The match pattern for a site, used both for the permission request and for the content-script
 * registration. Chrome accepts a port in match patterns, so the grant is exactly that origin;
 * Firefox does not, so there it covers the host on any port (`withPort: false`).
 */
export function sitePattern(site: string, { withPort = true }: { withPort?: boolean } = {}): string {
  const u = new URL(site);
  return `${u.protocol}//${withPort ? u.host : u.hostname}/*`;
}

/** "clinic.example" (or "127.0.0.1:4173") for labels. */
export function siteLabel(site: string): string {
  try {
    return new URL(site).host;
  } catch {
    return site;
  }
}

/** Adds a site once, keeping the list sorted. */
export function addSite(list: readonly string[], site: string): string[] {
  return [...new Set([...list, site])].sort();
}

export function removeSite(list: readonly string[], site: string): string[] {
  return list.filter((s) => s !== site);
}

/** The stored list, cleaned: http(s) origins only, no duplicates. */
export function normalizeSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const v of value) {
    const site = typeof v === 'string' ? siteOf(v) : null;
    if (site) out.add(site);
  }
  return [...out].sort();
}
