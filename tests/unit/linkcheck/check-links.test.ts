// @vitest-environment node
// The link checker's core against a real HTTP server on 127.0.0.1 (Node's own fetch: the same
// Fetch API the extension's worker uses). Node environment: jsdom's AbortSignal is not the one
// Node's fetch accepts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkLinks, checkOne, classifyError, isPrivateHost, isRedirectToHome, planLinks, pool, type LinkTarget } from '@/utils/linkcheck/check-links';
import { closedPort, startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => server.reset());

const link = (url: string, kind: LinkTarget['kind'] = 'citation', excerpt = 'a link'): LinkTarget => ({ url, kind, selector: `a[href="${url}"]`, excerpt });
/** the page the links are on: local, so local targets may be checked */
const pageUrl = () => server.url('/article');
const realFetch: typeof fetch = (input, init) => fetch(input, init);

describe('checkLinks against a local server', () => {
  it('reports 200, 301→200, 404, 410 and 500 with their statuses', async () => {
    const run = await checkLinks(
      ['/ok', '/moved', '/missing', '/gone', '/error'].map((p) => link(server.url(p))),
      { fetch: realFetch, pageUrl: pageUrl(), timeoutMs: 2000 },
    );
    const by = Object.fromEntries(run.results.map((r) => [new URL(r.url).pathname, r]));
    expect(by['/ok']).toMatchObject({ status: 200, ok: true, verdict: 'ok', error: null, redirectedTo: null, methods: ['HEAD'] });
    expect(by['/moved']).toMatchObject({ status: 200, ok: true, verdict: 'ok', redirectedTo: server.url('/ok') });
    expect(by['/missing']).toMatchObject({ status: 404, ok: false, verdict: 'broken', error: null });
    expect(by['/gone']).toMatchObject({ status: 410, ok: false, verdict: 'broken' });
    expect(by['/error']).toMatchObject({ status: 500, ok: false, verdict: 'server-error' });
    expect(run.note).toBeNull();
    // HEAD answered everything: no GET was needed
    expect(server.requests.filter((r) => r.startsWith('GET'))).toEqual([]);
    expect(server.requests).toContain('HEAD /ok'); // the redirect target
  });

  it('asks again with GET when the server rejects HEAD (405), and reports the GET answer', async () => {
    const [r] = (await checkLinks([link(server.url('/no-head'))], { fetch: realFetch, pageUrl: pageUrl() })).results;
    expect(r).toMatchObject({ status: 200, ok: true, methods: ['HEAD', 'GET'] });
    expect(server.requests).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('falls back to GET on 403 too, and reports a 403 that GET confirms as blocked, not broken', async () => {
    const [r] = (await checkLinks([link(server.url('/forbidden'))], { fetch: realFetch, pageUrl: pageUrl() })).results;
    expect(r).toMatchObject({ status: 403, ok: false, verdict: 'blocked', methods: ['HEAD', 'GET'] });
  });

  it('gives up on a server that never answers after timeoutMs, without a GET retry', async () => {
    const started = Date.now();
    const [r] = (await checkLinks([link(server.url('/hang'))], { fetch: realFetch, pageUrl: pageUrl(), timeoutMs: 300 })).results;
    const took = Date.now() - started;
    expect(r).toMatchObject({ status: null, ok: false, verdict: 'timeout', error: 'timeout', methods: ['HEAD'] });
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(2000);
    expect(server.requests).toEqual(['HEAD /hang']);
  });

  it('never downloads a body: a GET to an endless body returns as soon as the status is known', async () => {
    const started = Date.now();
    const r = await checkOne({ url: server.url('/big'), kind: 'link', targets: [] }, { fetch: realFetch, timeoutMs: 3000 });
    expect(r).toMatchObject({ status: 200, ok: true, methods: ['HEAD', 'GET'] });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('respects the cap: only `cap` URLs are fetched, CTAs first, and the run says what was left out', async () => {
    const targets = [
      ...Array.from({ length: 6 }, (_, i) => link(server.url(`/slow/c${i}`), 'link')),
      link(server.url('/slow/cta'), 'cta'),
      link(server.url('/slow/source'), 'citation'),
    ];
    const run = await checkLinks(targets, { fetch: realFetch, pageUrl: pageUrl(), cap: 3 });
    expect(run.results.map((r) => new URL(r.url).pathname)).toEqual(['/slow/cta', '/slow/source', '/slow/c0']);
    expect(run.overCap).toHaveLength(5);
    expect(new Set(server.requests).size).toBe(3);
    expect(server.requests.every((r) => r.startsWith('HEAD '))).toBe(true);
    expect(run.note).toMatch(/first 3 of 8 links.*5 were not checked/);
  });

  it('respects the concurrency limit (simultaneous requests counted on the server)', async () => {
    const targets = Array.from({ length: 10 }, (_, i) => link(server.url(`/slow/${i}`)));
    const run = await checkLinks(targets, { fetch: realFetch, pageUrl: pageUrl(), concurrency: 3 });
    expect(run.results.every((r) => r.ok)).toBe(true);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(3);
  });

  it('defaults to 4 at a time', async () => {
    const targets = Array.from({ length: 9 }, (_, i) => link(server.url(`/slow/d${i}`)));
    await checkLinks(targets, { fetch: realFetch, pageUrl: pageUrl() });
    expect(server.maxInFlight).toBe(4);
  });

  it('never fetches tel:, mailto:, sms:, javascript:, data: or same-page fragments', async () => {
    const spy = vi.fn(realFetch);
    const page = pageUrl();
    const run = await checkLinks(
      [
        link('tel:+19499450927', 'link'),
        link('mailto:info@clinic.example', 'cta'),
        link('sms:+19499450927', 'link'),
        link('javascript:void(0)', 'cta'),
        link('data:text/html,<h1>x</h1>', 'link'),
        link('ftp://files.example/x', 'link'),
        link(`${page}#booking`, 'cta'),
        link('#top', 'link'),
        link(server.url('/ok')),
      ],
      { fetch: spy, pageUrl: page },
    );
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]![0])).toBe(server.url('/ok'));
    expect(server.requests).toEqual(['HEAD /ok']);
    expect(run.results).toHaveLength(1);
    const reasons = Object.fromEntries(run.skipped.map((s) => [s.url, s.reason]));
    expect(reasons).toMatchObject({
      'tel:+19499450927': 'scheme',
      'mailto:info@clinic.example': 'scheme',
      'sms:+19499450927': 'scheme',
      'javascript:': 'scheme',
      'data:': 'scheme',
      'ftp://files.example/x': 'scheme',
      [page]: 'same-page',
    });
  });

  it('dedupes: one request per URL (fragments ignored), the strongest kind wins and is reported first', async () => {
    const spy = vi.fn(realFetch);
    const run = await checkLinks(
      [
        { ...link(server.url('/missing#a'), 'link'), excerpt: 'in the text' },
        { ...link(server.url('/missing'), 'cta'), excerpt: 'Book now' },
        link(server.url('/missing#b'), 'citation'),
      ],
      { fetch: spy, pageUrl: pageUrl() },
    );
    expect(spy).toHaveBeenCalledTimes(1);
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({ url: server.url('/missing'), kind: 'cta', status: 404 });
    expect(run.results[0]!.targets.map((t) => t.excerpt)).toEqual(['Book now', 'in the text', 'a link']);
  });

  it('reports a refused connection as a dead host, without a GET retry (refused is final)', async () => {
    const port = await closedPort();
    const [r] = (await checkLinks([link(`http://127.0.0.1:${port}/x`)], { fetch: realFetch, pageUrl: pageUrl() })).results;
    expect(r).toMatchObject({ status: null, ok: false, verdict: 'dead-host', error: 'refused', methods: ['HEAD'] });
  });

  it('reports a redirect loop as broken', async () => {
    const [r] = (await checkLinks([link(server.url('/loop'))], { fetch: realFetch, pageUrl: pageUrl() })).results;
    expect(r).toMatchObject({ ok: false, verdict: 'broken', error: 'redirect-loop' });
  });

  it('flags a deep link that now redirects to the home page', async () => {
    const [r] = (await checkLinks([link(server.url('/blog/old-article'))], { fetch: realFetch, pageUrl: pageUrl() })).results;
    expect(r).toMatchObject({ status: 200, ok: false, verdict: 'redirect-home', redirectedTo: server.url('/') });
  });

  it('does not fetch private addresses from a public page (and does from a local one)', async () => {
    const spy = vi.fn(realFetch);
    const targets = [link(server.url('/ok')), link('http://localhost:9/x'), link('http://192.168.1.1/admin'), link('http://[::1]:9/x')];
    const run = await checkLinks(targets, { fetch: spy, pageUrl: 'https://clinic.example/blog/post' });
    expect(spy).not.toHaveBeenCalled();
    expect(run.results).toEqual([]);
    expect(run.skipped.map((s) => s.reason)).toEqual(['private-address', 'private-address', 'private-address', 'private-address']);
    const local = await checkLinks([link(server.url('/ok'))], { fetch: spy, pageUrl: 'http://localhost:3000/preview' });
    expect(local.results[0]!.ok).toBe(true);
  });

  it('cancels the run through its signal', async () => {
    const ctl = new AbortController();
    const pending = checkLinks([link(server.url('/hang'))], { fetch: realFetch, pageUrl: pageUrl(), timeoutMs: 5000, signal: ctl.signal });
    setTimeout(() => ctl.abort(), 100);
    const run = await pending;
    expect(run.aborted).toBe(true);
    expect(run.results[0]).toMatchObject({ verdict: 'aborted', error: 'aborted' });
  });
});

describe('with a fake fetch', () => {
  it('retries a browser-style network failure with GET, then calls the host dead', async () => {
    const spy = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = await checkOne({ url: 'https://gone.example/page', kind: 'citation', targets: [] }, { fetch: spy });
    expect(spy.mock.calls.map((c) => c[1]?.method)).toEqual(['HEAD', 'GET']);
    expect(r).toMatchObject({ verdict: 'dead-host', error: 'network' });
  });

  it('sends no cookies, no referrer, and follows redirects', async () => {
    const spy = vi.fn<typeof fetch>(async () => new Response(null, { status: 200 }));
    await checkOne({ url: 'https://clinic.example/a', kind: 'link', targets: [] }, { fetch: spy });
    expect(spy.mock.calls[0]![1]).toMatchObject({ method: 'HEAD', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow', cache: 'no-store' });
  });

  it('names DNS, TLS and reset failures', () => {
    const err = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });
    expect(classifyError(err('ENOTFOUND')).error).toBe('dns');
    expect(classifyError(err('ECONNREFUSED')).error).toBe('refused');
    expect(classifyError(err('ECONNRESET')).error).toBe('reset');
    expect(classifyError(err('CERT_HAS_EXPIRED')).error).toBe('tls');
    expect(classifyError(new TypeError('Failed to fetch')).error).toBe('network');
  });

  it('throws without a fetch function (a programming error, not a link problem)', async () => {
    await expect(checkLinks([], { fetch: undefined as unknown as typeof fetch })).rejects.toThrow(/fetch/);
  });

  it('pool keeps input order and the limit', async () => {
    let open = 0;
    let most = 0;
    const out = await pool([5, 1, 3, 2], 2, async (n) => {
      most = Math.max(most, ++open);
      await new Promise((r) => setTimeout(r, n * 5));
      open--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 30, 20]);
    expect(most).toBe(2);
  });
});

describe('planLinks and helpers (pure)', () => {
  it('resolves relative URLs against the page, and skips user:password URLs and junk', () => {
    const plan = planLinks([link('/contact', 'cta'), link('https://u:p@clinic.example/x'), link('http://')], { pageUrl: 'https://clinic.example/blog/a' });
    expect(plan.toCheck.map((p) => p.url)).toEqual(['https://clinic.example/contact']);
    expect(plan.skipped.map((s) => s.reason).sort()).toEqual(['credentials', 'invalid']);
  });

  it('isPrivateHost', () => {
    for (const h of ['localhost', 'app.localhost', 'printer.local', '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.10', '169.254.1.1', '100.64.0.1', '0.0.0.0', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:7f00:1]', 'nas.home.arpa'])
      expect(isPrivateHost(h), h).toBe(true);
    for (const h of ['clinic.example', '8.8.8.8', '172.32.0.1', '100.128.0.1', '[2001:db8::1]', 'localhost.example.com', '[::ffff:808:808]'])
      expect(isPrivateHost(h), h).toBe(false);
    // the URL parser normalizes numeric hosts before they get here
    expect(isPrivateHost(new URL('http://2130706433/').hostname)).toBe(true);
  });

  it('isRedirectToHome', () => {
    expect(isRedirectToHome('https://www.fda.gov/drugs/old', 'https://www.fda.gov/')).toBe(true);
    expect(isRedirectToHome('https://clinic.example/book', 'https://clinic.example/en/')).toBe(true);
    expect(isRedirectToHome('https://clinic.example/', 'https://www.clinic.example/')).toBe(false);
    expect(isRedirectToHome('https://clinic.example/old', 'https://clinic.example/new')).toBe(false);
    expect(isRedirectToHome('https://clinic.example/moved', 'https://clinic.example/ok')).toBe(false);
    expect(isRedirectToHome('https://clinic.example/old', null)).toBe(false);
  });
});
