import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Finding, Report } from '@/utils/types';
import { FindingList } from '@/components/FindingList';
import { StatusPanel } from '@/components/StatusPanel';
import { SummaryBar } from '@/components/SummaryBar';
import { KIND_LABEL, percent } from '@/components/labels';
import { describeProblem, type Problem } from './problems';
import { activeTab, auditTab, clearIn, highlightIn, setBadge, type TargetTab } from './tab';

type View =
  | { status: 'loading'; force: boolean }
  | { status: 'error'; problem: Problem }
  | { status: 'done'; report: Report; forced: boolean };

// Popup state lives for one opening of the popup.
const view = signal<View>({ status: 'loading', force: false });
const target = signal<TargetTab | null>(null);
const selectedId = signal<string | null>(null);
const notes = signal<Record<string, string | undefined>>({});
/** announced to screen readers (aria-live) */
const announcement = signal('');

async function run(force: boolean): Promise<void> {
  view.value = { status: 'loading', force };
  selectedId.value = null;
  notes.value = {};
  announcement.value = force ? 'Auditing this page anyway…' : 'Auditing this page…';
  let tab = target.value;
  try {
    tab ??= target.value = await activeTab();
    const report = await auditTab(tab.id, force);
    view.value = { status: 'done', report, forced: force };
    const { error, warning, info } = report.summary;
    announcement.value = `Audit finished: ${error} errors, ${warning} warnings, ${info} notes.`;
    await setBadge(tab.id, report.summary).catch(() => {});
  } catch (err) {
    const problem = describeProblem(err, tab?.url);
    view.value = { status: 'error', problem };
    announcement.value = problem.title;
  }
}

async function select(finding: Finding): Promise<void> {
  const tab = target.value;
  if (!tab || !finding.selector) return;
  const note = (text: string | undefined) => (notes.value = { ...notes.value, [finding.id]: text });
  try {
    if (selectedId.value === finding.id) {
      selectedId.value = null;
      await clearIn(tab.id);
      return;
    }
    const result = await highlightIn(tab.id, finding.selector, finding.message);
    if (!result.found) {
      selectedId.value = null;
      note('Not on the page any more. The page may have changed since the audit; run it again.');
    } else if (!result.visible) {
      selectedId.value = null;
      note('It’s on the page but hidden right now (for example in a closed menu or tab), so it can’t be outlined.');
    } else {
      selectedId.value = finding.id;
      note(undefined);
    }
  } catch {
    selectedId.value = null;
    note('Couldn’t reach the page. It may have navigated away; run the audit again.');
  }
}

function ResultView({ report, forced }: { report: Report; forced: boolean }) {
  const { detection } = report.page;
  const other = detection.kind === 'other';
  const hasFindings = report.findings.length > 0;
  return (
    <>
      {other && !forced && (
        <StatusPanel
          tone="notice"
          title="This doesn’t look like a clinic page"
          actions={
            <button type="button" class="btn btn--primary" onClick={() => run(true)}>
              Audit anyway
            </button>
          }
        >
          <p>
            Clinic Lint checks clinic articles and service pages; this page looks like something else ({percent(detection.confidence)} sure).{' '}
            {hasFindings ? 'Only the checks that apply to any page ran.' : 'The clinic checks did not run.'}
          </p>
        </StatusPanel>
      )}
      {other && forced && (
        <p class="note" role="note">
          Audited anyway: this page doesn’t look like a clinic page, so some findings may not apply.
        </p>
      )}
      {(hasFindings || !other || forced) && <SummaryBar summary={report.summary} detection={detection} />}
      {hasFindings ? (
        <FindingList findings={report.findings} selectedId={selectedId.value} onSelect={select} notes={notes.value} />
      ) : (
        (!other || forced) && (
          <StatusPanel tone="empty" title="No problems found">
            <p>
              Checked as: {KIND_LABEL[detection.kind]}. Clinic Lint checks dates, calls to action, phone links, claims and trust
              signals; medical accuracy still needs a human review.
            </p>
          </StatusPanel>
        )
      )}
    </>
  );
}

export function App() {
  useEffect(() => {
    void run(false);
  }, []);

  const v = view.value;
  const title = v.status === 'done' ? v.report.page.title : '';
  return (
    <>
      <header class="bar">
        <img class="bar__logo" src="/icon/32.png" width={20} height={20} alt="" />
        <div class="bar__text">
          <h1 class="bar__title">Clinic Lint</h1>
          {title && (
            <p class="bar__page" title={title}>
              {title}
            </p>
          )}
        </div>
        <button
          type="button"
          class="btn btn--quiet"
          onClick={() => run(v.status === 'done' ? v.forced : false)}
          disabled={v.status === 'loading'}
        >
          Re-run
        </button>
      </header>
      <main class="content" aria-busy={v.status === 'loading'}>
        {v.status === 'loading' && (
          <StatusPanel tone="loading" title={v.force ? 'Auditing anyway…' : 'Auditing this page…'}>
            <p>Reading the page in this tab. Nothing leaves your browser.</p>
          </StatusPanel>
        )}
        {v.status === 'error' && (
          <StatusPanel
            tone="error"
            title={v.problem.title}
            actions={
              v.problem.retry && (
                <button type="button" class="btn btn--primary" onClick={() => run(false)}>
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
        {v.status === 'done' && <ResultView report={v.report} forced={v.forced} />}
      </main>
      <p class="cl-visually-hidden" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
