// The shipped claims knowledge base: well-formed, dated, sourced, and every entry matches what it
// should and nothing it should not.
import { describe, expect, it } from 'vitest';
import { SHIPPED_CLAIMS, claimsFor, isHistoricalNarration, matchClaim, staleFrom, staleRuleFor, exceptedNear, negatedMatch } from '../../../utils/claims';
import { defaultConfig } from '../../../utils/config/defaults';
import { audit } from '../../helpers/audit';
import { staleRules } from '../../../utils/rules/stale';
import type { ClaimEntry } from '../../../utils/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// id → [texts that must match and count, texts that must not count]
const EXAMPLES: Record<string, [string[], string[]]> = {
  'KB-06': [
    [
      'Spravato is only approved in conjunction with an oral antidepressant.',
      'Esketamine must be taken with an oral antidepressant for TRD.',
      // a "not" in another clause reinforces the claim instead of negating it
      'Spravato must be used with an oral antidepressant — it is not a standalone treatment, so keep taking your pill.',
      // reversed word order
      'You must take an oral antidepressant with Spravato.',
      'An oral antidepressant has to be taken alongside Spravato.',
      'You will need to keep taking your daily oral antidepressant while receiving Spravato.',
      // negated monotherapy
      'Spravato is an add-on treatment, not a standalone treatment.',
      'Spravato is an add-on to an oral antidepressant.',
      'Spravato cannot be used alone for depression.',
      'Spravato is not approved on its own.',
      'Esketamine is not FDA-approved as a monotherapy.',
    ],
    [
      'Spravato can be used alone or with an oral antidepressant.',
      'For MDD with acute suicidal ideation, Spravato is used in conjunction with an oral antidepressant.',
      'Spravato is FDA-approved for adults with treatment-resistant depression, either on its own or together with an oral antidepressant.',
      // the claim words themselves negated
      'Spravato no longer has to be taken with an oral antidepressant.',
      'Spravato does not need to be used with an oral antidepressant.',
      'You no longer have to take an oral antidepressant with Spravato.',
      'You do not have to take an oral antidepressant with Spravato.',
      // the suicidal-ideation indication, even when negated-monotherapy wording is used for it
      'For depression with acute suicidal ideation, Spravato is not a standalone treatment.',
      // "alone" about supervision, not monotherapy
      'Spravato is never used alone at home: you are monitored for two hours.',
      'You will not be alone during your Spravato session.',
    ],
  ],
  'KB-11a': [['Under DEA rules, telemedicine prescriptions of controlled substances are allowed until November 11, 2023.'], ['In 2023 the DEA extended the telemedicine flexibilities for ketamine through November 11, 2024.']],
  'KB-11b': [['Telehealth ketamine prescriptions are allowed until December 31, 2024.'], ['Telehealth visits for therapy are available through 2024.']],
  'KB-11c': [['DEA rules let us prescribe ketamine by video through 2025.'], ['Our ketamine clinic opened in 2025 and offers virtual check-ins.']],
  'KB-11d': [['DEA telemedicine flexibilities for ketamine currently run through December 31, 2026.'], []],
  'KB-12': [['Due to the ongoing public health emergency, all visits are virtual.', 'During the public health emergency, we offer telehealth visits.'], ['Since the federal public health emergency ended on May 11, 2023, visits are in person.', 'During the COVID-19 public health emergency, we moved all visits online.']],
  'KB-13': [['If you are in crisis, call the National Suicide Prevention Lifeline at 1-800-273-8255.'], ['If you are in crisis, call or text 988 (formerly the National Suicide Prevention Lifeline).']],
  'KB-14': [['The number will jump from 619 million to 843 million by 2050.'], ['About 619 patients visited.']],
  'KB-15': [['About 50 million American adults live with chronic pain.'], ['In 2021, 20.9% of U.S. adults (51.6 million) had chronic pain.']],
  'KB-16': [['Depression affects more than 300 million people worldwide.'], ['Approximately 280 million people have depression (WHO), down from the 322 million once quoted.']],
  'KB-17': [['Follow the FTC "Dietary Supplements: An Advertising Guide for Industry".'], ['The FTC Health Products Compliance Guidance replaced the 1998 advertising guide.']],
  'KB-22': [['Because of the ongoing Ozempic shortage, we offer compounded semaglutide.'], ['The FDA declared the semaglutide shortage resolved in February 2025.']],
  'KB-23': [['Mounjaro is in short supply, so we compound tirzepatide.'], ['The tirzepatide shortage ended in December 2024.']],
  // Mexico only (regions: MX): a Colombian toll-free 01 8000 line and today's 10-digit numbers do not count
  'KB-25': [['Citas por celular: 044 55 1234 5678.', 'Desde el extranjero marca +52 1 55 8765 4321.', 'Llamada sin costo: 01 800 123 4567.'], ['Llámanos al 55 1234 5678 o al +52 55 1234 5678.']],
};

