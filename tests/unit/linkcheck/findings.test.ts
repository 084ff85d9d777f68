// Results → findings (pure), and merging them into a report.
import { describe, expect, it } from 'vitest';
import type { CheckRun, LinkResult, LinkTarget, Verdict } from '@/utils/linkcheck/check-links';
import { linkCheckFindings, looksOffline, mergeLinkFindings, runSummary } from '@/utils/linkcheck/findings';
import { BROKEN_CTA_TARGET_RULE, BROKEN_LINK_RULE, linkCheckRuleInfo, linkCheckRules } from '@/utils/linkcheck/rules';
import { audit } from '../../helpers/audit';
import { allRules } from '@/utils/rules';

const target = (over: Partial<LinkTarget> = {}): LinkTarget => ({
  url: 'https://www.fda.gov/drugs/old',
  kind: 'citation',
  selector: 'article > p:nth-of-type(3) > a',
  excerpt: 'FDA approval notice',
  context: 'The FDA approved it in 2019 (FDA approval notice).',
  ...over,
});

function result(verdict: Verdict, over: Partial<LinkResult> = {}): LinkResult {
  const t = target(over.targets?.[0] ?? {});
  return {
    url: t.url,
    kind: t.kind,
    targets: [t],
    status: verdict === 'broken' ? 404 : verdict === 'server-error' ? 503 : verdict === 'blocked' ? 403 : verdict === 'ok' ? 200 : null,
    ok: verdict === 'ok',
    verdict,
    error: verdict === 'dead-host' ? 'dns' : verdict === 'timeout' ? 'timeout' : null,
    redirectedTo: null,
    methods: ['HEAD'],
    ms: 12,
    ...over,
  };
}

const run = (results: LinkResult[], over: Partial<CheckRun> = {}): CheckRun => ({
  pageUrl: 'https://clinic.example/blog/post',
  results,
  skipped: [],
  overCap: [],
  cap: 50,
  note: null,
  aborted: false,
  ...over,
});

describe('linkCheckFindings', () => {
  it('a 404 citation is a links/broken-link warning with the report’s finding shape', () => {
    const [f, ...rest] = linkCheckFindings(run([result('broken'), result('ok', { url: 'https://cdc.gov/x' })]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'links/broken-link',
      category: 'links',
      severity: 'warning',
      scope: 'element',
      excerpt: 'FDA approval notice',
      selector: 'article > p:nth-of-type(3) > a',
      context: 'The FDA approved it in 2019 (FDA approval notice).',
      helpUrl: BROKEN_LINK_RULE.helpUrl,
      data: { url: 'https://www.fda.gov/drugs/old', status: 404, verdict: 'broken', network: true, occurrences: 1 },
    });
    expect(f!.message).toBe('The source link "FDA approval notice" goes to https://www.fda.gov/drugs/old, which does not exist (404 Not Found).');
    expect(f!.id).toMatch(/^f-[0-9a-f]{16}$/);
  });

  it('a broken booking link is a cta/broken-target error', () => {
    const t = target({ url: 'https://clinic.example/book', kind: 'cta', excerpt: 'Book now', cta: 'book', selector: 'header a.btn' });
    const [f] = linkCheckFindings(run([result('broken', { url: t.url, kind: 'cta', targets: [t] })]));
    expect(f).toMatchObject({ ruleId: 'cta/broken-target', category: 'cta', severity: 'error' });
    expect(f!.message).toMatch(/^The booking link "Book now" goes to https:\/\/clinic\.example\/book, which does not exist \(404 Not Found\)\. A patient/);
  });

  it('severities: dead host and 5xx, timeouts, redirects home, blocked checks', () => {
    const sev = (v: Verdict, kind: 'cta' | 'citation') => {
      const t = target({ kind });
      return linkCheckFindings(run([result(v, { kind, targets: [t], redirectedTo: v === 'redirect-home' ? 'https://www.fda.gov/' : null })]))[0]?.severity;
    };
    expect([sev('dead-host', 'cta'), sev('server-error', 'cta'), sev('timeout', 'cta'), sev('redirect-home', 'cta'), sev('blocked', 'cta')]).toEqual(['error', 'warning', 'warning', 'warning', 'info']);
    expect([sev('dead-host', 'citation'), sev('server-error', 'citation'), sev('timeout', 'citation'), sev('redirect-home', 'citation'), sev('blocked', 'citation')]).toEqual(['warning', 'warning', 'info', 'warning', 'info']);
  });

  it('messages name the failure', () => {
    const one = (r: LinkResult) => linkCheckFindings(run([r]), { timeoutMs: 8000 })[0]!.message;
    expect(one(result('dead-host'))).toMatch(/its address does not resolve/);
    expect(one(result('timeout'))).toMatch(/did not answer within 8 s/);
    expect(one(result('blocked'))).toMatch(/refused the automated check \(403 Forbidden\), so it could not be verified/);
    expect(one(result('redirect-home', { redirectedTo: 'https://www.fda.gov/' }))).toMatch(/now redirects to the site's home page \(https:\/\/www\.fda\.gov\/\)/);
    expect(one(result('broken', { status: 410 }))).toMatch(/was removed \(410 Gone\)/);
  });

  it('one finding per URL, with the number of places it is linked', () => {
    const r = result('broken', { targets: [target(), target({ selector: 'footer a' }), target({ selector: 'aside a' })] });
    const found = linkCheckFindings(run([r]));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/It is linked 3 times on this page\.$/);
    expect(found[0]!.data.occurrences).toBe(3);
  });

  it('ids are stable across runs and follow the report’s formula (same id as the engine would give)', () => {
    const a = linkCheckFindings(run([result('broken')]))[0]!;
    const b = linkCheckFindings(run([result('broken', { ms: 999 })]))[0]!;
    expect(a.id).toBe(b.id);
    const other = linkCheckFindings(run([result('broken', { targets: [target({ selector: 'footer a' })] })]))[0]!;
    expect(other.id).not.toBe(a.id);
  });

  it('honours the user’s rule overrides', () => {
    const r = run([result('broken')]);
    expect(linkCheckFindings(r, { overrides: { 'links/broken-link': { enabled: false } } })).toEqual([]);
    expect(linkCheckFindings(r, { overrides: { 'links/broken-link': { severity: 'error' } } })[0]!.severity).toBe('error');
    // "could not verify" stays a note whatever the override
    expect(linkCheckFindings(run([result('blocked')]), { overrides: { 'links/broken-link': { severity: 'error' } } })[0]!.severity).toBe('info');
  });

  it('reports nothing for a cancelled run or when nothing answered at all (offline)', () => {
    expect(linkCheckFindings(run([result('broken')], { aborted: true }))).toEqual([]);
    const offline = run(['a', 'b', 'c'].map((x) => result('dead-host', { url: `https://${x}.example/`, error: 'network' })));
    expect(looksOffline(offline)).toBe(true);
    expect(linkCheckFindings(offline)).toEqual([]);
    expect(runSummary(offline, [])).toMatch(/you may be offline/);
    // two dead hosts among answering links are real findings
    const mixed = run([result('dead-host', { url: 'https://a.example/' }), result('dead-host', { url: 'https://b.example/' }), result('ok', { url: 'https://c.example/' })]);
    expect(looksOffline(mixed)).toBe(false);
    expect(linkCheckFindings(mixed)).toHaveLength(2);
  });

  it('runSummary', () => {
    const r = run([result('broken'), result('ok', { url: 'https://cdc.gov/' }), result('blocked', { url: 'https://x.example/' })]);
    expect(runSummary(r, linkCheckFindings(r))).toBe('3 links checked: 1 broken or failing; 1 could not be verified.');
    expect(runSummary(run([]), [])).toBe('No links to check on this page.');
  });
});

