import type { Finding } from '@/utils/types';
import type { RuleInfo } from '@/utils/messaging';
import type { DismissedHow } from '@/utils/dismiss';
import { FindingCard } from './FindingCard';
import type { CategoryGroup } from './filter';
import { CATEGORY_LABEL, SEVERITY_PLURAL } from './labels';
import './clinic-lint.css';

export interface FindingListProps {
  /** findings grouped by category, then severity (see groupFindings) */
  groups: CategoryGroup[];
  rules?: Record<string, RuleInfo>;
  /** badge numbers by finding id ("show all" mode) */
  numbers?: Map<string, number> | null;
  /** the open finding */
  expandedId?: string | null;
  /** the finding outlined in the page */
  outlinedId?: string | null;
  /** ids of findings whose element is on the page but hidden right now */
  hidden?: ReadonlySet<string>;
  /** per-finding status notes, by finding id */
  notes?: Record<string, string | undefined>;
  copiedId?: string | null;
  site?: string;
  onSelect?: (finding: Finding) => void;
  onCopyFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding, how: DismissedHow, reason: string) => void;
}

export function FindingList({ groups, rules = {}, numbers, expandedId = null, outlinedId = null, hidden, notes = {}, copiedId = null, site, onSelect, onCopyFix, onDismiss }: FindingListProps) {
  return (
    <div class="cl-groups">
      {groups.map(({ category, count, severities }) => {
        const headingId = `cl-group-${category}`;
        return (
          <section key={category} class="cl-group" data-category={category} aria-labelledby={headingId}>
            <h2 id={headingId} class="cl-group__title">
              <span class="cl-group__name">{CATEGORY_LABEL[category] ?? category}</span>
              <span class="cl-group__count">
                {count}
                <span class="cl-visually-hidden"> {count === 1 ? 'finding' : 'findings'}</span>
              </span>
            </h2>
            {severities.map(({ severity, findings }) => (
              <div key={severity} class="cl-sevgroup" data-severity={severity}>
                <h3 class={`cl-sevgroup__title cl-sevgroup__title--${severity}`}>
                  {findings.length} {SEVERITY_PLURAL[severity][findings.length === 1 ? 0 : 1]}
                </h3>
                <ul class="cl-group__list">
                  {findings.map((finding) => (
                    <FindingCard
                      key={finding.id}
                      finding={finding}
                      rule={rules[finding.ruleId]}
                      number={numbers?.get(finding.id)}
                      expanded={finding.id === expandedId}
                      outlined={finding.id === outlinedId}
                      hidden={hidden?.has(finding.id)}
                      note={notes[finding.id]}
                      copied={finding.id === copiedId}
                      site={site}
                      onSelect={onSelect}
                      onCopyFix={onCopyFix}
                      onDismiss={onDismiss}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
