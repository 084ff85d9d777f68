// The audit engine as a script of its own (built to /engine.js), injected next to the content
// script only when an audit is asked for; see utils/page-engine.ts for why and how.
import { auditDocument } from '@/utils/engine';
import { allRules } from '@/utils/rules';
import { createLayoutHook } from '@/utils/layout';
import { gather } from '@/utils/gather';
import { linkTargets } from '@/utils/linkcheck/targets';
import { auditNow, settingsToConfig } from '@/utils/settings/schema';
import { installPageEngine } from '@/utils/page-engine';
import type { RuleInfo } from '@/utils/messaging';
import type { Rule } from '@/utils/types';

function ruleInfo(rule: Rule): RuleInfo {
  return { id: rule.id, title: rule.title, category: rule.category, severity: rule.severity, why: rule.why, fix: rule.fix, helpUrl: rule.helpUrl ?? '' };
}

export default defineUnlistedScript(() => {
  const rulesById = new Map(allRules.map((r) => [r.id, r]));
  installPageEngine({
    version: browser.runtime.getManifest().version,
    audit({ settings, force, budgetMs }) {
      const report = auditDocument(document, {
        url: location.href,
        now: auditNow(settings),
        config: { ...settingsToConfig(settings), budgetMs },
        layout: createLayoutHook(window),
        force,
      });
      const rules: Record<string, RuleInfo> = {};
      for (const f of report.findings) {
        const rule = rulesById.get(f.ruleId);
        if (rule && !rules[f.ruleId]) rules[f.ruleId] = ruleInfo(rule);
      }
      return { report, rules, asOf: settings.asOf };
    },
    linkTargets({ settings, budgetMs }) {
      const facts = gather(document, { url: location.href, deadline: performance.now() + budgetMs, clock: () => performance.now() });
      return { pageUrl: location.href, targets: linkTargets(facts, { profile: settings.profile }) };
    },
  });
});
