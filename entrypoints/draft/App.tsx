import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '@/utils/types';
import { ExportMenu } from '@/components/ExportMenu';
import { FilterBar } from '@/components/FilterBar';
import { FindingList } from '@/components/FindingList';
import { StatusPanel } from '@/components/StatusPanel';
import { SummaryBar } from '@/components/SummaryBar';
import { categoryCounts, isFiltered } from '@/components/filter';
import { markFindings, type MarkSpec } from './draft';
import {
  RULES,
  address,
  announcement,
  asOf,
  check,
  clearFilters,
  copiedId,
  copyFix,
  detected,
  expandedId,
  exportAs,
  filters,
  findings,
  force,
  format,
  loadDefaults,
  numbers,
  openFile,
  ordered,
  origin,
  result,
  setFilters,
  setSource,
  source,
  stale,
  status,
  summary,
  toggleSeverity,
  visibleGroups,
} from './state';

function flash(el: Element | null | undefined): void {
  if (!(el instanceof HTMLElement)) return;
  el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  el.classList.remove('draft-flash');
  // restart the animation
  void el.offsetWidth;
  el.classList.add('draft-flash');
}

function Preview({ onPick }: { onPick: (id: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const r = result.value;
  const n = numbers.value;
  const list = ordered.value;
  // in the same commit as the list, so the marks and the cards never disagree
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !r) return;
    el.replaceChildren(r.preview.cloneNode(true));
    const specs: MarkSpec[] = list.filter((f) => n.has(f.id) && r.positions.has(f.id)).map((f) => ({ finding: f, n: n.get(f.id)!, at: r.positions.get(f.id)! }));
    markFindings(el, specs);
  }, [r, n, list]);
  return (
    <div
      ref={box}
      class="draft-preview"
      data-testid="draft-preview"
      onClick={(e) => {
        const target = e.target as Element;
        if (target.closest('a, button, input, select, textarea, label')) e.preventDefault();
        const mark = target.closest<HTMLElement>('[data-finding-id]');
        if (mark?.dataset.findingId) onPick(mark.dataset.findingId);
      }}
      onSubmit={(e) => e.preventDefault()}
    />
  );
}

