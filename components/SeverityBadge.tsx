import type { Severity } from '@/utils/types';
import { SEVERITY_LABEL } from './labels';
import './clinic-lint.css';

// A shape as well as a colour, so severity does not depend on colour vision.
const GLYPH: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export interface SeverityBadgeProps {
  severity: Severity;
}

export function SeverityBadge({ severity }: SeverityBadgeProps) {
  return (
    <span class={`cl-badge cl-badge--${severity}`}>
      <span class="cl-badge__glyph" aria-hidden="true">
        {GLYPH[severity]}
      </span>
      {SEVERITY_LABEL[severity]}
    </span>
  );
}
