import { useEffect, useLayoutEffect } from 'preact/hooks';
import { DismissedSection } from '@/components/DismissedSection';
import { FilterBar } from '@/components/FilterBar';
import { FindingList } from '@/components/FindingList';
import { StatusPanel } from '@/components/StatusPanel';
import { SummaryBar } from '@/components/SummaryBar';
import { Switch } from '@/components/Switch';
import { ChangesSection } from '@/components/ChangesSection';
import { ExportMenu } from '@/components/ExportMenu';
import { categoryCounts, isFiltered } from '@/components/filter';
import { KIND_LABEL, percent } from '@/components/labels';
import { createKeyHandler } from './keyboard';
import {
  announcement,
  applied,
  clearPage,
  auto,
  auditSiteTabs,
  changes,
  changesOpen,
  clearFilters,
  currentReport,
  exportAs,
  exportError,
  openDraftChecker,
  openFullReport,
  pendingFocus,
  siteTabs,
  copiedId,
  copyFix,
  dismiss,
  dismissedOpen,
  expandedId,
  filters,
  marking,
  notes,
  numbers,
  hiddenIds,
  markNumbers,
  ordered,
  outlinedId,
  response,
  restore,
  run,
  select,
  setFilters,
  site,
  storageError,
  summary,
  toggleAuto,
  toggleMarks,
  toggleSeverity,
  unsilence,
  view,
  visibleGroups,
} from './state';
import { openOptions } from './tab';
import { LinkCheck } from './LinkCheck';

function formatDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function SiteSwitch() {
  const a = auto.value;
  if (!a.site || !site.value) return null;
  // One line until opened, so the first findings show without scrolling; open by itself while the
  // site's controls have something to say (auto-audit on, an error, a run of the tabs).
  const open = a.on || !!a.error || siteTabs.value.busy || !!siteTabs.value.error;
  return (
    <section aria-label="This site">
    <details class="site" open={open}>
      <summary class="site__summary">
        <span class="site__name">{site.value}</span>
        <span class="site__state">{a.on ? 'auto-audit on' : 'site tools'}</span>
      </summary>
      <Switch
        id="auto-audit"
        checked={a.on}
        busy={a.busy}
        label="Audit this site automatically"
        aside={site.value}
        description={
          a.on
            ? 'On: every page of this site is audited; the count shows on the toolbar button.'
            : `Audits every page of ${site.value} and shows the count on the toolbar button. Your browser asks for permission first.`
        }
        onChange={(next) => toggleAuto(next)}
      />
      {a.error && (
        <p class="site__error" role="alert">
          {a.error}
        </p>
      )}
      <div class="site__tabs">
        <button
          type="button"
          id="audit-site-tabs"
          class="cl-btn cl-btn--secondary cl-btn--small"
          aria-describedby="audit-site-tabs-desc"
          disabled={siteTabs.value.busy || view.value.status === 'loading'}
          onClick={() => auditSiteTabs()}
        >
          Audit all open tabs of this site
        </button>
        <span id="audit-site-tabs-desc" class="site__hint">
          One report for all of them; your browser asks for access first.
        </span>
      </div>
      {siteTabs.value.error && (
        <p class="site__error site__error--tabs" role="alert">
          {siteTabs.value.error}
        </p>
      )}
    </details>
    </section>
  );
}

function Loading({ force }: { force: boolean }) {
  return (
    <>
      <StatusPanel tone="loading" title={force ? 'Auditing anyway…' : 'Auditing this page…'}>
        <p>Reading the page in this tab. Nothing leaves your browser.</p>
      </StatusPanel>
      <ul class="skeleton" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <li key={i} class="skeleton__card">
            <span class="skeleton__line skeleton__line--short" />
            <span class="skeleton__line" />
            <span class="skeleton__line skeleton__line--mid" />
          </li>
        ))}
      </ul>
    </>
  );
}

