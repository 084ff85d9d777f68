import type { Finding } from '@/utils/types';
import { SeverityBadge } from './SeverityBadge';
import './report-ui.css';

export interface ChangesSectionProps {
  /** when the audit compared against was saved (ISO); null on a page's first audit */
  since: string | null;
  /** findings new in this audit, and findings of the previous audit that are gone (fixed) */
  added: readonly Finding[];
  fixed: readonly Finding[];
  open?: boolean;
  onToggle?: (open: boolean) => void;
  /** what "the last audit" is called (the report page compares with the audit before the one shown) */
  what?: string;
}

/** "26 Nov, 10:02" (the year too when it is not this year). */
export function formatWhen(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === now.getFullYear();
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit' });
}

function Item({ finding, fixed }: { finding: Finding; fixed: boolean }) {
  return (
    <li class={`cl-change${fixed ? ' cl-change--fixed' : ''}`} data-finding-id={finding.id} data-rule-id={finding.ruleId}>
      <SeverityBadge severity={finding.severity} />
      <span class="cl-change__text">
        <span class="cl-change__message">{finding.message}</span>
        {finding.excerpt && (
          <span class="cl-change__excerpt">
            <q>{finding.excerpt}</q>
          </span>
        )}
      </span>
    </li>
  );
}

/** What is new and what is fixed since the page's previous audit (history), or that it is the first. */
export function ChangesSection({ since, added, fixed, open = false, onToggle, what = 'the last audit' }: ChangesSectionProps) {
  if (!since) {
    return (
      <p class="cl-changes cl-changes--first" data-changes="first">
        First audit of this page, saved: the next one shows what is new and what is fixed.
      </p>
    );
  }
  const when = formatWhen(since);
  if (!added.length && !fixed.length) {
    return (
      <p class="cl-changes cl-changes--none" data-changes="none">
        No changes since {what} ({when}).
      </p>
    );
  }
  return (
    <details class="cl-changes cl-changes--some" data-changes="some" data-new={added.length} data-fixed={fixed.length} open={open} onToggle={(e) => onToggle?.((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="cl-changes__summary">
        <span class="cl-changes__since">
          Since {what} ({when}):
        </span>{' '}
        <span class={`cl-chip cl-chip--new${added.length ? '' : ' cl-chip--zero'}`}>{added.length} new</span>{' '}
        <span class={`cl-chip cl-chip--fixed${fixed.length ? '' : ' cl-chip--zero'}`}>{fixed.length} fixed</span>
      </summary>
      {added.length > 0 && (
        <>
          <h2 class="cl-changes__title">New</h2>
          <ul class="cl-changes__list" data-list="new">
            {added.map((f) => (
              <Item key={f.id} finding={f} fixed={false} />
            ))}
          </ul>
        </>
      )}
      {fixed.length > 0 && (
        <>
          <h2 class="cl-changes__title">Fixed</h2>
          <ul class="cl-changes__list" data-list="fixed">
            {fixed.map((f) => (
              <Item key={f.id} finding={f} fixed={true} />
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
