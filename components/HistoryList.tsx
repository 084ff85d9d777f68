import type { HistoryEntry } from '@/utils/history';
import { diffReports } from '@/utils/report/diff';
import { formatWhen } from './ChangesSection';
import { SEVERITY_ORDER, SEVERITY_PLURAL } from './labels';
import './report-ui.css';

export interface HistoryListProps {
  /** the page's saved audits, newest first */
  entries: readonly HistoryEntry[];
  /** index of the audit on screen */
  current: number;
  /** the link of an entry */
  href: (entry: HistoryEntry) => string;
}

function counts(entry: HistoryEntry): string {
  const s = entry.report.summary;
  return SEVERITY_ORDER.map((sev) => `${s[sev]} ${SEVERITY_PLURAL[sev][s[sev] === 1 ? 0 : 1]}`).join(' · ');
}

/** A page's saved audits, newest first, each with what changed since the one before it. */
export function HistoryList({ entries, current, href }: HistoryListProps) {
  return (
    <ol class="cl-history" reversed>
      {entries.map((entry, i) => {
        const older = entries[i + 1];
        const diff = older ? diffReports(older.report, entry.report) : null;
        return (
          <li key={entry.savedAt} class="cl-history__item" data-saved-at={entry.savedAt}>
            <a class="cl-history__link" href={href(entry)} aria-current={i === current ? 'page' : undefined}>
              <span class="cl-history__when">
                {formatWhen(entry.savedAt)}
                {i === 0 && <span class="cl-visually-hidden"> (latest)</span>}
              </span>
              <span class="cl-history__counts">{counts(entry)}</span>
              {diff ? (
                <span class="cl-history__delta">
                  <span class={`cl-chip cl-chip--new${diff.added.length ? '' : ' cl-chip--zero'}`}>{diff.added.length} new</span>
                  <span class={`cl-chip cl-chip--fixed${diff.fixed.length ? '' : ' cl-chip--zero'}`}>{diff.fixed.length} fixed</span>
                </span>
              ) : (
                <span class="cl-history__counts">First audit</span>
              )}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
