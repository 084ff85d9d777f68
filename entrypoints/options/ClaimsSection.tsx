import { useState } from 'preact/hooks';
import type { ClaimEntry, Severity } from '@/utils/types';
import { newClaimId } from '@/utils/settings/schema';
import { SEVERITY_LABEL } from '@/components/labels';
import { Problems } from './Problems';
import { save, settings } from './state';

interface Draft {
  id: string | null;
  pattern: string;
  fact: string;
  trueFrom: string;
  falseFrom: string;
  recheckBy: string;
  severity: Severity;
  message: string;
  fix: string;
}

const EMPTY: Draft = { id: null, pattern: '', fact: '', trueFrom: '', falseFrom: '', recheckBy: '', severity: 'warning', message: '', fix: '' };

const draftOf = (c: ClaimEntry): Draft => ({
  id: c.id,
  pattern: c.pattern,
  fact: c.fact,
  trueFrom: c.trueFrom ?? '',
  falseFrom: c.falseFrom ?? '',
  recheckBy: c.recheckBy ?? '',
  severity: c.severity,
  message: c.message === c.fact ? '' : c.message,
  fix: c.fix,
});

function patternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'Pattern: enter the words (or regular expression) to look for.';
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch (err) {
    return `Pattern: not a valid regular expression (${err instanceof Error ? err.message : String(err)}).`;
  }
}

function when(c: ClaimEntry): string {
  if (c.falseFrom) return `Out of date from ${c.falseFrom}`;
  if (c.trueFrom) return `True from ${c.trueFrom}`;
  return 'Out of date now';
}

