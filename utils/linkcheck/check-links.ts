// The opt-in link checker's core: which of a page's links to check, and checking them over HTTP.
//
// Pure apart from the injected `fetch` (the background worker passes the browser's, tests pass
// Node's against a local server), so every behaviour is unit-tested on a real socket.
//
// What it does, in order:
//  1. plan (planLinks, synchronous): resolve every target against the page URL; skip what must never
//     be fetched (any scheme but http/https: tel:, mailto:, sms:, javascript:, data:, file:…; a link
//     to this same page or one of its #fragments; URLs with user:password@; private addresses from a
//     public page, see below); merge the targets that point at one URL (the fragment does not count:
//     it never reaches the server), keeping the strongest kind (cta > citation > link); order CTAs
//     first, then citations, then other links; keep the first `cap` and list the rest as not checked.
//  2. check (checkLinks): at most `concurrency` requests at a time; each URL is asked with HEAD and,
//     when the server answers 400/403/405/501 to HEAD or the connection fails, once more with GET
//     (many servers and bot shields reject HEAD only). Each request has its own `timeoutMs`; a URL
//     that timed out is not retried (a server that hangs on HEAD hangs on GET too, and a retry would
//     double the wait). Redirects are followed (the result says where they ended). Bodies are never
//     read: the response stream is cancelled as soon as the status is known. No cookies
//     (credentials: 'omit'), no referrer, no cache.
//  3. classify each URL: ok (2xx/3xx), broken (404, 410, other 4xx, a redirect loop), server-error
//     (5xx), blocked (401/403/407/429 and non-standard codes such as LinkedIn's 999: the site refused
//     an automated check, which says nothing about the link), dead-host (DNS failure, connection
//     refused or reset, TLS failure), timeout, redirect-home (a deep link that now lands on a home
//     page: the page it pointed to has moved or gone).
//
// Private addresses. A page on a public host never makes the checker fetch localhost, loopback,
// private (RFC 1918), link-local, CGNAT or unique-local IPv6 addresses, nor *.local/*.localhost/
// *.internal/*.lan/*.home.arpa hosts: probing the user's own network because a web page says so is
// not something a lint tool should do (links/staging-or-localhost already reports such links
// statically). A page that is itself on such a host (a developer's preview, the e2e tests) may check
// them. Limits: a public host whose redirect or DNS leads to a private address is not caught here
// (the browser's own Private Network Access rules apply to that).
export type LinkKind = 'cta' | 'citation' | 'link';

/** One place on the page that links somewhere (the content script lists them; see targets.ts). */
export interface LinkTarget {
  /** the link's URL (resolved, or as written: it is resolved against the page URL again) */
  url: string;
  kind: LinkKind;
  /** CSS selector of the link element (from the engine's cssSelector), null when unknown */
  selector: string | null;
  /** what the link says (its accessible name or text), for the finding's excerpt */
  excerpt: string;
  /** text of the block that holds the link, for the finding's context */
  context?: string;
  /** for CTAs: what kind of call to action ("book", "contact"), for the message */
  cta?: string;
}

export type SkipReason = 'scheme' | 'same-page' | 'private-address' | 'credentials' | 'invalid';
export type LinkError = 'timeout' | 'dns' | 'refused' | 'reset' | 'tls' | 'redirect-loop' | 'network' | 'aborted';
export type Verdict = 'ok' | 'redirect-home' | 'broken' | 'server-error' | 'blocked' | 'dead-host' | 'timeout' | 'aborted';
export type Method = 'HEAD' | 'GET';

/** One URL to check, with every place on the page that links to it (the first is reported). */
export interface PlannedLink {
  url: string;
  kind: LinkKind;
  targets: LinkTarget[];
}

export interface SkippedLink {
  url: string;
  kind: LinkKind;
  reason: SkipReason;
  targets: LinkTarget[];
}

export interface LinkPlan {
  toCheck: PlannedLink[];
  /** over the cap: not checked this run */
  overCap: PlannedLink[];
  skipped: SkippedLink[];
}

