import { describe, expect, it } from 'vitest';
import {
  applyDismissals,
  badgeText,
  countDismissals,
  dismissFinding,
  emptyDismissals,
  normalizeDismissals,
  pageKey,
  restoreFinding,
  silenceRule,
  siteKey,
  summarize,
  unsilenceRule,
} from '@/utils/dismiss';
import type { Finding } from '@/utils/types';

const finding = (id: string, ruleId: string, severity: Finding['severity'] = 'warning'): Finding => ({
  id,
  ruleId,
  category: ruleId.split('/')[0] as Finding['category'],
  severity,
  scope: 'element',
  message: `message ${id}`,
  excerpt: `excerpt ${id}`,
  context: '',
  selector: 'p',
  fix: '',
  helpUrl: '',
  data: {},
});

const at = new Date('2026-11-26T10:00:00Z');
const url = 'https://clinic.example/blog/post/?utm=1#top';

describe('keys', () => {
  it('a page is origin + path, whatever the query, hash or trailing slash', () => {
    expect(pageKey(url)).toBe('https://clinic.example/blog/post');
    expect(pageKey('https://clinic.example/blog/post')).toBe('https://clinic.example/blog/post');
    expect(pageKey('https://clinic.example/')).toBe('https://clinic.example/');
    expect(pageKey('https://clinic.example')).toBe('https://clinic.example/');
    expect(pageKey('about:blank')).toBe('about:blank');
  });

  it('a site is the origin', () => {
    expect(siteKey(url)).toBe('https://clinic.example');
    expect(siteKey('http://127.0.0.1:4173/a')).toBe('http://127.0.0.1:4173');
  });
});

describe('dismiss one finding', () => {
  const findings = [finding('f-1', 'phone/unlinked-number'), finding('f-2', 'cta/dead-href', 'error')];

  it('moves it to the dismissed list with its reason, on this page only', () => {
    const store = dismissFinding(emptyDismissals(), url, findings[0]!, '  intentional:\n old number  ', at);
    const here = applyDismissals(findings, store, 'https://clinic.example/blog/post');
    expect(here.active.map((f) => f.id)).toEqual(['f-2']);
    expect(here.dismissed).toEqual([{ finding: findings[0], how: 'finding', reason: 'intentional: old number', at: at.toISOString() }]);
    const elsewhere = applyDismissals(findings, store, 'https://clinic.example/other');
    expect(elsewhere.active).toHaveLength(2);
  });

  it('restores it', () => {
    const store = dismissFinding(emptyDismissals(), url, findings[0]!, '', at);
    const back = restoreFinding(store, url, 'f-1');
    expect(back).toEqual(emptyDismissals());
    expect(applyDismissals(findings, back, url).active).toHaveLength(2);
    expect(restoreFinding(back, url, 'f-1')).toBe(back);
  });

  it('never mutates the store it is given', () => {
    const store = Object.freeze(emptyDismissals());
    expect(() => dismissFinding(store, url, findings[0]!, 'x', at)).not.toThrow();
    expect(store).toEqual(emptyDismissals());
  });
});

describe('silence a rule on a site', () => {
  const findings = [finding('f-1', 'phone/unlinked-number'), finding('f-3', 'phone/unlinked-number'), finding('f-2', 'cta/dead-href')];

  it('hides every finding of the rule on every page of the site, and says how many', () => {
    const store = silenceRule(emptyDismissals(), url, 'phone/unlinked-number', 'we use a call tracking widget', at);
    const other = applyDismissals(findings, store, 'https://clinic.example/services');
    expect(other.active.map((f) => f.id)).toEqual(['f-2']);
    expect(other.dismissed.map((d) => [d.finding.id, d.how])).toEqual([['f-1', 'rule'], ['f-3', 'rule']]);
    expect(other.silenced).toEqual([{ ruleId: 'phone/unlinked-number', reason: 'we use a call tracking widget', at: at.toISOString(), count: 2 }]);
    expect(applyDismissals(findings, store, 'https://other.example/').active).toHaveLength(3);
  });

  it('unsilences', () => {
    const store = unsilenceRule(silenceRule(emptyDismissals(), url, 'x/y', '', at), url, 'x/y');
    expect(store).toEqual(emptyDismissals());
  });
});

describe('counts and badge', () => {
  it('summarize + badgeText count what is left', () => {
    const s = summarize([finding('a', 'cta/x', 'error'), finding('b', 'cta/x', 'warning'), finding('c', 'links/y', 'info')]);
    expect(s).toEqual({ error: 1, warning: 1, info: 1, byCategory: { cta: 2, links: 1 } });
    expect(badgeText(s)).toBe('2');
    expect(badgeText({ error: 0, warning: 0, info: 5 })).toBe('');
    expect(badgeText({ error: 100, warning: 0, info: 0 })).toBe('99+');
  });

  it('normalizeDismissals drops malformed entries; countDismissals totals', () => {
    const store = normalizeDismissals({
      findings: { 'https://a/x': { 'f-1': { ruleId: 'r', reason: 3 }, bad: 'x' }, 'https://a/y': 'no' },
      rules: { 'https://a': { r: { reason: 'ok' } } },
      extra: true,
    });
    expect(store).toEqual({
      findings: { 'https://a/x': { 'f-1': { ruleId: 'r', message: '', excerpt: '', reason: '', at: '' } } },
      rules: { 'https://a': { r: { reason: 'ok', at: '' } } },
    });
    expect(countDismissals(store)).toEqual({ findings: 1, pages: 1, rules: 1, sites: 1 });
    expect(normalizeDismissals(null)).toEqual(emptyDismissals());
  });
});
