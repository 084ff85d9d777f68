// @vitest-environment node
// A full browser storage (storage.local / storage.sync refusing writes with the browser's quota
// error) under WXT's fake browser: every write the extension makes (the audit history, the
// settings, the dismissals) rejects with a StorageWriteError whose message tells the person what
// was not saved and what to do, and what was stored before is left exactly as it was.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageHistory, saveAudit } from '@/utils/history/persist';
import { readDismissals, readSettings, writeDismissals, writeSettings } from '@/utils/settings/items';
import { defaultSettings, type Settings } from '@/utils/settings/schema';
import { dismissFinding } from '@/utils/dismiss';
import { StorageWriteError, isQuotaError, storageErrorMessage } from '@/utils/storage-errors';
import type { Finding, Report } from '@/utils/types';

// What the browsers say (Chromium's two spellings, its sync write-rate limit, Firefox's DOMException).
const CHROME_LOCAL_FULL = 'Resource::kQuotaBytes quota exceeded';
const CHROME_OLD_FULL = 'QUOTA_BYTES quota exceeded';
const CHROME_SYNC_ITEM = 'QUOTA_BYTES_PER_ITEM quota exceeded';
const CHROME_SYNC_RATE = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
const firefoxFull = () => Object.assign(new Error('storage.sync API call exceeded its quota limitations.'), { name: 'QuotaExceededError' });

beforeEach(() => {
  fakeBrowser.reset();
});

/** From now on the storage area refuses every write the way a full browser storage does. */
function fillUp(area: 'local' | 'sync', error: Error | string = CHROME_LOCAL_FULL) {
  const err = typeof error === 'string' ? new Error(error) : error;
  return vi.spyOn(fakeBrowser.storage[area], 'set').mockRejectedValue(err);
}

const raw = (area: 'local' | 'sync') => fakeBrowser.storage[area].get(null) as Promise<Record<string, unknown>>;

let n = 0;
function finding(excerpt: string): Finding {
  return {
    id: `f-${(++n).toString(16).padStart(16, '0')}`,
    ruleId: 'phone/unlinked-number',
    category: 'phone',
    severity: 'warning',
    scope: 'element',
    message: `The number ${excerpt} is plain text.`,
    excerpt,
    context: excerpt,
    selector: 'p',
    fix: '',
    helpUrl: '',
    data: {},
  };
}

function report(url: string, findings: Finding[]): Report {
  return {
    schema: 'cliniclint.report/v1',
    generator: { name: 'cliniclint', version: '0.1.0' },
    page: {
      url,
      title: 'A page',
      lang: 'en',
      auditedAt: '2026-11-26T12:00:00.000Z',
      detection: { kind: 'clinic-article', confidence: 0.9, signals: [] },
      dates: { published: null, modified: null, reviewed: null },
    },
    summary: { error: 0, warning: findings.length, info: 0, byCategory: {} },
    findings,
  };
}

describe('audit history when storage.local is full', () => {
  it('saving an audit rejects with a message that says the history is full and how to make room', async () => {
    fillUp('local');
    const err = await saveAudit(report('https://c.example/a', [finding('949-945-0927')])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageWriteError);
    expect((err as StorageWriteError).full).toBe(true);
    expect((err as Error).message).toMatch(/^Couldn’t save this audit to the history: your browser’s storage for Clinic Lint is full\. Clear the audit history in Settings/);
  });

  it('the audits saved before are kept as they were', async () => {
    const url = 'https://c.example/a';
    await saveAudit(report(url, [finding('949-945-0927')]), { savedAt: '2026-11-26T10:00:00.000Z' });
    const before = await raw('local');
    fillUp('local', CHROME_OLD_FULL);
    await expect(saveAudit(report(url, [finding('949-945-0928')]), { savedAt: '2026-11-26T11:00:00.000Z' })).rejects.toBeInstanceOf(StorageWriteError);
    expect(await raw('local')).toEqual(before);
    expect((await readPageHistory(url)).map((e) => e.savedAt)).toEqual(['2026-11-26T10:00:00.000Z']);
  });

  it('a later save works again once there is room (the failed one left no broken state behind)', async () => {
    const spy = fillUp('local');
    await expect(saveAudit(report('https://c.example/a', [finding('1')]))).rejects.toThrow(/full/);
    spy.mockRestore();
    const saved = await saveAudit(report('https://c.example/a', [finding('2')]));
    expect(saved.entry).not.toBeNull();
  });
});

