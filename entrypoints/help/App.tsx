// The rules' help pages: what each rule checks, why it matters, how to fix it, a failing and a
// passing example, and its sources. Opened by "Learn more" on a finding (help.html#<rule id>).
// Reads utils/help/rule-help.json only: no engine on this page. Everything is rendered as text.
import { useEffect, useState } from 'preact/hooks';
import ruleHelp from '@/utils/help/rule-help.json';
import { RUNS_ON_WORDS, type RuleHelp } from '@/utils/help/build';
import { CATEGORY_LABEL } from '@/components/labels';

const RULES = ruleHelp as RuleHelp[];
const CATEGORIES = [...new Set(RULES.map((r) => r.category))];

const idFromHash = () => decodeURIComponent(location.hash.replace(/^#/, ''));
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

function RuleDoc({ rule }: { rule: RuleHelp }) {
  return (
    <article class="help-rule" aria-labelledby="rule-title">
      <p class="help-rule__kicker">
        {CATEGORY_LABEL[rule.category as keyof typeof CATEGORY_LABEL] ?? rule.category} · {rule.severity}
        {rule.network ? ' · network check, off until you turn it on' : ''}
      </p>
      <h1 id="rule-title">{rule.title}</h1>
      <p class="help-rule__runs">{RUNS_ON_WORDS[rule.runsOn]}</p>
      <h2>What it checks</h2>
      <p>{rule.checks}</p>
      <h2>Why it matters</h2>
      <p>{rule.why}</p>
      <h2>How to fix it</h2>
      <p class="help-rule__fix">{rule.fix}</p>
      {(rule.failing || rule.passing) && <h2>Examples</h2>}
      {rule.failing && (
        <figure class="help-example help-example--fail">
          <figcaption>Reported</figcaption>
          <blockquote>{rule.failing.text}</blockquote>
          {rule.failing.finding && <p class="help-example__says">Clinic Lint says: {rule.failing.finding.message}</p>}
        </figure>
      )}
      {rule.passing && (
        <figure class="help-example help-example--pass">
          <figcaption>Not reported</figcaption>
          <blockquote>{rule.passing.text}</blockquote>
        </figure>
      )}
      {rule.sources.length > 0 && (
        <>
          <h2>Sources</h2>
          <ul class="help-sources">
            {rule.sources.map((s) => {
              const url = safeUrl(s.url);
              return <li key={s.url}>{url ? <a href={url} target="_blank" rel="noreferrer noopener">{s.title}</a> : s.title}</li>;
            })}
          </ul>
        </>
      )}
      <p class="help-rule__id">
        Rule id <code>{rule.id}</code>, for settings and the command line (<code>cliniclint explain {rule.id}</code>).
      </p>
    </article>
  );
}

export function App() {
  const [id, setId] = useState(idFromHash);
  useEffect(() => {
    const on = () => setId(idFromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const rule = RULES.find((r) => r.id === id) ?? null;
  useEffect(() => {
    document.title = rule ? `${rule.title} · Clinic Lint` : 'Clinic Lint rules';
    if (rule) document.getElementById('rule-title')?.focus();
  }, [rule]);

  return (
    <div class="help">
      <nav class="help-nav" aria-label="Rules">
        <a class="help-nav__home" href="#">All rules</a>
        {CATEGORIES.map((c) => (
          <section key={c}>
            <h2>{CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL] ?? c}</h2>
            <ul>
              {RULES.filter((r) => r.category === c).map((r) => (
                <li key={r.id}>
                  <a href={`#${r.id}`} aria-current={r.id === id ? 'page' : undefined}>
                    {r.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      <main class="help-main">
        {rule ? (
          <RuleDoc rule={rule} />
        ) : (
          <article class="help-rule">
            <h1>{id ? 'No such rule' : 'Clinic Lint rules'}</h1>
            <p>
              {id
                ? `There is no rule called "${id}". Pick one from the list.`
                : `Clinic Lint checks clinic pages with ${RULES.length} rules. Pick one to see what it checks, why it matters and how to fix what it finds.`}
            </p>
          </article>
        )}
      </main>
    </div>
  );
}
