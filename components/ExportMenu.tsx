import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import './report-ui.css';

export interface MenuAction {
  id: string;
  label: string;
  hint?: string;
  disabled?: boolean;
  onSelect: () => void;
}

export interface ExportMenuProps {
  /** id of the menu button; the menu is `${id}-menu` */
  id: string;
  onExport: (format: ExportFormat) => void;
  /** items above the formats, e.g. "Open the full report" */
  actions?: MenuAction[];
  /** one line above the items, e.g. "12 open findings; 2 dismissed ones are left out" */
  note?: string;
  /** the whole menu button is disabled */
  disabled?: boolean;
  /** only the download formats are disabled (nothing to export yet); the actions stay */
  formatsDisabled?: boolean;
  /** the button's visible content (an icon in the popup header, a word elsewhere) */
  children: ComponentChildren;
  /** the accessible name when the button shows only an icon */
  label?: string;
  buttonClass?: string;
  /** which edge of the button the menu lines up with */
  align?: 'start' | 'end';
}

/**
 * A menu button (WAI-ARIA APG "menu button" pattern): Enter, Space or ↓ opens it on the first item,
 * ↑ on the last; ↑ ↓ Home End move; Escape closes it and returns to the button; Tab or a click
 * elsewhere closes it.
 */
export function ExportMenu({ id, onExport, actions = [], note, disabled = false, formatsDisabled = false, children, label, buttonClass = 'cl-btn cl-btn--secondary', align = 'end' }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = `${id}-menu`;
  const noteId = `${id}-note`;

  const items = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];

  useLayoutEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === 'last' ? list.at(-1) : list[0])?.focus();
    const onPointer = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);

  function openAt(where: 'first' | 'last') {
    focusOnOpen.current = where;
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function choose(run: () => void) {
    close(true);
    run();
  }

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  function onMenuKey(e: KeyboardEvent) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = list[(at + 1) % list.length];
        break;
      case 'ArrowUp':
        next = list[(at - 1 + list.length) % list.length];
        break;
      case 'Home':
        next = list[0];
        break;
      case 'End':
        next = list.at(-1);
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        close(true);
        return;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    e.preventDefault();
    next?.focus();
  }

  return (
    <div class={`cl-menu cl-menu--${align}`} ref={root}>
      <button
        ref={button}
        id={id}
        type="button"
        class={buttonClass}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      <div class="cl-menu__panel" hidden={!open}>
        {note && (
          <p id={noteId} class="cl-menu__note">
            {note}
          </p>
        )}
        <div id={menuId} role="menu" aria-labelledby={id} aria-describedby={note ? noteId : undefined} class="cl-menu__list" onKeyDown={onMenuKey}>
          {actions.length > 0 && (
            <>
              {actions.map((a) => (
                <button key={a.id} type="button" role="menuitem" class="cl-menu__item" data-action={a.id} disabled={a.disabled} tabIndex={-1} onClick={() => choose(a.onSelect)}>
                  <span class="cl-menu__label">{a.label}</span>
                  {a.hint && <span class="cl-menu__hint">{a.hint}</span>}
                </button>
              ))}
              <div role="separator" class="cl-menu__sep" />
            </>
          )}
          <div role="group" aria-labelledby={`${id}-formats`}>
            <p id={`${id}-formats`} class="cl-menu__heading" role="presentation">
              Download as
            </p>
            {EXPORT_FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                role="menuitem"
                class="cl-menu__item"
                data-format={f.format}
                disabled={formatsDisabled}
                tabIndex={-1}
                onClick={() => choose(() => onExport(f.format))}
              >
                <span class="cl-menu__label">{f.label}</span>
                <span class="cl-menu__hint">{f.hint}</span>
              </button>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
