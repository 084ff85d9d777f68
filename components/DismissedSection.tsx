import type { DismissedFinding, SilencedRule } from '@/utils/dismiss';
import type { RuleInfo } from '@/utils/messaging';
import { SeverityBadge } from './SeverityBadge';
import './clinic-lint.css';

export interface DismissedSectionProps {
  dismissed: DismissedFinding[];
  silenced: SilencedRule[];
  rules?: Record<string, RuleInfo>;
  site?: string;
  /** open at first (e.g. right after a dismissal) */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  onRestore: (item: DismissedFinding) => void;
  onUnsilence: (ruleId: string) => void;
}

/** Findings the user dismissed on this page and rules silenced on this site, each restorable. */
export function DismissedSection({ dismissed, silenced, rules = {}, site, open = false, onToggle, onRestore, onUnsilence }: DismissedSectionProps) {
  const one = dismissed.filter((d) => d.how === 'finding');
  const total = one.length + silenced.length;
  if (!total) return null;
  return (
    <details class="cl-dismissed" open={open} onToggle={(e) => onToggle?.((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="cl-dismissed__summary">
        Dismissed <span class="cl-group__count">{one.length + dismissed.filter((d) => d.how === 'rule').length}</span>
      </summary>
      {silenced.length > 0 && (
        <>
          <h2 class="cl-dismissed__title">Rules silenced on {site ?? 'this site'}</h2>
          <ul class="cl-dismissed__list">
            {silenced.map((s) => (
              <li key={s.ruleId} class="cl-dismissed__item" data-rule-id={s.ruleId}>
                <div class="cl-dismissed__text">
                  <span class="cl-dismissed__message">{rules[s.ruleId]?.title ?? s.ruleId}</span>
                  <span class="cl-dismissed__why">
                    {s.count === 0 ? 'No findings on this page' : `${s.count} finding${s.count === 1 ? '' : 's'} on this page`}
                    {s.reason ? ` · “${s.reason}”` : ''}
                  </span>
                </div>
                <button type="button" class="cl-btn cl-btn--secondary cl-btn--small" onClick={() => onUnsilence(s.ruleId)}>
                  Restore<span class="cl-visually-hidden"> {rules[s.ruleId]?.title ?? s.ruleId}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {one.length > 0 && (
        <>
          <h2 class="cl-dismissed__title">Dismissed on this page</h2>
          <ul class="cl-dismissed__list">
            {one.map((d) => (
              <li key={d.finding.id} class="cl-dismissed__item" data-finding-id={d.finding.id}>
                <div class="cl-dismissed__text">
                  <span class="cl-dismissed__head">
                    <SeverityBadge severity={d.finding.severity} />
                  </span>
                  <span class="cl-dismissed__message">{d.finding.message}</span>
                  <span class="cl-dismissed__why">{d.reason ? `“${d.reason}”` : 'No reason given'}</span>
                </div>
                <button type="button" class="cl-btn cl-btn--secondary cl-btn--small" onClick={() => onRestore(d)}>
                  Restore<span class="cl-visually-hidden"> this finding</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