export interface LinkResult extends PlannedLink {
  /** final HTTP status (after redirects); null when no response came */
  status: number | null;
  /** verdict === 'ok' */
  ok: boolean;
  verdict: Verdict;
  /** why no response came; null when one did */
  error: LinkError | null;
  /** the error's own words (Node: its cause code; browsers only say "Failed to fetch") */
  detail?: string;
  /** where the redirects ended, when they did */
  redirectedTo: string | null;
  /** the methods tried, in order (HEAD, then GET when HEAD was refused or failed) */
  methods: Method[];
  /** milliseconds from the first request to the verdict */
  ms: number;
}

export interface CheckRun {
  pageUrl: string;
  results: LinkResult[];
  skipped: SkippedLink[];
  overCap: PlannedLink[];
  cap: number;
  /** set when something was left out ("Checked the first 50 of 73 links…"), null otherwise */
  note: string | null;
  /** the run was cancelled through `signal` */
  aborted: boolean;
}

export interface PlanOptions {
  /** the page the links are on: relative URLs resolve against it, and it decides "same page" and private addresses */
  pageUrl?: string | null;
  /** most URLs checked per run (default 50) */
  cap?: number;
  /** allow private addresses whatever the page (tests); default: only from a private page */
  allowPrivate?: boolean;
}

export interface CheckOptions extends PlanOptions {
  fetch: typeof fetch;
  /** requests at a time (default 4) */
  concurrency?: number;
  /** per request, in milliseconds (default 8000) */
  timeoutMs?: number;
  /** cancels the whole run (the requests in flight are aborted) */
  signal?: AbortSignal;
  /** milliseconds clock for `ms` (default Date.now) */
  clock?: () => number;
}

export const LINK_CHECK_DEFAULTS = { concurrency: 4, timeoutMs: 8000, cap: 50 } as const;

/** Most targets a page may send in one request (a link farm must not make a huge message). */
export const MAX_TARGETS = 1000;

/** HEAD answers that mean "ask again with GET": servers and bot shields that reject HEAD only. */
const RETRY_WITH_GET = new Set([400, 403, 405, 501]);
/** Answers that say the check was refused, not that the link is broken. */
const BLOCKED = new Set([401, 403, 407, 429]);
const KIND_RANK: Record<LinkKind, number> = { cta: 0, citation: 1, link: 2 };

function parse(url: string, base?: string | null): URL | null {
  try {
    return base ? new URL(url, base) : new URL(url);
  } catch {
    return null;
  }
}

/** The URL without its #fragment (what the server sees). */
export function withoutFragment(u: URL): string {
  const copy = new URL(u.href);
  copy.hash = '';
  return copy.href;
}

function ipv4Private(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) // CGNAT (RFC 6598)
  );
}

/**
 * A host on the user's machine or network: localhost, loopback, private and link-local addresses
 * (IPv4 and IPv6, IPv4-mapped included), and names that only resolve locally. Takes URL.hostname
 * (the WHATWG parser has already turned 2130706433 or 0x7f.1 into 127.0.0.1).
 */
export function isPrivateHost(hostname: string): boolean {
  let h = hostname.toLowerCase().replace(/\.$/, '');
  if (!h) return false;
  if (h === 'localhost' || /\.(?:localhost|local|internal|lan|home\.arpa)$/.test(h)) return true;
  if (ipv4Private(h)) return true;
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (!h.includes(':')) return false;
  if (h === '::1' || h === '::') return true;
  // IPv4-mapped (::ffff:7f00:1 is how the URL parser writes ::ffff:127.0.0.1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return ipv4Private(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return /^f[cd][0-9a-f]{0,2}:/.test(h) || /^fe[89ab][0-9a-f]?:/.test(h);
}

