import type { Report, Severity } from '@/utils/types';
import { KIND_LABEL, SEVERITY_ORDER, SEVERITY_PLURAL, percent } from './labels';
import './clinic-lint.css';

export interface SummaryBarProps {
  /** counts of the findings still to look at (after dismissals) */
  summary: Pick<Report['summary'], Severity>;
  detection: Report['page']['detection'];
  /** severities the list is filtered to (empty = all) */
  active?: readonly Severity[];
  /** turns a count into a filter toggle; omitted → plain counts */
  onToggle?: (severity: Severity) => void;
}

/** Page kind and confidence, then one count per severity; each count filters the list to that severity. */
export function SummaryBar({ summary, detection, active = [], onToggle }: SummaryBarProps) {
  return (
    <section class="cl-summary" aria-label="Summary">
      <p class="cl-summary__kind" data-kind={detection.kind}>
        <span class="cl-summary__kind-label">{KIND_LABEL[detection.kind]}</span>
        <span class="cl-summary__confidence" title="How sure Clinic Lint is about the page type">
          {percent(detection.confidence)} confidence
        </span>
      </p>
      <ul class="cl-counts" aria-label={onToggle ? 'Findings by severity; choose one to show only those' : 'Findings by severity'}>
        {SEVERITY_ORDER.map((severity) => {
          const n = summary[severity];
          const label = SEVERITY_PLURAL[severity][n === 1 ? 0 : 1];
          const pressed = active.includes(severity);
          const inner = (
            <>
              <span class="cl-count__number">{n}</span> <span class="cl-count__label">{label}</span>
            </>
          );
          return (
            <li key={severity} class={`cl-count cl-count--${severity}${pressed ? ' cl-count--on' : ''}`} data-severity={severity} data-count={n}>
              {onToggle ? (
                <button type="button" class="cl-count__button" aria-pressed={pressed} disabled={n === 0 && !pressed} onClick={() => onToggle(severity)}>
                  {inner}
                </button>
              ) : (
                <span class="cl-count__button">{inner}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