describe('mergeLinkFindings', () => {
  it('adds the findings, re-sorts by severity, recounts the summary, and replaces an earlier link check', () => {
    const report = audit('<article><h1>Ketamine</h1><p>Call us at 949-945-0927.</p></article>', { url: 'https://clinic.example/blog/k' });
    const t = target({ kind: 'cta', url: 'https://clinic.example/book', cta: 'book', excerpt: 'Book' });
    const extra = linkCheckFindings(run([result('broken', { kind: 'cta', url: t.url, targets: [t] }), result('broken')]));
    const merged = mergeLinkFindings(report, extra);
    expect(merged.findings).toHaveLength(report.findings.length + 2);
    expect(merged.summary.error).toBe(report.summary.error + 1);
    expect(merged.summary.warning).toBe(report.summary.warning + 1);
    expect(merged.summary.byCategory.links).toBe((report.summary.byCategory.links ?? 0) + 1);
    const order = { error: 0, warning: 1, info: 2 };
    expect(merged.findings.map((f) => order[f.severity])).toEqual([...merged.findings.map((f) => order[f.severity])].sort());
    expect(report.findings.some((f) => f.ruleId === 'cta/broken-target')).toBe(false); // the input is not changed
    // a second run replaces the first one's findings instead of adding to them
    const again = mergeLinkFindings(merged, extra.slice(1));
    expect(again.findings).toHaveLength(report.findings.length + 1);
    expect(again.findings.filter((f) => f.ruleId === 'cta/broken-target')).toEqual([]);
  });
});

describe('rule metadata', () => {
  it('has the fields every rule has, ids unused by the engine registry, catalog ids LNK-001 / CTA-004', () => {
    const registry = new Set(allRules.map((r) => r.id));
    for (const r of linkCheckRules) {
      expect(registry.has(r.id)).toBe(false);
      expect(r.id.startsWith(`${r.category}/`)).toBe(true);
      for (const k of ['title', 'description', 'why', 'fix', 'helpUrl'] as const) expect(r[k], `${r.id}.${k}`).toBeTruthy();
      expect(r.network).toBe(true);
    }
    expect(BROKEN_LINK_RULE).toMatchObject({ id: 'links/broken-link', catalog: 'LNK-001', severity: 'warning' });
    expect(BROKEN_CTA_TARGET_RULE).toMatchObject({ id: 'cta/broken-target', catalog: 'CTA-004', severity: 'error' });
    expect(Object.keys(linkCheckRuleInfo())).toEqual(['links/broken-link', 'cta/broken-target']);
  });
});
