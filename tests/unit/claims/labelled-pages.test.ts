// The labelled pages in ../shared/corpus/labeled: what the claims and trust rules must and must not say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../helpers/audit';

const DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'labeled');
function run(name: string) {
  const label = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8'));
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  return audit(html, { url: label.url, now: label.now, force: false, config: { budgetMs: 60_000 } }).findings;
}

describe('seed-ketamine-back-pain', () => {
  const findings = run('seed-ketamine-back-pain');
  const claims = findings.filter((f) => f.category === 'claims');

  it('flags Spravato named in a back-pain article (CLM-002, implied use)', () => {
    const f = claims.find((x) => x.ruleId === 'claims/spravato-indication-overreach');
    expect(f?.excerpt).toContain('nasal spray called Spravato');
    expect(f?.message).toMatch(/pain/);
    expect(f?.message).toMatch(/treatment-resistant depression/);
  });

  it('does not flag the accurate anesthetic-approval sentence', () => {
    expect(claims.filter((x) => /FDA-approved for use as an anesthetic|since 1970/.test(x.excerpt))).toEqual([]);
    expect(findings.filter((x) => x.ruleId === 'claims/ketamine-fda-status')).toEqual([]);
  });

  it('reports the optional efficacy claims and the missing off-label disclosure', () => {
    const text = claims.map((x) => `${x.ruleId} ${x.excerpt}`).join('\n');
    expect(text).toMatch(/immediate and long-lasting relief/);
    expect(text).toMatch(/pain reduction within hours/);
    expect(text).toMatch(/claims\/off-label-undisclosed/);
  });

  it('has page-level trust findings (no author, no medical review)', () => {
    expect(findings.some((x) => x.ruleId === 'trust/missing-author' && x.scope === 'page')).toBe(true);
    expect(findings.some((x) => x.ruleId === 'trust/missing-medical-review')).toBe(true);
    expect(findings.some((x) => x.ruleId === 'trust/uncited-statistic' && /619 million/.test(x.excerpt))).toBe(true);
  });
});

describe('ketamine-depression-clean', () => {
  it('gets no claims, trust or links findings', () => {
    const mine = run('ketamine-depression-clean').filter((f) => ['claims', 'trust', 'links'].includes(f.category));
    expect(mine.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});

describe('dental-whitening-placeholder', () => {
  it('flags the placeholder address and e-mail, and sees the credentialed byline', () => {
    const findings = run('dental-whitening-placeholder');
    const excerpts = findings.filter((f) => f.ruleId === 'trust/placeholder-contact').map((f) => f.excerpt);
    expect(excerpts).toEqual(expect.arrayContaining(['123 Main Street, Anytown', 'info@example.com']));
    expect(findings.filter((f) => f.ruleId === 'trust/missing-author')).toEqual([]);
  });
});

describe('hydrafacial-medspa', () => {
  it('flags the absolute safety claim and the unsourced survey figure', () => {
    const findings = run('hydrafacial-medspa');
    expect(findings.some((f) => f.ruleId === 'claims/absolute-safety' && /safe for every skin type/.test(f.excerpt))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'claims/unsupported-efficacy-number' && /92%/.test(f.excerpt))).toBe(true);
  });
});
