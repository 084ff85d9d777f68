// @vitest-environment node
// The history's storage binding (utils/history/persist.ts) under WXT's fake browser: one local
// key per page, bounded (count per page, total count, bytes; oldest dropped), identical re-audits
// collapse into one entry, malformed stored data is ignored, clearing and usage.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  HISTORY_PREFIX,
  clearAllHistory,
  historyFromSnapshot,
  lastSiteReportItem,
  readHistory,
  readHistoryUsage,
  readLastSiteReport,
  readPageHistory,
  removePageHistory,
  saveAudit,
  watchHistory,
} from '@/utils/history/persist';
import { byteSize, changesSince, entriesFor } from '@/utils/history';
import { combineReports } from '@/utils/report/combine';
import type { Finding, Report } from '@/utils/types';

beforeEach(() => {
  fakeBrowser.reset();
});

let n = 0;
function finding(ruleId: string, excerpt: string): Finding {
  return {
    id: `f-${(++n).toString(16).padStart(16, '0')}`,
    ruleId,
    category: ruleId.split('/')[0] as Finding['category'],
    severity: 'warning',
    scope: 'element',
    message: `${ruleId}: ${excerpt}`,
    excerpt,
    context: excerpt,
    selector: 'p',
    fix: '',
    helpUrl: '',
    data: {},
  };
}

function report(url: string, findings: Finding[], auditedAt = '2026-11-26T12:00:00.000Z'): Report {
  return {
    schema: 'cliniclint.report/v1',
    generator: { name: 'cliniclint', version: '0.1.0' },
    page: {
      url,
      title: 'A page',
      lang: 'en',
      auditedAt,
      detection: { kind: 'clinic-article', confidence: 0.9, signals: [] },
      dates: { published: null, modified: null, reviewed: null },
    },
    summary: { error: 0, warning: findings.length, info: 0, byCategory: {} },
    findings,
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();
const raw = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

describe('saveAudit', () => {
  it('stores each page under its own local key (origin + path), newest first', async () => {
    const phone = finding('phone/unlinked-number', '949-945-0927');
    const first = await saveAudit(report('https://c.example/a?utm=x#top', [phone]), { savedAt: at(1) });
    expect(first.previous).toBeNull();
    expect(first.refreshed).toBe(false);
    await saveAudit(report('https://c.example/b', []), { savedAt: at(2) });

    const stored = await raw();
    expect(Object.keys(stored).sort()).toEqual([`${HISTORY_PREFIX}https://c.example/a`, `${HISTORY_PREFIX}https://c.example/b`]);
    expect(stored[`${HISTORY_PREFIX}https://c.example/a`]).toEqual([{ key: 'https://c.example/a', savedAt: at(1), report: expect.objectContaining({ findings: [phone] }) }]);

    const cta = finding('cta/dead-cta', 'book online');
    const second = await saveAudit(report('https://c.example/a', [cta]), { savedAt: at(3) });
    expect(second.previous?.savedAt).toBe(at(1));
    const diff = changesSince(second.previous, second.entry!.report)!;
    expect(diff.added.map((f) => f.ruleId)).toEqual(['cta/dead-cta']);
    expect(diff.fixed.map((f) => f.ruleId)).toEqual(['phone/unlinked-number']);
    expect((await readPageHistory('https://c.example/a#other')).map((e) => e.savedAt)).toEqual([at(3), at(1)]);
  });

  it('an audit that finds the same as the latest one replaces it (no duplicate entries)', async () => {
    const f = finding('phone/unlinked-number', '949-945-0927');
    const g = finding('cta/dead-cta', 'book online');
    await saveAudit(report('https://c.example/a', [f]), { savedAt: at(1) });
    await saveAudit(report('https://c.example/a', [f, g]), { savedAt: at(2) });
    const again = await saveAudit(report('https://c.example/a', [g, f], '2026-11-27T12:00:00.000Z'), { savedAt: at(3) });
    expect(again.refreshed).toBe(true);
    expect(again.previous?.savedAt).toBe(at(2));
    expect(changesSince(again.previous, again.entry!.report)).toMatchObject({ added: [], fixed: [] });
    const list = await readPageHistory('https://c.example/a');
    expect(list.map((e) => e.savedAt)).toEqual([at(3), at(1)]);
    expect(list[0]!.report.page.auditedAt).toBe('2026-11-27T12:00:00.000Z');
  });

  it('keeps at most `perPage` audits of a page and drops the oldest', async () => {
    for (let i = 0; i < 5; i++) await saveAudit(report('https://c.example/a', [finding('stale/x', `v${i}`)]), { savedAt: at(i), limits: { perPage: 3 } });
    expect((await readPageHistory('https://c.example/a')).map((e) => e.savedAt)).toEqual([at(4), at(3), at(2)]);
  });

  it('keeps the total count and size within bounds, dropping the globally oldest audits and emptying keys', async () => {
    const limits = { maxEntries: 3 };
    await saveAudit(report('https://c.example/old', [finding('stale/x', 'a')]), { savedAt: at(0), limits });
    await saveAudit(report('https://c.example/b', [finding('stale/x', 'b')]), { savedAt: at(1), limits });
    await saveAudit(report('https://c.example/c', [finding('stale/x', 'c')]), { savedAt: at(2), limits });
    const result = await saveAudit(report('https://c.example/d', [finding('stale/x', 'd')]), { savedAt: at(3), limits });
    expect(result.dropped.map((e) => e.key)).toEqual(['https://c.example/old']);
    const stored = await raw();
    expect(stored).not.toHaveProperty(`${HISTORY_PREFIX}https://c.example/old`);
    expect(Object.keys((await readHistory()).pages).sort()).toEqual(['https://c.example/b', 'https://c.example/c', 'https://c.example/d']);

    // bytes: one big audit pushes the others out, and one that cannot fit at all is not saved
    const big = report('https://c.example/big', [finding('stale/x', 'x'.repeat(150))]);
    big.findings[0]!.context = 'y'.repeat(3000);
    // room for the big audit plus about one small one: the others must go
    const alone = byteSize({ version: 1, pages: { 'https://c.example/big': [{ key: 'https://c.example/big', savedAt: at(4), report: big }] } });
    const maxBytes = alone + 900;
    expect((await readHistoryUsage()).bytes + alone).toBeGreaterThan(maxBytes);
    const saved = await saveAudit(big, { savedAt: at(4), limits: { maxBytes } });
    expect(saved.entry).not.toBeNull();
    expect(saved.dropped.length).toBeGreaterThan(0);
    expect((await readHistoryUsage()).bytes).toBeLessThanOrEqual(maxBytes);
    const tooBig = await saveAudit(report('https://c.example/huge', [{ ...finding('stale/x', 'z'), context: 'z'.repeat(5000) }]), { savedAt: at(5), limits: { maxBytes: 2000 } });
    expect(tooBig).toMatchObject({ entry: null, reason: 'too-large' });
    expect(await raw()).not.toHaveProperty(`${HISTORY_PREFIX}https://c.example/huge`);
  });

  it('does not save pages without a history key (browser pages, about:blank)', async () => {
    const result = await saveAudit(report('about:blank', []), { savedAt: at(1) });
    expect(result).toMatchObject({ entry: null, reason: 'no-key' });
    expect(await raw()).toEqual({});
  });

  it('saves that start together run one after the other (nothing lost)', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => saveAudit(report(`https://c.example/p${i % 2}`, [finding('stale/x', `v${i}`)]), { savedAt: at(i) })),
    );
    const state = await readHistory();
    expect(entriesFor(state, 'https://c.example/p0')).toHaveLength(3);
    expect(entriesFor(state, 'https://c.example/p1')).toHaveLength(3);
  });
});

