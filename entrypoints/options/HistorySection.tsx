import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_HISTORY_LIMITS, formatBytes } from '@/utils/history';
import { clearAllHistory, readHistoryUsage, watchHistory, type StoredUsage } from '@/utils/history/persist';
import { flash } from './state';

/** Audit history (issue 5): how much is saved in this browser, and a button to clear it. */
export function HistorySection() {
  const [usage, setUsage] = useState<StoredUsage | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const refresh = () => void readHistoryUsage().then(setUsage);
    refresh();
    return watchHistory(refresh);
  }, []);
  if (!usage) return null;
  const { perPage, maxEntries, maxBytes } = DEFAULT_HISTORY_LIMITS;
  const empty = usage.entries === 0 && usage.siteReportBytes === 0;

  async function clear() {
    setBusy(true);
    try {
      await clearAllHistory();
      setUsage(await readHistoryUsage());
      flash('ok', 'History cleared.');
    } catch (err) {
      flash('error', `Couldn’t clear the history: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section id="history" class="card" aria-labelledby="history-title">
      <h2 id="history-title">Audit history</h2>
      <p class="card__lead">
        Every audit you run from the popup is saved in this browser, per page, so the next one can show what is new and what is fixed. Up to {perPage} audits a page
        and {maxEntries} in all, at most {formatBytes(maxBytes)}: the oldest go first. Nothing leaves your browser.
      </p>
      <p class="empty" id="history-usage" data-pages={usage.pages} data-entries={usage.entries} data-bytes={usage.bytes}>
        {empty
          ? 'No saved audits.'
          : `${usage.entries} saved audit${usage.entries === 1 ? '' : 's'} of ${usage.pages} page${usage.pages === 1 ? '' : 's'}${usage.siteReportBytes ? ' and the last site report' : ''}, using ${formatBytes(usage.bytes)} of ${formatBytes(maxBytes)}.`}
      </p>
      <div class="form__actions">
        <button type="button" id="clear-history" class="btn btn--secondary" disabled={empty || busy} onClick={() => void clear()}>
          Clear history
        </button>
      </div>
    </section>
  );
}
