// What the views show about a rule next to its findings (title, why, fix, help), from the engine's
// rule registry. Pages that run or read audits without a content script (report page, draft
// checker) build it here; the content script sends the same data with its audits.
import type { Rule } from '@/utils/types';
import type { RuleInfo } from '@/utils/messaging';

export function ruleInfoMap(rules: readonly Rule[]): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = {};
  for (const r of rules) {
    out[r.id] = { id: r.id, title: r.title, category: r.category, severity: r.severity, why: r.why, fix: r.fix, helpUrl: r.helpUrl ?? '' };
  }
  return out;
}