/** Which links to check, which to skip and which are over the cap. Pure and synchronous. */
export function planLinks(targets: readonly LinkTarget[], options: PlanOptions = {}): LinkPlan {
  const cap = Math.max(0, Math.floor(options.cap ?? LINK_CHECK_DEFAULTS.cap));
  const page = options.pageUrl ? parse(options.pageUrl) : null;
  const pageKey = page ? withoutFragment(page) : null;
  // no page URL: unknown, so treated as public (private addresses skipped)
  const pagePrivate = !!page && (page.protocol === 'file:' || isPrivateHost(page.hostname));
  const allowPrivate = options.allowPrivate ?? pagePrivate;

  const byUrl = new Map<string, PlannedLink>();
  const skippedByKey = new Map<string, SkippedLink>();
  const skip = (url: string, t: LinkTarget, reason: SkipReason) => {
    const key = `${reason}|${url}`;
    const had = skippedByKey.get(key);
    if (had) {
      had.targets.push(t);
      if (KIND_RANK[t.kind] < KIND_RANK[had.kind]) had.kind = t.kind;
    } else skippedByKey.set(key, { url, kind: t.kind, reason, targets: [t] });
  };

  for (const t of targets) {
    const raw = typeof t?.url === 'string' ? t.url.trim() : '';
    const u = raw ? parse(raw, options.pageUrl) : null;
    if (!u) {
      skip(raw, t, 'invalid');
      continue;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      skip(u.protocol === 'javascript:' || u.protocol === 'data:' ? u.protocol : u.href, t, 'scheme');
      continue;
    }
    if (u.username || u.password) {
      skip(`${u.protocol}//${u.host}${u.pathname}`, t, 'credentials');
      continue;
    }
    const key = withoutFragment(u);
    if (pageKey && key === pageKey) {
      skip(key, t, 'same-page');
      continue;
    }
    if (!allowPrivate && isPrivateHost(u.hostname)) {
      skip(key, t, 'private-address');
      continue;
    }
    const had = byUrl.get(key);
    if (had) {
      had.targets.push(t);
      if (KIND_RANK[t.kind] < KIND_RANK[had.kind]) had.kind = t.kind;
    } else byUrl.set(key, { url: key, kind: t.kind, targets: [t] });
  }

  // The strongest kind first (stable: document order within a kind), and within one URL the
  // occurrence of that kind is the one reported.
  const all = [...byUrl.values()].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  for (const p of all) {
    const best = p.targets.findIndex((t) => t.kind === p.kind);
    if (best > 0) p.targets.unshift(...p.targets.splice(best, 1));
  }
  return { toCheck: all.slice(0, cap), overCap: all.slice(cap), skipped: [...skippedByKey.values()] };
}

/** Names a fetch failure: Node puts the socket error's code in `cause`; browsers say only "Failed to fetch". */
export function classifyError(err: unknown): { error: LinkError; detail: string } {
  const e = err as { message?: unknown; cause?: { code?: unknown; message?: unknown; errors?: Array<{ code?: unknown }> } } | null;
  const cause = e?.cause;
  const code = String(cause?.code ?? cause?.errors?.find((x) => x?.code)?.code ?? '');
  const text = `${String(e?.message ?? err ?? '')} ${String(cause?.message ?? '')}`.trim();
  const detail = code || text || 'network error';
  if (/^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/.test(code) || /ERR_NAME_NOT_RESOLVED|getaddrinfo/i.test(text)) return { error: 'dns', detail };
  if (code === 'ECONNREFUSED' || /ERR_CONNECTION_REFUSED/i.test(text)) return { error: 'refused', detail };
  if (/^(?:ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/.test(code) || /ERR_CONNECTION_RESET|socket hang up|other side closed/i.test(text)) return { error: 'reset', detail };
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/i.test(code) || /ERR_CERT|ERR_SSL|certificate/i.test(text)) return { error: 'tls', detail };
  if (/redirect count exceeded|too many redirects|ERR_TOO_MANY_REDIRECTS|redirect loop/i.test(text)) return { error: 'redirect-loop', detail };
  return { error: 'network', detail };
}

// Paths that are a site's front page: "/", "/en/", "/en-us", "/index.html", "/home". Language
// codes are listed (not any two letters: "/ok" or "/go" are pages).
const HOME_PATH =
  /^\/(?:(?:ar|cs|da|de|el|en|es|fi|fr|he|hi|hu|id|it|ja|ko|ms|nb|nl|no|pl|pt|ro|ru|sv|th|tr|uk|vi|zh)(?:[-_][a-z]{2,4})?\/?|(?:index|default|home)(?:\.(?:html?|php|aspx?))?\/?)?$/i;

/** A deep link whose redirects ended on a site's front page (the catalog's "redirect to a generic homepage"). */
export function isRedirectToHome(from: string, to: string | null): boolean {
  if (!to) return false;
  const a = parse(from);
  const b = parse(to);
  if (!a || !b || withoutFragment(a) === withoutFragment(b)) return false;
  if (HOME_PATH.test(a.pathname) && !a.search) return false; // it was a home page already
  return HOME_PATH.test(b.pathname) && !b.search;
}

