import type { ComponentChildren } from 'preact';
import './clinic-lint.css';

export type StatusTone = 'loading' | 'error' | 'empty' | 'notice' | 'filter';

export interface StatusPanelProps {
  tone: StatusTone;
  title: string;
  children?: ComponentChildren;
  /** buttons shown under the text */
  actions?: ComponentChildren;
}

const ICON: Record<StatusTone, string> = { loading: '', error: '!', empty: '✓', notice: 'i', filter: '∅' };

/**
 * The designed states of a view: loading, error, nothing found, and notices. Not a live region itself:
 * a view announces state changes through one persistent aria-live element.
 */
export function StatusPanel({ tone, title, children, actions }: StatusPanelProps) {
  return (
    <section
      class={`cl-status cl-status--${tone}`}
      data-state={tone}
      aria-busy={tone === 'loading' ? true : undefined}
    >
      <div class="cl-status__icon" aria-hidden="true">
        {tone === 'loading' ? <span class="cl-spinner" /> : ICON[tone]}
      </div>
      <div class="cl-status__body">
        <h2 class="cl-status__title">{title}</h2>
        {children}
        {actions && <div class="cl-status__actions">{actions}</div>}
      </div>
    </section>
  );
}