export function ClaimsSection() {
  const s = settings.value!;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (key: keyof Draft) => (e: Event) => setDraft({ ...draft!, [key]: (e.target as HTMLInputElement).value });
  const livePattern = draft ? (draft.pattern ? patternProblem(draft.pattern) : null) : null;

  async function submit(e: Event) {
    e.preventDefault();
    if (!draft) return;
    const problems = [patternProblem(draft.pattern), draft.fact.trim() ? null : 'What is true now: describe the current fact.'].filter((p): p is string => !!p);
    if (problems.length) {
      setErrors(problems);
      return;
    }
    const failed = await save((cur) => {
      const others = cur.claims.filter((c) => c.id !== draft.id);
      const entry: ClaimEntry = {
        id: draft.id ?? newClaimId(draft.pattern, others.map((c) => c.id)),
        pattern: draft.pattern.trim(),
        fact: draft.fact.trim(),
        trueFrom: draft.trueFrom || null,
        falseFrom: draft.falseFrom || null,
        recheckBy: draft.recheckBy || null,
        severity: draft.severity,
        // empty: the rule words the message and the fix from the fact
        message: draft.message.trim(),
        fix: draft.fix.trim(),
        sources: cur.claims.find((c) => c.id === draft.id)?.sources ?? [],
      };
      const claims = draft.id ? cur.claims.map((c) => (c.id === draft.id ? entry : c)) : [...cur.claims, entry];
      return { ...cur, claims };
    }, draft.id ? 'Claim' : 'New claim');
    setErrors(failed ?? []);
    if (!failed) setDraft(null);
  }

  return (
    <section id="claims" class="card" aria-labelledby="claims-title">
      <div class="card__head">
        <div>
          <h2 id="claims-title">Custom claims</h2>
          <p class="card__lead">
            Facts about your clinic that go out of date: a doctor who left, last year’s prices, an old address. Pages that still say them are reported as stale.
          </p>
        </div>
        {!draft && (
          <button
            type="button"
            class="btn btn--primary"
            id="add-claim"
            onClick={() => {
              setErrors([]);
              setDraft({ ...EMPTY });
            }}
          >
            Add a claim
          </button>
        )}
      </div>
      {s.claims.length === 0 && !draft && <p class="empty">No custom claims yet. The shipped knowledge base (drug approvals, regulations, hotlines) always applies.</p>}
      {s.claims.length > 0 && (
        <ul class="claims">
          {s.claims.map((c) => (
            <li key={c.id} class="claim" data-claim-id={c.id}>
              <div class="claim__text">
                <code class="claim__pattern">{c.pattern}</code>
                <span class="claim__fact">{c.fact}</span>
                <span class="claim__meta">
                  {when(c)} · {SEVERITY_LABEL[c.severity]}
                  {c.recheckBy ? ` · re-check by ${c.recheckBy}` : ''}
                </span>
              </div>
              <div class="claim__actions">
                <button
                  type="button"
                  class="btn btn--secondary btn--small"
                  onClick={() => {
                    setErrors([]);
                    setDraft(draftOf(c));
                  }}
                >
                  Edit<span class="visually-hidden"> claim {c.pattern}</span>
                </button>
                <button type="button" class="btn btn--quiet btn--small" onClick={() => void save((cur) => ({ ...cur, claims: cur.claims.filter((x) => x.id !== c.id) }), 'Claim removal')}>
                  Delete<span class="visually-hidden"> claim {c.pattern}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {draft && (
        <form class="form form--boxed" onSubmit={submit} noValidate aria-label={draft.id ? 'Edit claim' : 'New claim'}>
          <div class="form__grid">
            <label class="field field--wide">
              <span class="field__label">Words on the page (pattern)</span>
              <input
                class={`input input--mono${livePattern ? ' input--invalid' : ''}`}
                value={draft.pattern}
                onInput={set('pattern')}
                placeholder="Dr\.? Jane Smith"
                aria-invalid={!!livePattern}
                aria-describedby="pattern-help"
                autocomplete="off"
                spellcheck={false}
              />
              <span id="pattern-help" class={`field__help${livePattern ? ' field__help--error' : ''}`}>
                {livePattern ?? 'Case-insensitive regular expression; plain words work too.'}
              </span>
            </label>
            <label class="field field--wide">
              <span class="field__label">What is true now</span>
              <input class="input" value={draft.fact} onInput={set('fact')} placeholder="Dr. Smith left the clinic in March 2025; Dr. Lee sees her patients." />
            </label>
            <label class="field">
              <span class="field__label">True from</span>
              <input class="input input--date" type="date" value={draft.trueFrom} onInput={set('trueFrom')} />
            </label>
            <label class="field">
              <span class="field__label">Out of date from</span>
              <input class="input input--date" type="date" value={draft.falseFrom} onInput={set('falseFrom')} aria-describedby="false-help" />
              <span id="false-help" class="field__help">
                Empty (and no “true from”): out of date now.
              </span>
            </label>
            <label class="field">
              <span class="field__label">Re-check by</span>
              <input class="input input--date" type="date" value={draft.recheckBy} onInput={set('recheckBy')} />
            </label>
            <label class="field">
              <span class="field__label">Severity</span>
              <select id="claim-severity" class="input input--select" value={draft.severity} onChange={set('severity')}>
                <option value="error">Error</option>
                <option value="warning">Warning</option>
                <option value="info">Info</option>
              </select>
            </label>
            <label class="field field--wide">
              <span class="field__label">Message (optional)</span>
              <input class="input" value={draft.message} onInput={set('message')} placeholder="Empty: “…” is out of date: (what is true now)" />
            </label>
            <label class="field field--wide">
              <span class="field__label">How to fix (optional)</span>
              <input class="input" value={draft.fix} onInput={set('fix')} placeholder="Empty: Update the statement: (what is true now)" />
            </label>
          </div>
          <Problems errors={errors} />
          <div class="form__actions">
            <button type="submit" class="btn btn--primary" id="save-claim">
              {draft.id ? 'Save claim' : 'Add claim'}
            </button>
            <button
              type="button"
              class="btn btn--quiet"
              onClick={() => {
                setDraft(null);
                setErrors([]);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