/** The verdict for a final status (no error). */
export function verdictOf(status: number, from: string, redirectedTo: string | null): Verdict {
  if (status >= 200 && status < 400) return isRedirectToHome(from, redirectedTo) ? 'redirect-home' : 'ok';
  if (BLOCKED.has(status) || status < 100 || status >= 600) return 'blocked';
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'broken';
  return 'blocked'; // 1xx as a final answer: nothing to conclude
}

interface Attempt {
  status: number | null;
  finalUrl: string | null;
  redirected: boolean;
  error: LinkError | null;
  detail?: string;
}

async function attempt(fetchImpl: typeof fetch, url: string, method: Method, timeoutMs: number, outer?: AbortSignal): Promise<Attempt> {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, timeoutMs);
  const onOuter = () => ctl.abort();
  outer?.addEventListener('abort', onOuter, { once: true });
  try {
    if (outer?.aborted) throw new Error('aborted');
    const res = await fetchImpl(url, {
      method,
      redirect: 'follow',
      signal: ctl.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    // The status is all we need: never download the body.
    res.body?.cancel().catch(() => {});
    return { status: res.status, finalUrl: res.url || null, redirected: res.redirected, error: null };
  } catch (err) {
    if (outer?.aborted) return { status: null, finalUrl: null, redirected: false, error: 'aborted' };
    if (timedOut) return { status: null, finalUrl: null, redirected: false, error: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    return { status: null, finalUrl: null, redirected: false, ...classifyError(err) };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuter);
  }
}

/** Checks one URL: HEAD, then GET when HEAD was refused or the connection failed. */
export async function checkOne(link: PlannedLink, options: Pick<CheckOptions, 'fetch' | 'timeoutMs' | 'signal' | 'clock'>): Promise<LinkResult> {
  const clock = options.clock ?? Date.now;
  const timeoutMs = options.timeoutMs ?? LINK_CHECK_DEFAULTS.timeoutMs;
  const started = clock();
  const methods: Method[] = ['HEAD'];
  let a = await attempt(options.fetch, link.url, 'HEAD', timeoutMs, options.signal);
  const retry = a.status != null ? RETRY_WITH_GET.has(a.status) : a.error === 'network' || a.error === 'reset';
  if (retry && !options.signal?.aborted) {
    methods.push('GET');
    a = await attempt(options.fetch, link.url, 'GET', timeoutMs, options.signal);
  }
  const redirectedTo = a.status != null && a.finalUrl && (a.redirected || a.finalUrl !== link.url) ? a.finalUrl : null;
  let verdict: Verdict;
  if (a.status != null) verdict = verdictOf(a.status, link.url, redirectedTo);
  else if (a.error === 'timeout') verdict = 'timeout';
  else if (a.error === 'aborted') verdict = 'aborted';
  else if (a.error === 'redirect-loop') verdict = 'broken';
  else verdict = 'dead-host';
  return {
    ...link,
    status: a.status,
    ok: verdict === 'ok',
    verdict,
    error: a.error,
    ...(a.detail ? { detail: a.detail } : {}),
    redirectedTo,
    methods,
    ms: Math.max(0, clock() - started),
  };
}

/** Runs `work` over `items` with at most `limit` at a time, results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Plans and checks a page's links. Never throws because of a link; throws only on bad options. */
export async function checkLinks(targets: readonly LinkTarget[], options: CheckOptions): Promise<CheckRun> {
  if (typeof options.fetch !== 'function') throw new TypeError('checkLinks needs a fetch function');
  const cap = Math.max(0, Math.floor(options.cap ?? LINK_CHECK_DEFAULTS.cap));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? LINK_CHECK_DEFAULTS.concurrency));
  const plan = planLinks(targets, { ...options, cap });
  const results = await pool(plan.toCheck, concurrency, (link) => checkOne(link, options));
  const aborted = !!options.signal?.aborted;
  const total = plan.toCheck.length + plan.overCap.length;
  const note = plan.overCap.length
    ? `Checked the first ${cap} of ${plural(total, 'link')} (the limit per run); ${plan.overCap.length} ${plan.overCap.length === 1 ? 'was' : 'were'} not checked.`
    : null;
  return { pageUrl: options.pageUrl ?? '', results, skipped: plan.skipped, overCap: plan.overCap, cap, note, aborted };
}
