// Audit history (pure): per origin+path, bounded by count and bytes, oldest dropped, sizes.
import { describe, expect, test } from 'vitest';
import { addAudit, byteSize, changesSince, clearHistory, emptyHistory, entriesFor, formatBytes, historyKey, historyUsage, latestFor, removePage, type HistoryState } from '../../../utils/history';
import { payloadReport } from './samples';
import type { Report } from '../../../utils/types';

function reportOf(url: string, extra = 0): Report {
  const r = payloadReport();
  r.page.url = url;
  r.findings = r.findings.slice(0, 2);
  if (extra) r.findings[0]!.message = 'x'.repeat(extra);
  return r;
}

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString();

describe('historyKey', () => {
  test('origin + path; query and fragment dropped; file URLs kept; others have no history', () => {
    expect(historyKey('https://Clinic.Example:443/blog/a?utm_source=x#top')).toBe('https://clinic.example/blog/a');
    expect(historyKey('http://clinic.example:8080/')).toBe('http://clinic.example:8080/');
    expect(historyKey('https://clinic.example')).toBe('https://clinic.example/');
    expect(historyKey('file:///tmp/draft.html')).toBe('file:///tmp/draft.html');
    expect(historyKey('about:blank')).toBeNull();
    expect(historyKey('not a url')).toBeNull();
  });
});

describe('addAudit', () => {
  test('saves per page, newest first, and returns the previous audit to diff against', () => {
    let s = emptyHistory();
    const first = addAudit(s, reportOf('https://c.example/a?x=1'), { savedAt: at(1) });
    expect(first.previous).toBeNull();
    expect(first.changedKeys).toEqual(['https://c.example/a']);
    s = first.state;
    const second = addAudit(s, reportOf('https://c.example/a#frag'), { savedAt: at(2) });
    expect(second.previous).toBe(first.entry);
    s = second.state;
    expect(entriesFor(s, 'https://c.example/a').map((e) => e.savedAt)).toEqual([at(2), at(1)]);
    expect(latestFor(s, 'https://c.example/a?other')).toBe(second.entry);
    expect(changesSince(second.previous, second.entry!.report)).toMatchObject({ added: [], fixed: [] });
    expect(changesSince(null, second.entry!.report)).toBeNull();
  });

  test('never mutates the state it is given', () => {
    const s = addAudit(emptyHistory(), reportOf('https://c.example/a'), { savedAt: at(1) }).state;
    const frozen = structuredClone(s);
    addAudit(s, reportOf('https://c.example/a'), { savedAt: at(2), limits: { perPage: 1 } });
    expect(s).toEqual(frozen);
  });

  test('bounded per page: the oldest audits of the page are dropped', () => {
    let s: HistoryState = emptyHistory();
    const dropped: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const r = addAudit(s, reportOf('https://c.example/a'), { savedAt: at(i), limits: { perPage: 3 } });
      s = r.state;
      dropped.push(...r.dropped.map((e) => e.savedAt));
    }
    expect(entriesFor(s, 'https://c.example/a').map((e) => e.savedAt)).toEqual([at(5), at(4), at(3)]);
    expect(dropped).toEqual([at(1), at(2)]);
  });

  test('bounded in all: count and bytes, the globally oldest dropped first, never the new audit', () => {
    let s: HistoryState = emptyHistory();
    for (let i = 1; i <= 4; i++) s = addAudit(s, reportOf(`https://c.example/p${i}`), { savedAt: at(i) }).state;
    const r = addAudit(s, reportOf('https://c.example/p5'), { savedAt: at(5), limits: { maxEntries: 3 } });
    expect(r.dropped.map((e) => e.key)).toEqual(['https://c.example/p1', 'https://c.example/p2']);
    expect(Object.keys(r.state.pages).sort()).toEqual(['https://c.example/p3', 'https://c.example/p4', 'https://c.example/p5']);
    expect(r.changedKeys.sort()).toEqual(['https://c.example/p1', 'https://c.example/p2', 'https://c.example/p5']);

    const big = 20_000;
    const maxBytes = 3 * big;
    let t: HistoryState = emptyHistory();
    for (let i = 1; i <= 6; i++) {
      const res = addAudit(t, reportOf(`https://c.example/b${i}`, big), { savedAt: at(i), limits: { maxBytes } });
      t = res.state;
      expect(historyUsage(t).bytes).toBeLessThanOrEqual(maxBytes);
      expect(res.entry).not.toBeNull();
      expect(t.pages[`https://c.example/b${i}`]).toHaveLength(1);
    }
    expect(Object.keys(t.pages).sort()).toEqual(['https://c.example/b5', 'https://c.example/b6']);
  });

  test('an audit larger than the whole budget, or of a page without a key, is not saved', () => {
    const s = emptyHistory();
    const tooBig = addAudit(s, reportOf('https://c.example/a', 5000), { savedAt: at(1), limits: { maxBytes: 1000 } });
    expect(tooBig).toMatchObject({ entry: null, reason: 'too-large', changedKeys: [] });
    expect(tooBig.state).toBe(s);
    expect(addAudit(s, reportOf('about:blank'), { savedAt: at(1) })).toMatchObject({ entry: null, reason: 'no-key' });
  });
});

describe('sizes, removal, clearing', () => {
  test('usage counts pages, audits and the UTF-8 bytes of the JSON', () => {
    let s = emptyHistory();
    s = addAudit(s, reportOf('https://c.example/a'), { savedAt: at(1) }).state;
    s = addAudit(s, reportOf('https://c.example/a'), { savedAt: at(2) }).state;
    s = addAudit(s, reportOf('https://c.example/b'), { savedAt: at(3) }).state;
    const usage = historyUsage(s);
    expect(usage).toMatchObject({ pages: 2, entries: 3 });
    expect(usage.bytes).toBe(new TextEncoder().encode(JSON.stringify(s)).length);
    expect(byteSize('é')).toBe(4); // "é" as JSON: 2 quotes + 2 bytes
    expect(byteSize(undefined)).toBe(0);
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(4 * 1024 * 1024)).toBe('4.0 MB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');

    const removed = removePage(s, 'https://c.example/a?q');
    expect(historyUsage(removed)).toMatchObject({ pages: 1, entries: 1 });
    expect(removePage(removed, 'https://c.example/zzz')).toBe(removed);
    expect(historyUsage(clearHistory())).toMatchObject({ pages: 0, entries: 0 });
  });
});