/** Does the entry count in `text` (matched, its claim words not negated, not excepted, not narrated as history)? */
function counts(entry: ClaimEntry, text: string): boolean {
  return matchClaim(entry, text).some((m) => !negatedMatch(m, text) && !exceptedNear(m, text) && !isHistoricalNarration(text, m.start, 2026));
}

describe('knowledge base shape', () => {
  it('has the KB entries that drive superseded-fact checks', () => {
    expect(SHIPPED_CLAIMS.map((c) => c.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(SHIPPED_CLAIMS.map((c) => [c.id, c] as const))('%s is well formed', (_id, c) => {
    expect(() => new RegExp(c.pattern, 'i')).not.toThrow();
    expect(c.fact.length).toBeGreaterThan(20);
    expect(c.message.length).toBeGreaterThan(20);
    expect(c.fix.length).toBeGreaterThan(10);
    expect(c.sources.length).toBeGreaterThan(0);
    for (const s of c.sources) expect(s).toMatch(/^https?:\/\//);
    expect(['error', 'warning', 'info']).toContain(c.severity);
    expect(c.category).toBe('stale');
    for (const d of [c.trueFrom, c.falseFrom, c.recheckBy]) if (d != null) expect(d).toMatch(DAY);
    if (c.trueFrom && c.falseFrom) expect(c.trueFrom < c.falseFrom).toBe(true);
    expect(c.falseFrom || c.recheckBy, 'a claim that is still valid needs a re-check date').toBeTruthy();
    expect(staleRuleFor(c)).not.toBeNull();
  });

  it.each(Object.entries(EXAMPLES))('%s matches its examples', (id, [yes, no]) => {
    const entry = SHIPPED_CLAIMS.find((c) => c.id === id)!;
    for (const t of yes) expect(counts(entry, t), t).toBe(true);
    for (const t of no) expect(counts(entry, t), t).toBe(false);
  });

  it('never matches the other entries\' passing examples by accident', () => {
    const passing = Object.values(EXAMPLES).flatMap(([, no]) => no);
    for (const entry of SHIPPED_CLAIMS) {
      if (entry.id === 'KB-14') continue; // a recheck-only entry: any mention matches
      for (const t of passing) expect(counts(entry, t), `${entry.id}: ${t}`).toBe(false);
    }
  });
});

describe('claims semantics', () => {
  it('a claim is stale from falseFrom; a user entry without dates applies at once', () => {
    const kb06 = SHIPPED_CLAIMS.find((c) => c.id === 'KB-06')!;
    expect(staleFrom(kb06)).toBe('2025-01-21');
    expect(staleFrom(SHIPPED_CLAIMS.find((c) => c.id === 'KB-14')!)).toBeNull();
    const user: ClaimEntry = { id: 'old-address', pattern: '123 Old Street', fact: 'We moved to 9 New Road.', trueFrom: null, falseFrom: null, recheckBy: null, severity: 'warning', message: '', fix: '', sources: [] };
    expect(staleFrom(user)).toBe('0000-01-01');
    const config = { ...defaultConfig(), claims: [user] };
    expect(claimsFor(config).at(-1)).toBe(user);
  });

  it('user entries are reported by superseded-fact with their own message', () => {
    const html = '<body><main><h1>Visit us</h1><p>Find us at 123 Old Street, Irvine.</p></main></body>';
    const claims: ClaimEntry[] = [{ id: 'old-address', pattern: '123 Old Street', fact: 'We moved to 9 New Road.', trueFrom: null, falseFrom: null, recheckBy: null, severity: 'warning', message: 'This is our old address; we moved to 9 New Road.', fix: 'Replace it with 9 New Road.', sources: [] }];
    const found = audit(html, { rules: staleRules, config: { budgetMs: 10_000, claims } }).findings.filter((f) => f.ruleId === 'stale/superseded-fact');
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([['123 Old Street', 'This is our old address; we moved to 9 New Road.']]);
  });

  it('a page written before the change gets a milder severity', () => {
    const html = (date: string) => `<html><head><meta property="article:published_time" content="${date}"></head><body><main><h1>Spravato</h1><p>Spravato must be used with an oral antidepressant.</p></main></body></html>`;
    const run = (d: string) => audit(html(d), { rules: staleRules, config: { budgetMs: 10_000 } }).findings.filter((f) => f.ruleId === 'stale/superseded-fact');
    expect(run('2026-03-01').map((f) => f.severity)).toEqual(['warning']);
    const old = run('2023-03-01');
    expect(old.map((f) => f.severity)).toEqual(['info']);
    expect(old[0]!.data).toMatchObject({ claim: 'KB-06', date: '2025-01-21', writtenBeforeChange: true });
  });

  it('kb-recheck-due fires once an entry\'s re-check date passes, and yields to superseded-fact once it is false', () => {
    const html = '<body><main><h1>Telehealth</h1><p>DEA telemedicine flexibilities let us prescribe ketamine by video through December 31, 2026.</p></main></body>';
    const run = (now: string) =>
      audit(html, { now, rules: staleRules, config: { budgetMs: 10_000 } })
        .findings.filter((f) => f.ruleId === 'stale/kb-recheck-due' || f.ruleId === 'stale/superseded-fact')
        .map((f) => f.ruleId);
    expect(run('2026-11-26')).toEqual([]);
    expect(run('2026-12-15')).toEqual(['stale/kb-recheck-due']);
    expect(run('2027-01-02')).toEqual(['stale/superseded-fact']);
  });
});

describe('negation scope of claims', () => {
  const kb06 = () => SHIPPED_CLAIMS.find((c) => c.id === 'KB-06')!;

  it('marks the claim words of a match and looks for a negation only in their clause', () => {
    const text = 'Yes. Spravato must be used with an oral antidepressant — it is not a standalone treatment.';
    const [m] = matchClaim(kb06(), text);
    expect(m!.text).toBe('Spravato must be used with an oral antidepressant');
    expect(text.slice(m!.claimAt!)).toMatch(/^must be used with/);
    expect(negatedMatch(m!, text)).toBe(false);
    const negated = 'Spravato does not need to be used with an oral antidepressant.';
    expect(negatedMatch(matchClaim(kb06(), negated)[0]!, negated)).toBe(true);
  });

  it('a negated exception word does not except ("not a standalone"), a plain one does', () => {
    const reinforced = 'Spravato must be taken with an oral antidepressant; it is not a standalone therapy.';
    expect(exceptedNear(matchClaim(kb06(), reinforced)[0]!, reinforced)).toBe(false);
    const allowed = 'Spravato can be taken on its own, or together with an oral antidepressant.';
    expect(matchClaim(kb06(), allowed).every((m) => exceptedNear(m, allowed))).toBe(true);
  });

  it('entries without a claim group are never treated as negated', () => {
    const user: ClaimEntry = { id: 'old-doc', pattern: 'Dr\\.? Smith', fact: 'Dr. Smith left in 2025.', trueFrom: null, falseFrom: null, recheckBy: null, severity: 'warning', message: '', fix: '', sources: [] };
    const text = 'You will not see Dr. Smith at this office.';
    const [m] = matchClaim(user, text);
    expect(m!.claimAt).toBeUndefined();
    expect(negatedMatch(m!, text)).toBe(false);
  });

  it('reports the held-out sentence through superseded-fact, and not the suicidal-ideation sentence', () => {
    const html = `<html><head><meta property="article:published_time" content="2023-03-14"></head><body><main><h1>Spravato</h1>
      <p>Yes. Spravato must be used with an oral antidepressant — it is not a standalone treatment, so you will keep taking your daily antidepressant pill while you receive Spravato at our office.</p>
      <p>Spravato is also approved for adults with major depressive disorder who have acute suicidal thoughts, in conjunction with an oral antidepressant.</p></main></body></html>`;
    const found = audit(html, { rules: staleRules, config: { budgetMs: 10_000 } }).findings.filter((f) => f.ruleId === 'stale/superseded-fact');
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([['Spravato must be used with an oral antidepressant', 'info']]);
  });
});