describe('settings when storage.sync is full', () => {
  const mine: Settings = { ...defaultSettings(), asOf: '2025-06-01', profile: { ...defaultSettings().profile, phones: ['+1 949 945 0927'] } };

  it('writeSettings rejects with a message about sync storage, and the stored settings stay', async () => {
    await writeSettings(mine);
    const before = await raw('sync');
    fillUp('sync', CHROME_SYNC_ITEM);
    const err = await writeSettings({ ...mine, asOf: '2026-01-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageWriteError);
    expect((err as Error).message).toMatch(/^Couldn’t save the settings: your browser’s sync storage for Clinic Lint is full\. Remove some custom claims/);
    expect(await raw('sync')).toEqual(before);
    expect(await readSettings()).toEqual(mine);
  });

  it('too many writes in a minute: says to wait, not that storage is full', async () => {
    fillUp('sync', CHROME_SYNC_RATE);
    await expect(writeSettings(mine)).rejects.toThrow(/too many changes in a short time.*Wait a minute/);
  });

  it('Firefox’s QuotaExceededError is recognised too', async () => {
    fillUp('sync', firefoxFull());
    await expect(writeSettings(mine)).rejects.toThrow(/sync storage for Clinic Lint is full/);
  });
});

describe('dismissals when storage.local is full', () => {
  it('writeDismissals rejects with a message, and the dismissals stored before stay', async () => {
    const url = 'https://c.example/a';
    const first = dismissFinding(await readDismissals(), url, finding('1'), 'checked', new Date('2026-11-26T10:00:00Z'));
    await writeDismissals(first);
    fillUp('local');
    const second = dismissFinding(first, url, finding('2'), 'also checked', new Date('2026-11-26T11:00:00Z'));
    await expect(writeDismissals(second)).rejects.toThrow(/^Couldn’t save the dismissal: your browser’s storage for Clinic Lint is full/);
    expect(await readDismissals()).toEqual(first);
  });
});

describe('storageErrorMessage', () => {
  it('tells quota errors from other failures, and keeps the browser’s words for the latter', () => {
    for (const e of [CHROME_LOCAL_FULL, CHROME_OLD_FULL, CHROME_SYNC_ITEM, CHROME_SYNC_RATE]) expect(isQuotaError(new Error(e))).toBe(true);
    expect(isQuotaError(firefoxFull())).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(storageErrorMessage(new Error('Extension context invalidated.'), 'the settings', 'sync')).toBe('Couldn’t save the settings (Extension context invalidated.). Try again.');
    expect(storageErrorMessage(null, 'the settings', 'sync')).toBe('Couldn’t save the settings. Try again.');
  });
});

describe('the popup when storage.local is full', () => {
  it('a dismissal the browser refuses: the finding stays listed and the popup says why', async () => {
    const popup = await import('@/entrypoints/popup/state');
    const url = 'https://c.example/a';
    const kept = finding('949-945-0927');
    const other = finding('949-945-0928');
    popup.view.value = { status: 'done', forced: false, response: { report: report(url, [kept, other]), rules: {}, asOf: null } };
    const full = fillUp('local');
    await popup.dismiss(kept, 'finding', 'checked');
    expect(popup.applied.value.active.map((f) => f.id)).toEqual([kept.id, other.id]);
    expect(popup.storageError.value).toMatch(/^Couldn’t save the dismissal: your browser’s storage for Clinic Lint is full/);
    expect(popup.announcement.value).toMatch(/storage for Clinic Lint is full/);
    expect(await raw('local')).toEqual({});

    // with room again, the same dismissal is saved and the message goes
    full.mockRestore();
    await popup.dismiss(kept, 'finding', 'checked');
    expect(popup.applied.value.active.map((f) => f.id)).toEqual([other.id]);
    expect(popup.storageError.value).toBeNull();
    expect(Object.keys((await readDismissals()).findings)).toHaveLength(1);
  });
});

describe('the report page when storage.local is full', () => {
  it('a dismissal the browser refuses: the finding stays listed and the page says why', async () => {
    const page = await import('@/entrypoints/report/state');
    const url = 'https://c.example/a';
    const kept = finding('949-945-0927');
    const r = report(url, [kept]);
    page.view.value = { status: 'page', key: url, entries: [{ key: url, savedAt: r.page.auditedAt, report: r }], index: 0, tab: null };
    const full = fillUp('local');
    await page.dismiss(kept, 'rule', 'tracking number');
    expect(page.applied.value.active.map((f) => f.id)).toEqual([kept.id]);
    expect(page.problem.value).toMatch(/^Couldn’t save the dismissal: your browser’s storage for Clinic Lint is full/);
    expect(await raw('local')).toEqual({});
    full.mockRestore();
    await page.dismiss(kept, 'rule', 'tracking number');
    expect(page.applied.value.active).toEqual([]);
  });
});
