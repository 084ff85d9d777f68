import { useEffect, useState } from 'preact/hooks';
import { autoAuditSitesItem } from '@/utils/settings/items';
import { autoAuditStatus, disableAutoAudit, enableAutoAudit } from '@/utils/settings/auto-audit';
import { siteLabel, siteOf } from '@/utils/settings/sites';
import { flash } from './state';

export function SitesSection() {
  const [sites, setSites] = useState<Array<{ site: string; granted: boolean }> | null>(null);
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => void autoAuditStatus().then(setSites);
  useEffect(() => {
    refresh();
    const unwatch = autoAuditSitesItem.watch(refresh);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  function add(e: Event) {
    e.preventDefault();
    const raw = adding.trim();
    const site = siteOf(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (!site) {
      setProblem('Enter a web address such as https://clinic.example.');
      return;
    }
    setProblem(null);
    // straight from the submit: the permission prompt needs the user's gesture
    enableAutoAudit(site).then(
      (ok) => {
        if (ok) {
          setAdding('');
          flash('ok', `${siteLabel(site)} is audited automatically.`);
        } else setProblem(`Permission for ${siteLabel(site)} was not granted.`);
        refresh();
      },
      (err: unknown) => setProblem(err instanceof Error ? err.message : String(err)),
    );
  }

  async function remove(site: string) {
    await disableAutoAudit(site);
    flash('ok', `${siteLabel(site)} removed; its permission was given back.`);
    refresh();
  }

  return (
    <section id="sites" class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">Auto-audit sites</h2>
      <p class="card__lead">
        On these sites Clinic Lint audits every page by itself and shows the count on its toolbar button; pages that are not clinic pages stay silent. Each site
        needs your permission; removing a site gives the permission back.
      </p>
      {sites && sites.length === 0 && <p class="empty">No sites yet. Turn on “Audit this site automatically” in the popup, or add one here.</p>}
      {sites && sites.length > 0 && (
        <ul class="sites">
          {sites.map(({ site, granted }) => (
            <li key={site} class="site-row" data-site={site}>
              <span class="site-row__name">{siteLabel(site)}</span>
              <span class={`pill ${granted ? 'pill--ok' : 'pill--warn'}`}>{granted ? 'Active' : 'Permission missing'}</span>
              <button type="button" class="btn btn--secondary btn--small" onClick={() => void remove(site)}>
                Remove<span class="visually-hidden"> {siteLabel(site)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="form form--inline" onSubmit={add}>
        <label class="field field--grow">
          <span class="field__label">Add a site</span>
          <input class="input" value={adding} onInput={(e) => setAdding((e.target as HTMLInputElement).value)} placeholder="https://clinic.example" autocomplete="url" />
        </label>
        <button type="submit" class="btn btn--secondary" disabled={!adding.trim()}>
          Add site
        </button>
      </form>
      {problem && (
        <p class="field__help field__help--error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
