import { useEffect, useState } from 'preact/hooks';
import { countDismissals, emptyDismissals, normalizeDismissals, type DismissalStore } from '@/utils/dismiss';
import { dismissalsItem, readDismissals, writeDismissals } from '@/utils/settings/items';
import { siteLabel } from '@/utils/settings/sites';
import { RULES, flash } from './state';

const titleOf = (id: string) => RULES.find((r) => r.id === id)?.title ?? id;

export function DismissalsSection() {
  const [store, setStore] = useState<DismissalStore | null>(null);
  useEffect(() => {
    void readDismissals().then(setStore);
    return dismissalsItem.watch((v) => setStore(normalizeDismissals(v)));
  }, []);
  if (!store) return null;
  const counts = countDismissals(store);

  async function write(next: DismissalStore, text: string) {
    try {
      await writeDismissals(next, 'the change');
    } catch (err) {
      // storage full: nothing changed, and the message says why
      flash('error', err instanceof Error ? err.message : String(err));
      return;
    }
    setStore(next);
    flash('ok', text);
  }

  return (
    <section id="dismissed" class="card" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">Dismissed findings</h2>
      <p class="card__lead">
        {counts.findings === 0 && counts.rules === 0
          ? 'Nothing dismissed. Dismiss a finding, or silence a rule for a site, from the popup.'
          : `${counts.findings} finding${counts.findings === 1 ? '' : 's'} dismissed on ${counts.pages} page${counts.pages === 1 ? '' : 's'}; ${counts.rules} rule${counts.rules === 1 ? '' : 's'} silenced.`}{' '}
        Dismissals stay in this browser.
      </p>
      {Object.entries(store.rules).map(([site, rules]) => (
        <div key={site} class="silenced">
          <h3 class="silenced__site">Silenced on {siteLabel(site)}</h3>
          <ul class="sites">
            {Object.entries(rules).map(([ruleId, s]) => (
              <li key={ruleId} class="site-row">
                <span class="site-row__name">
                  {titleOf(ruleId)}
                  {s.reason && <span class="site-row__reason"> · “{s.reason}”</span>}
                </span>
                <button
                  type="button"
                  class="btn btn--secondary btn--small"
                  onClick={() => {
                    const { [ruleId]: _gone, ...rest } = rules;
                    const next = { ...store, rules: { ...store.rules } };
                    if (Object.keys(rest).length) next.rules[site] = rest;
                    else delete next.rules[site];
                    void write(next, `${titleOf(ruleId)} restored on ${siteLabel(site)}.`);
                  }}
                >
                  Restore<span class="visually-hidden"> {titleOf(ruleId)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {(counts.findings > 0 || counts.rules > 0) && (
        <div class="form__actions">
          <button type="button" class="btn btn--secondary" disabled={!counts.findings} onClick={() => void write({ ...store, findings: {} }, 'Dismissed findings restored.')}>
            Restore all dismissed findings
          </button>
          <button type="button" class="btn btn--quiet" onClick={() => void write(emptyDismissals(), 'All dismissals cleared.')}>
            Clear everything
          </button>
        </div>
      )}
    </section>
  );
}