function Results({ forced }: { forced: boolean }) {
  const r = response.value!;
  const { report, rules, asOf } = r;
  const { detection } = report.page;
  const other = detection.kind === 'other';
  const { active, dismissed, silenced } = applied.value;
  const total = active.length;
  const shown = ordered.value.length;
  const hasAny = report.findings.length > 0;
  return (
    <>
      {other && !forced && (
        <StatusPanel
          tone="notice"
          title="This doesn’t look like a clinic page"
          actions={
            <button type="button" class="cl-btn cl-btn--primary" onClick={() => run(true)}>
              Audit anyway
            </button>
          }
        >
          <p>
            Clinic Lint checks clinic articles and service pages; this page looks like something else ({percent(detection.confidence)} sure).{' '}
            {hasAny ? 'Only the checks that apply to any page ran.' : 'The clinic checks did not run.'}
          </p>
        </StatusPanel>
      )}
      {other && forced && (
        <p class="note" role="note">
          Audited anyway: this page doesn’t look like a clinic page, so some findings may not apply.
        </p>
      )}
      {asOf && (
        <p class="note note--asof" role="note">
          Audited as of <strong>{formatDay(asOf)}</strong> (set in Settings).
        </p>
      )}
      {(hasAny || !other || forced) && (
        <SummaryBar summary={summary.value} detection={detection} active={filters.value.severities} onToggle={total ? toggleSeverity : undefined} />
      )}
      {changes.value && (
        <ChangesSection
          since={changes.value.since}
          added={changes.value.added}
          fixed={changes.value.fixed}
          open={changesOpen.value}
          onToggle={(open) => (changesOpen.value = open)}
        />
      )}
      {total > 0 && (
        <FilterBar
          filters={filters.value}
          categories={categoryCounts(active)}
          shown={shown}
          total={total}
          marking={marking.value}
          markable={numbers.value.size}
          onChange={setFilters}
          onClear={clearFilters}
          onToggleMarks={() => void toggleMarks()}
        />
      )}
      {total > 0 && shown > 0 && (
        <FindingList
          groups={visibleGroups.value}
          rules={rules}
          numbers={marking.value ? markNumbers.value : null}
          expandedId={expandedId.value}
          outlinedId={outlinedId.value}
          hidden={hiddenIds.value}
          notes={notes.value}
          copiedId={copiedId.value}
          site={site.value}
          onSelect={(f) => void select(f)}
          onCopyFix={(f) => void copyFix(f)}
          onDismiss={(f, how, reason) => void dismiss(f, how, reason)}
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
        >
          <p>{total === 1 ? 'The one finding on this page is hidden by the filters.' : `The ${total} findings on this page are hidden by the filters.`}</p>
        </StatusPanel>
      )}
      {total === 0 && (!other || forced) && (
        <StatusPanel tone="empty" title={dismissed.length ? 'Nothing left to review' : 'No problems found'}>
          <p>
            {dismissed.length
              ? `You dismissed the ${dismissed.length === 1 ? 'one finding' : `${dismissed.length} findings`} on this page; they are under “Dismissed” below.`
              : `Checked as: ${KIND_LABEL[detection.kind]}. Clinic Lint checks dates, calls to action, phone links, claims and trust signals; medical accuracy still needs a human review.`}
          </p>
        </StatusPanel>
      )}
      <DismissedSection
        dismissed={dismissed}
        silenced={silenced}
        rules={rules}
        site={site.value}
        open={dismissedOpen.value}
        onToggle={(open) => (dismissedOpen.value = open)}
        onRestore={(d) => void restore(d)}
        onUnsilence={(id) => void unsilence(id)}
      />
    </>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={d} />
    </svg>
  );
}

const DOWNLOAD = 'M9 2h2v8.59l2.8-2.8 1.4 1.42L10 14.4 4.8 9.2l1.4-1.42L9 10.6V2Zm-6 13h2v2h10v-2h2v4H3v-4Z';
const RERUN = 'M10 3a7 7 0 0 1 6.32 4H14v2h5V4h-2v1.76A9 9 0 1 0 19 10h-2a7 7 0 1 1-7-7Z';
const GEAR =
  'M11.6 1.5l.4 2.1a6.6 6.6 0 0 1 1.7 1l2-.8 1.6 2.8-1.6 1.3a6.8 6.8 0 0 1 0 2l1.6 1.3-1.6 2.8-2-.8a6.6 6.6 0 0 1-1.7 1l-.4 2.1H8.4L8 16.2a6.6 6.6 0 0 1-1.7-1l-2 .8-1.6-2.8 1.6-1.3a6.8 6.8 0 0 1 0-2L2.7 8.6l1.6-2.8 2 .8a6.6 6.6 0 0 1 1.7-1l.4-2.1h3.2ZM10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z';

