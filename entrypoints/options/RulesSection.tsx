import { useState } from 'preact/hooks';
import type { Category, RuleOverride, Severity } from '@/utils/types';
import { CATEGORY_LABEL, CATEGORY_ORDER, SEVERITY_LABEL } from '@/components/labels';
import { RULES, save, settings } from './state';

const fold = (s: string) => s.toLowerCase();

function update(ruleId: string, change: RuleOverride, what: string): void {
  void save((s) => {
    const merged: RuleOverride = { ...s.rules[ruleId], ...change };
    // "default" values are not stored: enabled true and no severity = no override
    if (merged.enabled !== false) delete merged.enabled;
    if (!merged.severity) delete merged.severity;
    const rules = { ...s.rules };
    if (Object.keys(merged).length) rules[ruleId] = merged;
    else delete rules[ruleId];
    return { ...s, rules };
  }, what);
}

export function RulesSection() {
  const s = settings.value!;
  const [query, setQuery] = useState('');
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = RULES.filter((r) => words.every((w) => fold(`${r.title} ${r.id} ${r.description}`).includes(w)));
  const categories = [...new Set(shown.map((r) => r.category))].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
  const off = RULES.filter((r) => s.rules[r.id]?.enabled === false).length;
  const changed = RULES.filter((r) => s.rules[r.id]).length;

  return (
    <section id="rules" class="card" aria-labelledby="rules-title">
      <div class="card__head">
        <div>
          <h2 id="rules-title">Rules</h2>
          <p class="card__lead">
            Turn checks off or change how serious their findings are. {RULES.length - off} of {RULES.length} rules are on
            {changed ? `; ${changed} changed from the defaults` : ''}.
          </p>
        </div>
        <button type="button" class="btn btn--secondary" disabled={!changed} onClick={() => void save((cur) => ({ ...cur, rules: {} }), 'Rule defaults')}>
          Reset all rules
        </button>
      </div>
      <label class="field field--inline">
        <span class="field__label">Find a rule</span>
        <input class="input" type="search" value={query} placeholder="e.g. phone, booking, copyright" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      {shown.length === 0 && <p class="empty">No rule matches “{query}”.</p>}
      {categories.map((category: Category) => (
        <div key={category} class="rules__group">
          <h3 class="rules__category">{CATEGORY_LABEL[category] ?? category}</h3>
          <ul class="rules__list">
            {shown
              .filter((r) => r.category === category)
              .map((rule) => {
                const o = s.rules[rule.id] ?? {};
                const enabled = o.enabled !== false;
                const titleId = `rule-${rule.id.replace(/[^a-z0-9]+/gi, '-')}`;
                return (
                  <li key={rule.id} class={`rule${enabled ? '' : ' rule--off'}`} data-rule-id={rule.id}>
                    <label class="rule__toggle">
                      <input
                        type="checkbox"
                        checked={enabled}
                        aria-labelledby={titleId}
                        onChange={(e) => update(rule.id, { enabled: (e.target as HTMLInputElement).checked }, `${rule.title}: ${(e.target as HTMLInputElement).checked ? 'on' : 'off'}`)}
                      />
                    </label>
                    <div class="rule__text">
                      <span>
                        <span id={titleId} class="rule__title">
                          {rule.title}
                        </span>
                        {!enabled && <span class="rule__off">Off</span>}
                      </span>
                      <code class="rule__id">{rule.id}</code>
                      <p class="rule__desc">{rule.description}</p>
                    </div>
                    <label class="rule__severity">
                      <span class="visually-hidden">Severity of {rule.title}</span>
                      <select
                        class="input input--select"
                        value={o.severity ?? ''}
                        disabled={!enabled}
                        onChange={(e) => {
                          const value = (e.target as HTMLSelectElement).value as Severity | '';
                          update(rule.id, { severity: value || undefined }, `${rule.title}: severity`);
                        }}
                      >
                        <option value="">Default ({SEVERITY_LABEL[rule.severity]})</option>
                        <option value="error">Error</option>
                        <option value="warning">Warning</option>
                        <option value="info">Info</option>
                      </select>
                    </label>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