function Results() {
  const r = result.value;
  if (!r) return null;
  const total = findings.value.length;
  const shown = ordered.value.length;
  const marked = numbers.value.size;

  function selectFinding(f: Finding) {
    const open = expandedId.value !== f.id;
    expandedId.value = open ? f.id : null;
    if (open) flash(document.querySelector(`.draft-preview [data-finding-id="${CSS.escape(f.id)}"]`));
  }
  function pick(id: string) {
    expandedId.value = id;
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`.cl-finding[data-finding-id="${CSS.escape(id)}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.querySelector<HTMLElement>('.cl-finding__head')?.focus({ preventScroll: true });
    });
  }

  return (
    <div class="results">
      <section class="card preview-card" aria-labelledby="preview-title">
        <div class="card__head">
          <h2 id="preview-title">Your draft, marked</h2>
          <span class="card__meta">{r.readAs === 'html' ? 'Read as HTML' : 'Read as plain text'}</span>
        </div>
        <p class="card__lead">
          {marked
            ? `${marked} finding${marked === 1 ? ' is' : 's are'} marked in the text; select a mark to see it in the list. `
            : 'Nothing to mark in the text. '}
          Scripts, styles and remote images of the draft are left out.
        </p>
        {stale.value && (
          <p class="notice" role="note">
            The draft changed since this check. Check it again to update the findings.
          </p>
        )}
        <Preview onPick={pick} />
      </section>
      <section class="card findings-card" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <SummaryBar summary={summary.value} detection={r.report.page.detection} active={filters.value.severities} onToggle={total ? toggleSeverity : undefined} />
        {total > 0 && <FilterBar filters={filters.value} categories={categoryCounts(findings.value)} shown={shown} total={total} onChange={setFilters} onClear={clearFilters} />}
        {total > 0 && shown > 0 && (
          <FindingList
            groups={visibleGroups.value}
            rules={RULES}
            numbers={numbers.value}
            expandedId={expandedId.value}
            copiedId={copiedId.value}
            onSelect={selectFinding}
            onCopyFix={(f) => void copyFix(f)}
          />
        )}
        {total > 0 && shown === 0 && isFiltered(filters.value) && (
          <StatusPanel
            tone="filter"
            title="No findings match these filters"
            actions={
              <button type="button" class="cl-btn cl-btn--secondary" onClick={clearFilters}>
                Clear filters
              </button>
            }
          />
        )}
        {total === 0 && (
          <StatusPanel tone="empty" title="No problems found">
            <p>Clinic Lint checks dates, calls to action, phone links, claims and trust signals; medical accuracy still needs a human review.</p>
          </StatusPanel>
        )}
      </section>
    </div>
  );
}

export function App() {
  useEffect(() => {
    void loadDefaults();
  }, []);
  const st = status.value;
  const busy = st.state === 'checking' || st.state === 'reading';
  const kind = detected.value;
  const o = origin.value;
  return (
    <>
      <header class="top">
        <div class="top__inner">
          <img src="/icon/48.png" width={28} height={28} alt="" class="top__logo" />
          <p class="top__brand">
            Clinic Lint <span class="top__kind">draft checker</span>
          </p>
          <div class="top__actions">
            <ExportMenu
              id="export"
              buttonClass="cl-btn cl-btn--primary top__btn"
              disabled={!result.value}
              note="Downloads the findings of the last check."
              onExport={(f) => void exportAs(f)}
            >
              Export <span aria-hidden="true">▾</span>
            </ExportMenu>
          </div>
        </div>
      </header>
      <main class="layout">
        <section class="card input-card" aria-labelledby="draft-title">
          <h1 id="draft-title">Check a draft before it goes live</h1>
          <p class="card__lead">
            Paste the article as HTML or plain text, or open an .html, .docx or .txt file. It is checked here, in your browser, with your settings: its scripts never
            run and nothing is sent anywhere.
          </p>
          <form
            class="draft-form"
            onSubmit={(e) => {
              e.preventDefault();
              void check();
            }}
          >
            <div class="draft-form__top">
              <label class="field__label" for="draft-source">
                Draft
              </label>
              <span class="draft-form__kind" aria-live="polite">
                {o.file ? `${o.file}${o.converted ? ' (converted from Word)' : ''} · ` : ''}
                {kind === 'html' ? 'HTML' : kind === 'text' ? 'Plain text' : ''}
              </span>
              <label class="cl-btn cl-btn--secondary cl-btn--small file-btn">
                Open a file…
                <input
                  id="draft-file"
                  type="file"
                  class="cl-visually-hidden"
                  accept=".html,.htm,.docx,.txt,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(e) => {
                    const input = e.currentTarget as HTMLInputElement;
                    const file = input.files?.[0];
                    if (file) void openFile(file);
                    input.value = '';
                  }}
                />
              </label>
            </div>
            <textarea
              id="draft-source"
              class="cl-input draft-form__source"
              rows={result.value ? 6 : 12}
              spellcheck={false}
              placeholder="Paste the article here: its HTML source (from your CMS’s code view) or the plain text."
              value={source.value}
              onInput={(e) => setSource((e.target as HTMLTextAreaElement).value)}
            />
            <div class="draft-form__options">
              <label class="field">
                <span class="field__label">As of</span>
                <input id="as-of" class="cl-input" type="date" required value={asOf.value} onInput={(e) => (asOf.value = (e.target as HTMLInputElement).value)} />
              </label>
              <label class="field">
                <span class="field__label">Read as</span>
                <select id="draft-format" class="cl-input" value={format.value} onChange={(e) => (format.value = (e.target as HTMLSelectElement).value as typeof format.value)}>
                  <option value="auto">Detect automatically</option>
                  <option value="html">HTML</option>
                  <option value="text">Plain text</option>
                </select>
              </label>
              <label class="field field--grow">
                <span class="field__label">Address it will have (optional)</span>
                <input
                  id="draft-url"
                  class="cl-input"
                  type="url"
                  inputMode="url"
                  placeholder="https://clinic.example/blog/new-article"
                  value={address.value}
                  onInput={(e) => (address.value = (e.target as HTMLInputElement).value)}
                />
              </label>
            </div>
            <div class="draft-form__actions">
              <label class="cl-radio draft-form__force">
                <input id="draft-force" type="checkbox" checked={force.value} onChange={(e) => (force.value = (e.target as HTMLInputElement).checked)} />
                <span>Check it as a clinic page (drafts often lack the site’s header and footer)</span>
              </label>
              <button id="check" type="submit" class="cl-btn cl-btn--primary" disabled={busy || !source.value.trim()}>
                {st.state === 'checking' ? 'Checking…' : st.state === 'reading' ? 'Reading the file…' : result.value ? 'Check again' : 'Check draft'}
              </button>
            </div>
            {st.state === 'error' && (
              <p class="error" role="alert">
                {st.message}
              </p>
            )}
            {o.converted && o.warnings > 0 && (
              <p class="notice" role="note">
                Word conversion: {o.warnings} part{o.warnings === 1 ? '' : 's'} of the document could not be converted exactly (for example unusual styles).
              </p>
            )}
          </form>
        </section>
        <Results />
      </main>
      <p class="cl-visually-hidden" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
