import './clinic-lint.css';

export interface SwitchProps {
  id: string;
  checked: boolean;
  label: string;
  /** a line under the label (or beside it, with `compact`) */
  description?: string;
  /** short text at the end of the row, e.g. the site */
  aside?: string;
  disabled?: boolean;
  busy?: boolean;
  onChange: (next: boolean) => void;
}

/** An on/off switch (a button with role=switch), labelled and described for assistive technology. */
export function Switch({ id, checked, label, description, aside, disabled = false, busy = false, onChange }: SwitchProps) {
  const descId = description ? `${id}-desc` : undefined;
  return (
    <div class={`cl-switch${checked ? ' cl-switch--on' : ''}`}>
      <button
        id={id}
        type="button"
        role="switch"
        class="cl-switch__control"
        aria-checked={checked}
        aria-describedby={descId}
        aria-busy={busy || undefined}
        disabled={disabled || busy}
        onClick={() => onChange(!checked)}
      >
        <span class="cl-switch__track" aria-hidden="true">
          <span class="cl-switch__thumb" />
        </span>
        <span class="cl-switch__label">{label}</span>
      </button>
      {aside && (
        <span class="cl-switch__aside" aria-hidden="true">
          {aside}
        </span>
      )}
      {description && (
        <p id={descId} class="cl-switch__desc">
          {description}
        </p>
      )}
    </div>
  );
}
