import type { Finding } from '@/utils/types';
import { SeverityBadge } from './SeverityBadge';
import './clinic-lint.css';

export interface FindingCardProps {
  finding: Finding;
  /** the outline for this finding is showing in the page */
  selected?: boolean;
  /** called when the user asks to see the finding in the page; omitted → not clickable */
  onSelect?: (finding: Finding) => void;
  /** a short status under the card, e.g. "Not found on the page any more" */
  note?: string;
}

/**
 * One finding. Page content (message, excerpt, context) is rendered as text only: Preact sets
 * textContent, never innerHTML.
 */
export function FindingCard({ finding, selected = false, onSelect, note }: FindingCardProps) {
  const locatable = finding.scope === 'element' && !!finding.selector && !!onSelect;
  const head = (
    <>
      <SeverityBadge severity={finding.severity} />
      <span class="cl-finding__message">{finding.message}</span>
    </>
  );
  return (
    <li
      class={`cl-finding cl-finding--${finding.severity}${selected ? ' cl-finding--selected' : ''}`}
      data-finding-id={finding.id}
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      {locatable ? (
        <button
          type="button"
          class="cl-finding__head cl-finding__head--button"
          aria-pressed={selected}
          title={selected ? 'Hide the outline in the page' : 'Show this in the page'}
          onClick={() => onSelect!(finding)}
        >
          {head}
          <span class="cl-finding__locate" aria-hidden="true">
            {selected ? 'Outlined in page ✓' : 'Show in page ›'}
          </span>
        </button>
      ) : (
        <div class="cl-finding__head">
          {head}
          {finding.scope === 'page' && <span class="cl-finding__scope">Whole page</span>}
        </div>
      )}
      {finding.excerpt && (
        <p class="cl-finding__excerpt" title={finding.excerpt.length > 120 ? finding.excerpt : undefined}>
          <span class="cl-visually-hidden">Found: </span>
          <q>{finding.excerpt}</q>
        </p>
      )}
      {finding.fix && (
        <p class="cl-finding__fix">
          <strong>Fix:</strong> {finding.fix}
        </p>
      )}
      <p class="cl-finding__meta">
        <code class="cl-finding__rule">{finding.ruleId}</code>
        {finding.helpUrl && /^https:\/\//.test(finding.helpUrl) && (
          <a class="cl-finding__help" href={finding.helpUrl} target="_blank" rel="noreferrer noopener">
            Why?
          </a>
        )}
      </p>
      {note && (
        <p class="cl-finding__note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}