describe('reading', () => {
  it('ignores other keys, WXT metadata keys and malformed entries', async () => {
    const good = { key: 'x', savedAt: at(1), report: report('https://c.example/a', []) };
    await fakeBrowser.storage.local.set({
      dismissals: { findings: {}, rules: {} },
      [`${HISTORY_PREFIX}https://c.example/a`]: [good, { savedAt: 3 }, null, { savedAt: at(2), report: { schema: 'other' } }],
      [`${HISTORY_PREFIX}https://c.example/a$`]: { v: 1 },
      [`${HISTORY_PREFIX}https://c.example/b`]: 'junk',
    });
    const state = await readHistory();
    expect(Object.keys(state.pages)).toEqual(['https://c.example/a']);
    expect(state.pages['https://c.example/a']).toEqual([{ ...good, key: 'https://c.example/a' }]);
    expect(historyFromSnapshot({})).toEqual({ version: 1, pages: {} });
  });

  it('usage counts pages, audits and bytes; clearing removes every audit and the site report, nothing else', async () => {
    await fakeBrowser.storage.local.set({ dismissals: { findings: {}, rules: {} } });
    await saveAudit(report('https://c.example/a', [finding('stale/x', 'a')]), { savedAt: at(1) });
    await saveAudit(report('https://c.example/a', [finding('stale/x', 'b')]), { savedAt: at(2) });
    await saveAudit(report('https://c.example/b', []), { savedAt: at(3) });
    const site = combineReports([report('https://c.example/a', [])], { generatedAt: at(4) });
    await lastSiteReportItem.setValue({ site: 'https://c.example', report: site, pages: [{ url: 'https://c.example/a', title: 'A', tabId: 3 }], failures: [] });
    expect((await readLastSiteReport())?.report.pages).toHaveLength(1);

    const usage = await readHistoryUsage();
    expect(usage).toMatchObject({ pages: 2, entries: 3 });
    expect(usage.bytes).toBeGreaterThan(usage.siteReportBytes);
    expect(usage.siteReportBytes).toBeGreaterThan(0);

    await removePageHistory('https://c.example/b?x=1');
    expect((await readHistoryUsage()).pages).toBe(1);

    await clearAllHistory();
    expect(await raw()).toEqual({ dismissals: { findings: {}, rules: {} } });
    expect(await readHistoryUsage()).toMatchObject({ pages: 0, entries: 0, siteReportBytes: 0 });
    expect(await readLastSiteReport()).toBeNull();
  });

  it('a stored site report that is not one reads as null', async () => {
    await fakeBrowser.storage.local.set({ lastSiteReport: { site: 'https://c.example', report: { schema: 'nope' } } });
    expect(await readLastSiteReport()).toBeNull();
  });

  it('watchHistory fires for history keys only, until unwatched', async () => {
    const cb = vi.fn();
    const unwatch = watchHistory(cb);
    await fakeBrowser.storage.local.set({ dismissals: {} });
    expect(cb).not.toHaveBeenCalled();
    await saveAudit(report('https://c.example/a', []), { savedAt: at(1) });
    expect(cb).toHaveBeenCalledTimes(1);
    unwatch();
    await clearAllHistory();
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
