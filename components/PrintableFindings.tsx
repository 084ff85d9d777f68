import type { RuleInfo } from '@/utils/messaging';
import type { CategoryGroup } from './filter';
import { CATEGORY_LABEL, SEVERITY_LABEL } from './labels';
import './report-ui.css';

/**
 * The findings as a printed report shows them: every card open (message, words, where, why, fix),
 * grouped like the list on screen. Plain text only. The interactive list is hidden in print and
 * this one is hidden on screen.
 */
export function PrintableFindings({ groups, rules = {} }: { groups: readonly CategoryGroup[]; rules?: Record<string, RuleInfo> }) {
  if (!groups.length) return <p class="cl-print__none">No open findings.</p>;
  return (
    <div class="cl-print">
      {groups.map((g) => (
        <section key={g.category} class="cl-print__group">
          <h3 class="cl-print__category">
            {CATEGORY_LABEL[g.category] ?? g.category} ({g.count})
          </h3>
          {g.severities.flatMap((s) =>
            s.findings.map((f) => (
              <div key={f.id} class={`cl-print__finding cl-print__finding--${f.severity}`}>
                <p class="cl-print__head">
                  <strong class="cl-print__sev">{SEVERITY_LABEL[f.severity]}</strong> {f.message}
                </p>
                {f.excerpt && (
                  <p class="cl-print__excerpt">
                    <q>{f.excerpt}</q>
                  </p>
                )}
                {rules[f.ruleId]?.why && (
                  <p class="cl-print__line">
                    <span class="cl-print__label">Why it matters:</span> {rules[f.ruleId]!.why}
                  </p>
                )}
                {f.fix && (
                  <p class="cl-print__line">
                    <span class="cl-print__label">How to fix:</span> {f.fix}
                  </p>
                )}
                <p class="cl-print__rule">
                  {rules[f.ruleId]?.title ?? ''} <code>{f.ruleId}</code>
                  {f.selector ? ` · ${f.selector}` : ''}
                </p>
              </div>
            )),
          )}
        </section>
      ))}
    </div>
  );
}
