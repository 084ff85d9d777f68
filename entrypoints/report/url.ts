// The report page's address: which report it shows.
//   report.html?key=<origin+path>[&at=<savedAt>][&tab=<tabId>]   a page's saved audit (the latest, or the one saved at `at`)
//   report.html?site=<origin>&run=1[&keep=1]                      audit every open tab of the site, then show the combined report
//   report.html?site=last                                         the last combined report
// `tab`: the tab the audit came from, to show a finding in it; `keep`: the site permission was
// granted before the run, so the page does not give it back afterwards.

export type ReportTarget =
  | { kind: 'page'; key: string; at: string | null; tab: number | null }
  | { kind: 'site-run'; site: string; keep: boolean }
  | { kind: 'site-last' }
  | { kind: 'none' };

export function parseReportTarget(search: string): ReportTarget {
  const q = new URLSearchParams(search);
  const site = q.get('site');
  if (site === 'last') return { kind: 'site-last' };
  if (site && q.get('run') === '1') return { kind: 'site-run', site, keep: q.get('keep') === '1' };
  const key = q.get('key');
  if (key) {
    const tab = Number(q.get('tab'));
    return { kind: 'page', key, at: q.get('at'), tab: Number.isInteger(tab) && tab >= 0 && q.has('tab') ? tab : null };
  }
  return { kind: 'none' };
}

export function reportSearch(target: Exclude<ReportTarget, { kind: 'none' }>): string {
  const q = new URLSearchParams();
  if (target.kind === 'page') {
    q.set('key', target.key);
    if (target.at) q.set('at', target.at);
    if (target.tab != null) q.set('tab', String(target.tab));
  } else if (target.kind === 'site-run') {
    q.set('site', target.site);
    q.set('run', '1');
    if (target.keep) q.set('keep', '1');
  } else {
    q.set('site', 'last');
  }
  return `?${q}`;
}

/** The report page's URL for `target` (extension pages only). */
export function reportPageUrl(target: Exclude<ReportTarget, { kind: 'none' }>): string {
  return browser.runtime.getURL('/report.html') + reportSearch(target);
}
