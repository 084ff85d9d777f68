import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Report } from '@/utils/types';
import { applyDismissals } from '@/utils/dismiss';
import { ChangesSection, formatWhen } from '@/components/ChangesSection';
import { DismissedSection } from '@/components/DismissedSection';
import { ExportMenu } from '@/components/ExportMenu';
import { FilterBar } from '@/components/FilterBar';
import { FindingList } from '@/components/FindingList';
import { HistoryList } from '@/components/HistoryList';
import { PrintableFindings } from '@/components/PrintableFindings';
import { RunProgress } from '@/components/RunProgress';
import { StatusPanel } from '@/components/StatusPanel';
import { SummaryBar } from '@/components/SummaryBar';
import { categoryCounts, filterFindings, groupFindings } from '@/components/filter';
import { KIND_LABEL, SEVERITY_ORDER, SEVERITY_PLURAL, percent } from '@/components/labels';
import { siteLabel } from '@/utils/settings/sites';
import { linkableUrl } from '@/utils/report/escape';
import {
  RULES,
  announcement,
  applied,
  changes,
  changesOpen,
  clearFilters,
  copiedId,
  copyFix,
  dismiss,
  dismissals,
  dismissedOpen,
  expandedId,
  exportAs,
  filters,
  grantAndRun,
  isFiltered,
  notes,
  openCounts,
  print,
  printing,
  problem,
  report,
  restore,
  select,
  selectSitePage,
  setFilters,
  shownCount,
  site,
  start,
  toggleSeverity,
  unsilence,
  view,
  visibleGroups,
  watchPrint,
} from './state';
import { reportSearch } from './url';

function formatDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function countsText(c: { error: number; warning: number; info: number }): string {
  return SEVERITY_ORDER.map((s) => `${c[s]} ${SEVERITY_PLURAL[s][c[s] === 1 ? 0 : 1]}`).join(', ');
}

/** "Open the page" (new tab); only http(s) and file URLs become links. */
function PageLink({ url, label = 'Open the page' }: { url: string; label?: string }) {
  const href = linkableUrl(url);
  if (!href) return <span class="page-head__url">{url}</span>;
  return (
    <a class="page-head__link" href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span aria-hidden="true"> ↗</span>
      <span class="cl-visually-hidden"> (opens a new tab)</span>
    </a>
  );
}