/** The line above the export formats: what an export holds. */
function exportNote(): string | undefined {
  if (!currentReport.value) return 'Nothing to export until the audit has finished.';
  const open = applied.value.active.length;
  const left = applied.value.dismissed.length;
  const findings = `${open} open finding${open === 1 ? '' : 's'}`;
  return left ? `Exports hold the ${findings}; the ${left} you dismissed ${left === 1 ? 'is' : 'are'} left out, and the file says so.` : `Exports hold the ${findings} of this audit.`;
}

export function App() {
  useEffect(() => {
    const onKeyDown = createKeyHandler(clearPage);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // In the render that changes the list, not a frame later: the opened card stays in sight, and
  // focus moves on from a dismissed finding before anything else can happen.
  const opened = expandedId.value;
  useLayoutEffect(() => {
    if (opened) document.querySelector(`.cl-finding[data-finding-id="${CSS.escape(opened)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [opened]);
  const focusRequest = pendingFocus.value;
  useLayoutEffect(() => {
    if (!focusRequest) return;
    pendingFocus.value = null;
    const el = (focusRequest.id && document.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(focusRequest.id)}"] .cl-finding__head`)) || document.getElementById('cl-search');
    el?.focus();
  }, [focusRequest]);

  const v = view.value;
  const title = v.status === 'done' ? v.response.report.page.title : '';
  return (
    <>
      <header class="bar">
        <img class="bar__logo" src="/icon/32.png" width={22} height={22} alt="" />
        <div class="bar__text">
          <h1 class="bar__title">Clinic Lint</h1>
          {title && (
            <p class="bar__page" title={title}>
              {title}
            </p>
          )}
        </div>
        {/* Header actions. Issue 5 (export menu): put the export button first in this area. */}
        <div class="bar__actions" id="popup-actions">
          <ExportMenu
            id="export"
            label="Export, full report and draft checker"
            buttonClass="icon-btn"
            formatsDisabled={!currentReport.value}
            note={exportNote()}
            actions={[
              { id: 'full-report', label: 'Open the full report', hint: 'Print it, see this page’s history', disabled: !currentReport.value, onSelect: () => void openFullReport() },
              { id: 'draft', label: 'Check a draft', hint: 'Paste copy or open a Word file before publishing', onSelect: () => void openDraftChecker() },
            ]}
            onExport={(format) => void exportAs(format)}
          >
            <Icon d={DOWNLOAD} />
          </ExportMenu>
          <button
            type="button"
            class="icon-btn"
            title="Run the audit again"
            aria-label="Run the audit again"
            onClick={() => run(v.status === 'done' ? v.forced : false)}
            disabled={v.status === 'loading'}
          >
            <Icon d={RERUN} />
          </button>
          <button type="button" class="icon-btn" title="Settings" aria-label="Settings" onClick={() => void openOptions()}>
            <Icon d={GEAR} />
          </button>
        </div>
      </header>
      {exportError.value && (
        <p class="export-error" role="alert">
          {exportError.value}
        </p>
      )}
      {storageError.value && (
        <p class="export-error storage-error" role="alert">
          {storageError.value}
        </p>
      )}
      <SiteSwitch />
      <main class="content" aria-busy={v.status === 'loading'}>
        {v.status === 'loading' && <Loading force={v.force} />}
        {v.status === 'error' && (
          <StatusPanel
            tone="error"
            title={v.problem.title}
            actions={
              v.problem.retry && (
                <button type="button" class="cl-btn cl-btn--primary" onClick={() => run(false)}>
                  Try again
                </button>
              )
            }
          >
            <p>{v.problem.explanation}</p>
            <details class="details">
              <summary>Details</summary>
              <code>{v.problem.detail}</code>
            </details>
          </StatusPanel>
        )}
        <LinkCheck />
        {v.status === 'done' && <Results forced={v.forced} />}
      </main>
      {v.status === 'done' && applied.value.active.length > 0 && (
        <footer class="keys" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> show in page · <kbd>Esc</kbd> clear · <kbd>/</kbd> search
        </footer>
      )}
      <p class="cl-visually-hidden" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
