import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/utils/types';
import type { RuleInfo } from '@/utils/messaging';
import type { DismissedHow } from '@/utils/dismiss';
import { SeverityBadge } from './SeverityBadge';
import { isLocatable } from './filter';
import './clinic-lint.css';

export interface FindingCardProps {
  finding: Finding;
  /** the rule's metadata (title, why it matters) */
  rule?: RuleInfo;
  /** the number of its badge in the page ("show all" mode) */
  number?: number;
  /** details (why, fix, actions) are open */
  expanded?: boolean;
  /** the finding is outlined in the page right now */
  outlined?: boolean;
  /** its element is on the page but hidden right now (a closed menu or tab): nothing to show */
  hidden?: boolean;
  /** a short status under the card, e.g. "Not on the page any more" */
  note?: string;
  /** "clinic.example": where silencing the rule applies */
  site?: string;
  /** the fix was just copied */
  copied?: boolean;
  /** open/close the card; for findings with an element also outline it in the page */
  onSelect?: (finding: Finding) => void;
  onCopyFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding, how: DismissedHow, reason: string) => void;
}


/**
 * One finding. Page content (message, excerpt, fix) is rendered as text only: Preact sets
 * textContent, never innerHTML.
 */
export function FindingCard({ finding, rule, number, expanded = false, outlined = false, hidden = false, note, site, copied = false, onSelect, onCopyFix, onDismiss }: FindingCardProps) {
  const locatable = isLocatable(finding) && !hidden;
  const detailsId = `cl-details-${finding.id}`;
  // "Learn more" opens the rule's help page inside the extension (what it checks, why, how to fix,
  // examples, sources); the sources there link out.
  const help = `/help.html#${encodeURIComponent(finding.ruleId)}`;
  const [dismissing, setDismissing] = useState(false);
  useEffect(() => {
    if (!expanded) setDismissing(false);
  }, [expanded]);

  return (
    <li
      class={`cl-finding cl-finding--${finding.severity}${expanded ? ' cl-finding--open' : ''}${outlined ? ' cl-finding--selected' : ''}`}
      data-finding-id={finding.id}
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <button
        type="button"
        class="cl-finding__head"
        aria-expanded={expanded}
        aria-controls={detailsId}
        data-locatable={locatable || undefined}
        onClick={() => onSelect?.(finding)}
      >
        <span class="cl-finding__top">
          <SeverityBadge severity={finding.severity} />
          {number !== undefined && (
            <span class="cl-finding__number" title={`Badge ${number} in the page`}>
              <span class="cl-visually-hidden">Badge </span>
              {number}
            </span>
          )}
          <span class={`cl-finding__locate${outlined ? ' cl-finding__locate--on' : ''}`}>
            {hidden ? 'Hidden on the page' : locatable ? (outlined ? 'Outlined in page' : 'Show in page') : 'Whole page'}
          </span>
        </span>
        <span class="cl-finding__message">{finding.message}</span>
        {finding.excerpt && (
          <span class="cl-finding__excerpt" title={finding.excerpt.length > 120 ? finding.excerpt : undefined}>
            <span class="cl-visually-hidden">Found: </span>
            <q>{finding.excerpt}</q>
          </span>
        )}
      </button>
      <div id={detailsId} class="cl-finding__details" hidden={!expanded}>
        {expanded && (
          <>
            {hidden && (
              <p class="cl-finding__hidden">
                This is on the page but hidden right now, for example in a closed menu, a tab or a part shown only on phones. Open that part of the page to see it.
              </p>
            )}
            {rule?.why && (
              <div class="cl-finding__section">
                <h4 class="cl-finding__label">Why it matters</h4>
                <p class="cl-finding__why">{rule.why}</p>
              </div>
            )}
            {finding.fix && (
              <div class="cl-finding__section">
                <h4 class="cl-finding__label">How to fix</h4>
                <p class="cl-finding__fix">{finding.fix}</p>
              </div>
            )}
            <p class="cl-finding__meta">
              <span class="cl-finding__rule-title">{rule?.title ?? 'Rule'}</span>
              <code class="cl-finding__rule">{finding.ruleId}</code>
              {help && (
                <a class="cl-finding__help" href={help} target="_blank" rel="noreferrer noopener">
                  Learn more<span class="cl-visually-hidden"> about {rule?.title ?? finding.ruleId} (opens a new tab)</span>
                </a>
              )}
            </p>
            {!dismissing && (
              <div class="cl-finding__actions">
                {finding.fix && onCopyFix && (
                  <button type="button" class="cl-btn cl-btn--secondary cl-finding__copy" onClick={() => onCopyFix(finding)}>
                    {copied ? 'Copied ✓' : 'Copy fix'}
                  </button>
                )}
                {onDismiss && (
                  <button type="button" class="cl-btn cl-btn--quiet cl-finding__dismiss" onClick={() => setDismissing(true)}>
                    Dismiss…
                  </button>
                )}
              </div>
            )}
            {dismissing && onDismiss && (
              <DismissForm
                finding={finding}
                ruleTitle={rule?.title}
                site={site}
                onCancel={() => setDismissing(false)}
                onSubmit={(how, reason) => onDismiss(finding, how, reason)}
              />
            )}
          </>
        )}
      </div>
      {note && (
        <p class="cl-finding__note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}

interface DismissFormProps {
  finding: Finding;
  ruleTitle?: string;
  site?: string;
  onCancel: () => void;
  onSubmit: (how: DismissedHow, reason: string) => void;
}

/** Dismiss one finding on this page, or silence its rule on the whole site, with an optional reason. */
export function DismissForm({ finding, ruleTitle, site, onCancel, onSubmit }: DismissFormProps) {
  const [how, setHow] = useState<DismissedHow>('finding');
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const name = `cl-how-${finding.id}`;
  return (
    <form
      class="cl-dismiss"
      aria-label="Dismiss this finding"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(how, reason);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <fieldset class="cl-dismiss__how">
        <legend class="cl-finding__label">Dismiss</legend>
        <label class="cl-radio">
          <input ref={first} type="radio" name={name} value="finding" checked={how === 'finding'} onChange={() => setHow('finding')} />
          <span>This finding, on this page</span>
        </label>
        <label class="cl-radio">
          <input type="radio" name={name} value="rule" checked={how === 'rule'} onChange={() => setHow('rule')} />
          <span>
            Every “{ruleTitle ?? finding.ruleId}” finding{site ? ` on ${site}` : ' on this site'}
          </span>
        </label>
      </fieldset>
      <label class="cl-dismiss__reason">
        <span class="cl-finding__label">Reason (optional)</span>
        <input
          type="text"
          class="cl-input"
          maxLength={500}
          value={reason}
          placeholder="e.g. checked with Dr. Lee: still correct"
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="cl-finding__actions">
        <button type="submit" class="cl-btn cl-btn--primary cl-dismiss__confirm">
          {how === 'rule' ? 'Silence rule' : 'Dismiss'}
        </button>
        <button type="button" class="cl-btn cl-btn--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
