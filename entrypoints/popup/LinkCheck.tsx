// The popup's part of the opt-in link checker. After each finished audit, when the user turned the
// checker on (Settings → Link checker): asks the content script for the page's links, shows
// "Checking 12 links…", asks the background worker to check them, and merges the findings into the
// report on screen (so the list, the filters, the dismissals, the badge and the exports see them).
// With the checker off it renders nothing and sends nothing.
//
// Mounted with one line in App.tsx. Clinic pages only (as the clinic rules): on a page that is not
// a clinic page the links are checked after "Audit anyway".
import { effect, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Report } from '@/utils/types';
import type { AuditResponse } from '@/utils/messaging';
import { LINK_CHECK_DEFAULTS, planLinks } from '@/utils/linkcheck/check-links';
import { hasLinkCheckPermission } from '@/utils/linkcheck/client';
import { mergeLinkFindings } from '@/utils/linkcheck/findings';
import { sendLinkMessage } from '@/utils/linkcheck/messaging';
import { linkCheckRuleInfo } from '@/utils/linkcheck/rules';
import { readLinkCheckSettings } from '@/utils/settings/items';
import { summary, target, view } from './state';
import { openOptions, setBadge } from './tab';

type Phase =
  | { step: 'idle' }
  | { step: 'no-permission' }
  | { step: 'checking'; count: number }
  | { step: 'done'; text: string; broken: number }
  | { step: 'error'; text: string };

const phase = signal<Phase>({ step: 'idle' });
/** reports already handled (checked, or produced by merging a check): never checked twice */
const handled = new WeakSet<Report>();

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function check(response: AuditResponse, forced: boolean): Promise<void> {
  const report = response.report;
  const settings = await readLinkCheckSettings().catch(() => ({ enabled: false }));
  if (!settings.enabled) return void (phase.value = { step: 'idle' });
  // the clinic checks did not run on this page: neither does the link checker
  if (report.page.detection.kind === 'other' && !forced) return void (phase.value = { step: 'idle' });
  if (!(await hasLinkCheckPermission().catch(() => false))) return void (phase.value = { step: 'no-permission' });
  const tab = target.value;
  if (!tab) return;
  const stillShown = () => view.value.status === 'done' && view.value.response.report === report;
  try {
    const { pageUrl, targets } = await sendLinkMessage('linkTargets', undefined, tab.id);
    const count = planLinks(targets, { pageUrl, cap: LINK_CHECK_DEFAULTS.cap }).toCheck.length;
    if (!stillShown()) return;
    if (count === 0) return void (phase.value = { step: 'done', text: 'No links to check on this page.', broken: 0 });
    phase.value = { step: 'checking', count };
    const res = await sendLinkMessage('checkLinks', { pageUrl, targets });
    if (!stillShown()) return; // audited again meanwhile: that audit has its own check
    if (res.status === 'off') return void (phase.value = { step: 'idle' });
    if (res.status === 'no-permission') return void (phase.value = { step: 'no-permission' });
    const v = view.value;
    if (v.status !== 'done') return;
    const merged = mergeLinkFindings(report, res.findings);
    handled.add(merged);
    view.value = { ...v, response: { ...v.response, report: merged, rules: { ...v.response.rules, ...linkCheckRuleInfo() } } };
    phase.value = { step: 'done', text: res.summary.text, broken: res.findings.filter((f) => f.severity !== 'info').length };
    // the toolbar count includes the link findings now (silent on pages that are not clinic pages, as the popup's own badge)
    if (!(merged.page.detection.kind === 'other' && !v.forced)) await setBadge(tab.id, summary.value).catch(() => {});
  } catch (err) {
    if (!stillShown()) return;
    phase.value = { step: 'error', text: `Couldn’t check the links: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Starts a check for every new audit on screen (once per report). */
function follow(): () => void {
  return effect(() => {
    const v = view.value;
    if (v.status !== 'done') {
      if (v.status === 'loading') phase.value = { step: 'idle' };
      return;
    }
    const report = v.response.report;
    if (handled.has(report)) return;
    handled.add(report);
    void check(v.response, v.forced);
  });
}

export function LinkCheck() {
  useEffect(() => follow(), []);
  const p = phase.value;
  if (view.value.status !== 'done' || p.step === 'idle') return null;
  if (p.step === 'checking') {
    return (
      <p class="note note--links" role="status" aria-busy="true" data-link-check="checking">
        Checking {plural(p.count, 'link')}…
      </p>
    );
  }
  if (p.step === 'no-permission') {
    return (
      <p class="note note--asof" role="note" data-link-check="no-permission">
        The link checker is on, but your browser no longer lets it access other sites, so no links were checked.{' '}
        <button type="button" class="cl-btn cl-btn--secondary" onClick={() => void openOptions()}>
          Open Settings
        </button>
      </p>
    );
  }
  if (p.step === 'error') {
    return (
      <p class="note note--asof" role="status" data-link-check="error">
        {p.text}
      </p>
    );
  }
  return (
    <p class="note note--links" role="status" data-link-check="done" data-broken={p.broken}>
      {p.text}
    </p>
  );
}
