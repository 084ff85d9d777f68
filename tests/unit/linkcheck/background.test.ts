// @vitest-environment node
// The setting (off by default), the background's gates (off → nothing fetched; no permission →
// nothing fetched), and turning the checker on and off, under WXT's fake browser. The full request
// against a real server runs here too.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoAuditSitesItem, linkCheckItem, readLinkCheckSettings } from '@/utils/settings/items';
import { defaultLinkCheckSettings, LINK_CHECK_ORIGINS, normalizeLinkCheckSettings } from '@/utils/linkcheck/settings';
import { handleCheckLinks, readRequest, type CheckLinksDeps } from '@/utils/linkcheck/background';
import { disableLinkCheck, enableLinkCheck, linkCheckStatus } from '@/utils/linkcheck/client';
import type { LinkTarget } from '@/utils/linkcheck/check-links';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  fakeBrowser.reset();
  server.reset();
});

function deps(over: Partial<CheckLinksDeps> = {}) {
  const fetchSpy = vi.fn<typeof fetch>((input, init) => fetch(input, init));
  const hasPermission = vi.fn(async () => true);
  const d: CheckLinksDeps = { readSettings: readLinkCheckSettings, hasPermission, readOverrides: async () => ({}), fetch: fetchSpy, ...over };
  return { d, fetchSpy, hasPermission };
}

const request = () => ({
  pageUrl: server.url('/article'),
  targets: [
    { url: server.url('/missing'), kind: 'citation', selector: 'p > a', excerpt: 'a study' },
    { url: server.url('/ok'), kind: 'cta', selector: 'header a', excerpt: 'Book', cta: 'book' },
    { url: 'tel:+19499450927', kind: 'link', selector: 'p > a:nth-of-type(2)', excerpt: '949-945-0927' },
  ] satisfies LinkTarget[],
});

describe('the setting', () => {
  it('is off by default: nothing stored means off', async () => {
    expect(defaultLinkCheckSettings()).toEqual({ enabled: false });
    expect(await readLinkCheckSettings()).toEqual({ enabled: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('anything but enabled: true reads as off', () => {
    for (const v of [null, undefined, 1, 'on', [], { enabled: 'true' }, { enabled: 1 }, { enabled: null }]) expect(normalizeLinkCheckSettings(v)).toEqual({ enabled: false });
    expect(normalizeLinkCheckSettings({ enabled: true, extra: 1 })).toEqual({ enabled: true });
  });

  it('lives in local storage (permissions are per browser), next to, not inside, the synced settings', async () => {
    await linkCheckItem.setValue({ enabled: true });
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.linkCheck).toEqual({ enabled: true });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('handleCheckLinks (the background’s message handler)', () => {
  it('with the checker off (the default), fetches nothing and does not even look at permissions', async () => {
    const { d, fetchSpy, hasPermission } = deps();
    expect(await handleCheckLinks(request(), d)).toEqual({ status: 'off' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(hasPermission).not.toHaveBeenCalled();
    expect(server.requests).toEqual([]);
  });

  it('turned on but without the all-sites permission: fetches nothing', async () => {
    await linkCheckItem.setValue({ enabled: true });
    const { d, fetchSpy } = deps({ hasPermission: async () => false });
    expect(await handleCheckLinks(request(), d)).toEqual({ status: 'no-permission' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(server.requests).toEqual([]);
  });

  it('turned on and permitted: checks the links and returns findings and a summary', async () => {
    await linkCheckItem.setValue({ enabled: true });
    const { d, fetchSpy } = deps();
    const res = await handleCheckLinks(request(), d);
    expect(res.status).toBe('done');
    if (res.status !== 'done') return;
    expect(fetchSpy).toHaveBeenCalledTimes(2); // tel: never
    expect(server.requests.sort()).toEqual(['HEAD /missing', 'HEAD /ok']);
    expect(res.findings.map((f) => [f.ruleId, f.severity, f.data.status])).toEqual([['links/broken-link', 'warning', 404]]);
    expect(res.summary).toMatchObject({ checked: 2, skipped: 1, overCap: 0, offline: false, verdicts: { ok: 1, broken: 1 } });
    expect(res.summary.text).toBe('2 links checked: 1 broken or failing.');
  });

  it('applies the user’s rule overrides', async () => {
    await linkCheckItem.setValue({ enabled: true });
    const { d } = deps({ readOverrides: async () => ({ 'links/broken-link': { enabled: false } }) });
    const res = await handleCheckLinks(request(), d);
    expect(res.status === 'done' && res.findings).toEqual([]);
  });

  it('rejects a malformed request (only after the gates: an off checker answers "off" to anything)', async () => {
    const { d } = deps();
    expect(await handleCheckLinks('junk', d)).toEqual({ status: 'off' });
    await linkCheckItem.setValue({ enabled: true });
    await expect(handleCheckLinks('junk', d)).rejects.toThrow(/pageUrl/);
  });

  it('readRequest keeps only well-formed targets and bounds their sizes', () => {
    const r = readRequest({
      pageUrl: 'https://clinic.example/',
      targets: [{ url: 'https://a.example/', kind: 'citation', selector: 'a', excerpt: 'x'.repeat(500) }, { url: 5, kind: 'link' }, { url: 'https://b.example/', kind: 'evil' }, null],
    });
    expect(r?.targets).toHaveLength(1);
    expect(r?.targets[0]!.excerpt).toHaveLength(200);
    expect(readRequest({ targets: [] })).toBeNull();
  });
});

describe('turning it on and off (options page / popup glue)', () => {
  it('on: asks for the all-sites permission first; refused → stays off', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await enableLinkCheck()).toBe(false);
    expect(request).toHaveBeenCalledWith({ origins: [...LINK_CHECK_ORIGINS] });
    expect(await linkCheckStatus()).toEqual({ enabled: false, granted: false });
  });

  it('on: granted → on', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await enableLinkCheck()).toBe(true);
    expect(await linkCheckStatus()).toEqual({ enabled: true, granted: true });
  });

  it('off: gives the permission back, unless auto-audit sites use host permissions', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await linkCheckItem.setValue({ enabled: true });
    expect(await disableLinkCheck()).toEqual({ released: true });
    expect(remove).toHaveBeenCalledWith({ origins: [...LINK_CHECK_ORIGINS] });
    expect(await readLinkCheckSettings()).toEqual({ enabled: false });

    remove.mockClear();
    await linkCheckItem.setValue({ enabled: true });
    await autoAuditSitesItem.setValue(['https://clinic.example']);
    expect(await disableLinkCheck()).toEqual({ released: false });
    expect(remove).not.toHaveBeenCalled();
    expect(await readLinkCheckSettings()).toEqual({ enabled: false });
  });
});
