import { useEffect, useState } from 'preact/hooks';
import { isIsoDay, type Settings } from '@/utils/settings/schema';
import { Problems } from './Problems';
import { save, settings } from './state';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface Draft {
  phones: string;
  booking: string;
  region: string;
  cycle: string;
  asOf: string;
}

const draftOf = (s: Settings): Draft => ({
  phones: s.profile.phones.join('\n'),
  booking: s.profile.bookingUrlPatterns.join('\n'),
  region: s.profile.region ?? '',
  cycle: String(s.profile.reviewCycleMonths),
  asOf: s.asOf ?? '',
});

export function ProfileSection() {
  const s = settings.value!;
  const [draft, setDraft] = useState<Draft>(() => draftOf(s));
  const [errors, setErrors] = useState<string[]>([]);
  // a change from elsewhere (import, another window) replaces an untouched form
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setDraft(draftOf(s));
  }, [s, touched]);

  const set = (key: keyof Draft) => (e: Event) => {
    setTouched(true);
    setDraft({ ...draft, [key]: (e.target as HTMLInputElement | HTMLTextAreaElement).value });
  };

  async function submit(e: Event) {
    e.preventDefault();
    const problems: string[] = [];
    const cycle = Number(draft.cycle);
    if (!Number.isInteger(cycle)) problems.push('Review cycle: enter a whole number of months from 1 to 60.');
    if (draft.asOf && !isIsoDay(draft.asOf)) problems.push('Audit “as of”: enter a date, or leave it empty for today.');
    if (problems.length) {
      setErrors(problems);
      return;
    }
    const failed = await save(
      (cur): Settings => ({
        ...cur,
        profile: {
          phones: lines(draft.phones),
          bookingUrlPatterns: lines(draft.booking),
          region: draft.region.trim() ? draft.region.trim().toUpperCase() : null,
          reviewCycleMonths: cycle,
        },
        asOf: draft.asOf || null,
      }),
      'Clinic profile',
    );
    setErrors(failed ?? []);
    if (!failed) setTouched(false);
  }

  return (
    <section id="profile" class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Clinic profile</h2>
      <p class="card__lead">What Clinic Lint should know about your clinic. It makes phone, booking and review checks specific to you.</p>
      <form class="form" onSubmit={submit} noValidate>
        <div class="form__grid">
          <label class="field">
            <span class="field__label">Clinic phone numbers</span>
            <textarea class="input" rows={3} value={draft.phones} onInput={set('phones')} placeholder={'(949) 945-0927\n+1 949 555 0100'} aria-describedby="phones-help" />
            <span id="phones-help" class="field__help">
              One per line, any format. Numbers on a page that are not one of these are reported.
            </span>
          </label>
          <label class="field">
            <span class="field__label">Booking links</span>
            <textarea class="input" rows={3} value={draft.booking} onInput={set('booking')} placeholder={'/book\nzocdoc.com/practice/harbor'} aria-describedby="booking-help" />
            <span id="booking-help" class="field__help">
              One per line: a part of the address, or a /regular expression/. Links that match count as booking links.
            </span>
          </label>
          <label class="field">
            <span class="field__label">Country for phone numbers</span>
            <input class="input input--short" value={draft.region} onInput={set('region')} maxLength={2} placeholder="US" aria-describedby="region-help" autocomplete="off" />
            <span id="region-help" class="field__help">
              Two-letter code (US, CA, GB…). Empty: read from the page.
            </span>
          </label>
          <label class="field">
            <span class="field__label">Review cycle (months)</span>
            <input class="input input--short" type="number" min={1} max={60} value={draft.cycle} onInput={set('cycle')} aria-describedby="cycle-help" />
            <span id="cycle-help" class="field__help">
              A page not reviewed within this time is overdue (a warning; an error at twice the time).
            </span>
          </label>
          <div class="field">
            <label class="field__label" for="as-of">
              Audit “as of”
            </label>
            <div class="field__row">
              <input id="as-of" class="input input--date" type="date" value={draft.asOf} onInput={set('asOf')} aria-describedby="asof-help" />
              {draft.asOf && (
                <button
                  type="button"
                  class="btn btn--quiet"
                  onClick={() => {
                    setTouched(true);
                    setDraft({ ...draft, asOf: '' });
                  }}
                >
                  Use today
                </button>
              )}
            </div>
            <span id="asof-help" class="field__help">
              The date the checks take as “today”: see how a page reads on a launch date, or re-check an old audit. Empty: today.
            </span>
          </div>
        </div>
        <Problems errors={errors} />
        <div class="form__actions">
          <button type="submit" class="btn btn--primary" id="save-profile">
            Save profile
          </button>
          {touched && <span class="form__hint">Unsaved changes</span>}
        </div>
      </form>
    </section>
  );
}