function PageHead({ r, saved, level = 1, id = 'page-title' }: { r: Report; saved?: string; level?: 1 | 2; id?: string }) {
  const { page } = r;
  const H = level === 1 ? 'h1' : 'h2';
  const dates = (['published', 'modified', 'reviewed'] as const).filter((k) => page.dates[k]);
  const label = { published: 'Published', modified: 'Updated', reviewed: 'Reviewed' };
  return (
    <section class="page-head" aria-labelledby={id}>
      <H id={id} class="page-head__title">
        {page.title || page.url}
      </H>
      <p class="page-head__where">
        <span class="page-head__url" title={page.url}>
          {page.url}
        </span>
        <PageLink url={page.url} />
      </p>
      <dl class="page-head__meta">
        <div>
          <dt>Audited as of</dt>
          <dd>{formatDay(page.auditedAt.slice(0, 10))}</dd>
        </div>
        {saved && (
          <div>
            <dt>Saved</dt>
            <dd>{formatWhen(saved)}</dd>
          </div>
        )}
        <div>
          <dt>Page kind</dt>
          <dd>
            {KIND_LABEL[page.detection.kind] ?? page.detection.kind} ({percent(page.detection.confidence)})
          </dd>
        </div>
        {dates.map((k) => (
          <div key={k}>
            <dt>{label[k]}</dt>
            <dd>{page.dates[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Summary, filters and the grouped list of the report on screen (a page, or a site's selected page). */
function Findings({ r, children }: { r: Report; children?: ComponentChildren }) {
  const { active, dismissed, silenced } = applied.value;
  const total = active.length;
  const shown = shownCount.value;
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of active) summary[f.severity]++;
  return (
    <>
      <SummaryBar summary={summary} detection={r.page.detection} active={filters.value.severities} onToggle={total ? toggleSeverity : undefined} />
      {children}
      {total > 0 && (
        <div class="no-print">
          <FilterBar filters={filters.value} categories={categoryCounts(active)} shown={shown} total={total} onChange={setFilters} onClear={clearFilters} />
        </div>
      )}
      {total > 0 && shown > 0 && (
        <div class="no-print">
          <FindingList
            groups={visibleGroups.value}
            rules={RULES}
            expandedId={expandedId.value}
            notes={notes.value}
            copiedId={copiedId.value}
            site={site.value}
            onSelect={(f) => void select(f)}
            onCopyFix={(f) => void copyFix(f)}
            onDismiss={(f, how, reason) => void dismiss(f, how, reason)}
          />
        </div>
      )}
      {!printing.value || view.value.status !== 'site' ? <PrintableFindings groups={visibleGroups.value} rules={RULES} /> : null}
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
          <p>The {total === 1 ? 'one finding' : `${total} findings`} of this page {total === 1 ? 'is' : 'are'} hidden by the filters.</p>
        </StatusPanel>
      )}
      {total === 0 && (
        <StatusPanel tone="empty" title={dismissed.length ? 'Nothing left to review' : 'No problems found'}>
          <p>{dismissed.length ? `The ${dismissed.length === 1 ? 'one finding' : `${dismissed.length} findings`} of this page ${dismissed.length === 1 ? 'was' : 'were'} dismissed.` : 'Clinic Lint found nothing to fix on this page.'}</p>
        </StatusPanel>
      )}
      <div class="no-print">
        <DismissedSection
          dismissed={dismissed}
          silenced={silenced}
          rules={RULES}
          site={site.value}
          open={dismissedOpen.value}
          onToggle={(open) => (dismissedOpen.value = open)}
          onRestore={(d) => void restore(d.finding.id)}
          onUnsilence={(id) => void unsilence(id)}
        />
      </div>
    </>
  );
}

function PageView() {
  const v = view.value;
  if (v.status !== 'page') return null;
  const entry = v.entries[v.index]!;
  const c = changes.value;
  return (
    <>
      <PageHead r={entry.report} saved={entry.savedAt} />
      {v.index > 0 && (
        <p class="notice" role="note">
          An older audit of this page.{' '}
          <a href={reportSearch({ kind: 'page', key: v.key, at: null, tab: v.tab })}>Show the latest</a>
        </p>
      )}
      <Findings r={entry.report}>
        {c && <ChangesSection since={c.since} added={c.added} fixed={c.fixed} open={changesOpen.value} onToggle={(o) => (changesOpen.value = o)} what="the previous audit" />}
      </Findings>
    </>
  );
}

function SiteView() {
  const v = view.value;
  if (v.status !== 'site') return null;
  const { saved, selected } = v;
  const pages = saved.report.pages;
  const totals = { error: 0, warning: 0, info: 0 };
  for (const p of pages) {
    const c = openCounts(p);
    for (const s of SEVERITY_ORDER) totals[s] += c[s];
  }
  const r = pages[selected]!;
  return (
    <>
      <section class="page-head" aria-labelledby="site-title">
        <h1 id="site-title" class="page-head__title">
          Open tabs of {siteLabel(saved.site)}
        </h1>
        <p class="page-head__where">
          {pages.length} page{pages.length === 1 ? '' : 's'} audited {formatWhen(saved.report.generatedAt)} · <strong>{countsText(totals)}</strong>
        </p>
      </section>
      {saved.failures.length > 0 && (
        <StatusPanel tone="notice" title={`${saved.failures.length} tab${saved.failures.length === 1 ? '' : 's'} could not be audited`}>
          <ul class="failures">
            {saved.failures.map((f, i) => (
              <li key={i}>
                {f.title || f.url}: {f.error}
              </li>
            ))}
          </ul>
        </StatusPanel>
      )}
      <table class="site-table" data-pages={pages.length}>
        <caption class="cl-visually-hidden">Pages of the site report</caption>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Kind</th>
            <th scope="col" class="n">
              Errors
            </th>
            <th scope="col" class="n">
              Warnings
            </th>
            <th scope="col" class="n">
              Notes
            </th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p, i) => {
            const c = openCounts(p);
            return (
              <tr key={i} class={i === selected ? 'site-table__row--on' : undefined} data-url={p.page.url}>
                <th scope="row">
                  <button type="button" class="site-table__page" aria-current={i === selected ? 'true' : undefined} onClick={() => selectSitePage(i)}>
                    {p.page.title || p.page.url}
                  </button>
                  <span class="site-table__url">{p.page.url}</span>
                </th>
                <td>{KIND_LABEL[p.page.detection.kind] ?? p.page.detection.kind}</td>
                <td class="n">{c.error}</td>
                <td class="n">{c.warning}</td>
                <td class="n">{c.info}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {printing.value ? (
        pages.map((p, i) => {
          const active = applyDismissals(p.findings, dismissals.value, p.page.url).active;
          return (
            <section key={i} class="print-page">
              <PageHead r={p} level={2} id={`print-page-${i}`} />
              <p class="page-head__where">{countsText(openCounts(p))}</p>
              <PrintableFindings groups={groupFindings(filterFindings(active, filters.value, RULES))} rules={RULES} />
            </section>
          );
        })
      ) : null}
      <section class={`site-page${printing.value ? ' no-print' : ''}`}>
        <PageHead r={r} level={2} />
        <Findings r={r} />
      </section>
    </>
  );
}

function Permission() {
  const v = view.value;
  if (v.status !== 'permission') return null;
  return (
    <StatusPanel
      tone="notice"
      title={`Audit the open tabs of ${siteLabel(v.site)}`}
      actions={
        <button type="button" id="grant-site" class="cl-btn cl-btn--primary" onClick={() => grantAndRun(v.site, v.keep)}>
          Allow and audit
        </button>
      }
    >
      <p>To read the tabs of this site, Clinic Lint needs your permission for {siteLabel(v.site)}. It gives it back when the audit is done.</p>
      {v.error && (
        <p class="error" role="alert">
          {v.error}
        </p>
      )}
    </StatusPanel>
  );
}

function Running() {
  const v = view.value;
  if (v.status !== 'running') return null;
  return (
    <>
      <h1 class="page-head__title">Auditing the open tabs of {siteLabel(v.site)}</h1>
      <StatusPanel tone="loading" title="Reading each tab of the site…">
        <p>Each page is audited in its own tab, with your settings. Nothing leaves your browser.</p>
      </StatusPanel>
      <RunProgress items={v.items} />
    </>
  );
}

function Aside() {
  const v = view.value;
  if (v.status === 'page') {
    return (
      <aside class="side no-print" aria-labelledby="history-title">
        <h2 id="history-title" class="side__title">
          History of this page
        </h2>
        <p class="side__lead">
          {v.entries.length} saved audit{v.entries.length === 1 ? '' : 's'}, newest first. Settings → History clears them.
        </p>
        <HistoryList entries={v.entries} current={v.index} href={(e) => reportSearch({ kind: 'page', key: v.key, at: e.savedAt, tab: v.tab })} />
      </aside>
    );
  }
  return null;
}

export function App() {
  useEffect(() => {
    void start();
    return watchPrint();
  }, []);
  const v = view.value;
  const r = report.value;
  useEffect(() => {
    document.title = v.status === 'site' ? `Site report: ${siteLabel(v.saved.site)} · Clinic Lint` : r ? `Report: ${r.page.title || r.page.url} · Clinic Lint` : 'Clinic Lint report';
  }, [v, r]);
  const canExport = v.status === 'page' || v.status === 'site';
  const left = v.status === 'site' ? v.saved.report.pages.reduce((n, p) => n + (p.findings.length - applyDismissals(p.findings, dismissals.value, p.page.url).active.length), 0) : applied.value.dismissed.length;
  return (
    <>
      <header class="top">
        <div class="top__inner">
          <img src="/icon/48.png" width={28} height={28} alt="" class="top__logo" />
          <p class="top__brand">
            Clinic Lint <span class="top__kind">{v.status === 'site' || v.status === 'running' || v.status === 'permission' ? 'site report' : 'full report'}</span>
          </p>
          <div class="top__actions no-print">
            <button type="button" id="print" class="cl-btn cl-btn--secondary top__btn" disabled={!canExport} onClick={print}>
              Print
            </button>
            <ExportMenu
              id="export"
              buttonClass="cl-btn cl-btn--primary top__btn"
              disabled={!canExport}
              note={left ? `Exports hold the open findings; the ${left} you dismissed ${left === 1 ? 'is' : 'are'} left out, and the file says so.` : 'Exports hold every finding shown here.'}
              onExport={(format) => void exportAs(format)}
            >
              Export <span aria-hidden="true">▾</span>
            </ExportMenu>
          </div>
        </div>
      </header>
      <div class={`layout${v.status === 'page' ? ' layout--aside' : ''}`}>
        <main class="main" aria-busy={v.status === 'loading' || v.status === 'running'}>
          {problem.value && (
            <p class="error" role="alert">
              {problem.value}
            </p>
          )}
          {v.status === 'loading' && <StatusPanel tone="loading" title="Loading the report…" />}
          {v.status === 'empty' && (
            <StatusPanel tone="empty" title={v.title}>
              <p>{v.text}</p>
            </StatusPanel>
          )}
          <Permission />
          <Running />
          <PageView />
          <SiteView />
        </main>
        <Aside />
      </div>
      <p class="cl-visually-hidden" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
