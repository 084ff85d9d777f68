import type { Report } from '@/utils/types';
import { KIND_LABEL, SEVERITY_ORDER, SEVERITY_PLURAL, percent } from './labels';
import './clinic-lint.css';

export interface SummaryBarProps {
  summary: Report['summary'];
  detection: Report['page']['detection'];
}

/** Page kind and confidence, then one count per severity. */
export function SummaryBar({ summary, detection }: SummaryBarProps) {
  return (
    <section class="cl-summary" aria-label="Summary">
      <p class="cl-summary__kind" data-kind={detection.kind}>
        <span class="cl-summary__kind-label">{KIND_LABEL[detection.kind]}</span>
        <span class="cl-summary__confidence" title="How sure Clinic Lint is about the page type">
          {percent(detection.confidence)} confidence
        </span>
      </p>
      <ul class="cl-counts">
        {SEVERITY_ORDER.map((severity) => (
          <li key={severity} class={`cl-count cl-count--${severity}`} data-severity={severity} data-count={summary[severity]}>
            <span class="cl-count__number">{summary[severity]}</span>{' '}
            <span class="cl-count__label">{SEVERITY_PLURAL[severity][summary[severity] === 1 ? 0 : 1]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
