// Focused checks of the claims rules' trickier logic: attribution, dates, severities, negation.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/audit';

const art = (body: string, head = '', h1 = 'Ketamine therapy') =>
  `<!DOCTYPE html><html><head><title>${h1}</title>${head}</head><body><main><article><h1>${h1}</h1>${body}</article></main></body></html>`;
const p = (...s: string[]) => s.map((x) => `<p>${x}</p>`).join('');

describe('claims/ketamine-fda-status', () => {
  const id = 'claims/ketamine-fda-status';
  it('names every indication and points at the sentence', () => {
    const [f] = findingsOf(id, art(p('Ketamine is FDA-approved to treat depression and chronic pain.')));
    expect(f!.message).toMatch(/FDA-approved for depression/);
    expect(f!.data.range).toBeTruthy();
  });
  it.each([
    'Ketamine is FDA-approved as an anesthetic, and it has been used for pain relief in emergency rooms.',
    'Ketamine, the anesthetic the FDA approved in 1970, is now used off-label for depression.',
    'Is ketamine FDA-approved for depression?',
    'Unlike Spravato, which is FDA-approved for depression, IV ketamine is off-label.',
  ])('passes: %s', (sentence) => {
    expect(findingsOf(id, art(p(sentence)))).toEqual([]);
  });
});

describe('claims/spravato-indication-overreach', () => {
  const id = 'claims/spravato-indication-overreach';
  it('attributes a continuing sentence ("It …") to Spravato', () => {
    const found = findingsOf(id, art(p('Spravato is a nasal spray. It can be used at home.')));
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('It can be used at home.');
  });
  it('marks the implied use in an off-label section as a warning', () => {
    const html = art(`<h2>Ketamine for PTSD</h2>${p('Some patients ask about Spravato.')}`, '', 'Our treatments');
    const [f] = findingsOf(id, html);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/PTSD/);
  });
  it('does not call a section about depression off-label', () => {
    expect(findingsOf(id, art(`<h2>Depression and anxiety</h2>${p('Some patients ask about Spravato.')}`, '', 'Our treatments'))).toEqual([]);
  });
});

describe('claims/spravato-adjunct-only-outdated', () => {
  const id = 'claims/spravato-adjunct-only-outdated';
  const sentence = p('Spravato must be used with an oral antidepressant.');
  it('is a warning on pages changed after the monotherapy approval, or undated', () => {
    expect(findingsOf(id, art(sentence, '<meta property="article:modified_time" content="2025-03-01">'))[0]!.severity).toBe('warning');
    expect(findingsOf(id, art(sentence))[0]!.severity).toBe('warning');
  });
  it('is info on pages last changed before January 2025', () => {
    const [f] = findingsOf(id, art(sentence, '<meta property="article:modified_time" content="2023-05-01">'));
    expect(f!.severity).toBe('info');
    expect(f!.message).toMatch(/2023-05-01/);
  });
});

describe('claims/rems-facts-wrong', () => {
  const id = 'claims/rems-facts-wrong';
  it('reads monitoring times in words', () => {
    expect(findingsOf(id, art(p('After Spravato you are observed for about an hour, and respiratory depression is checked.')))).toHaveLength(1);
    expect(findingsOf(id, art(p('After Spravato you are observed for two hours, and respiratory depression is checked.')))).toEqual([]);
  });
  it('accepts driving the next day', () => {
    expect(findingsOf(id, art(p('After Spravato, you can drive the next day after a restful sleep. We check for respiratory depression.')))).toEqual([]);
  });
});

describe('claims/telehealth-controlled-status', () => {
  const id = 'claims/telehealth-controlled-status';
  const html = art(p('Our providers prescribe ketamine by telehealth with no in-person visit required.'));
  it('accepts "no in-person visit" while the flexibilities run', () => {
    expect(findingsOf(id, html, { now: '2026-11-26' })).toEqual([]);
  });
  it('flags it once the current extension has ended (volatile fact)', () => {
    const found = findingsOf(id, html, { now: '2027-02-01' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/2026-12-31/);
  });
  it('treats a future end date as current', () => {
    expect(findingsOf(id, art(p('Telehealth prescribing of ketamine is allowed until December 31, 2026.')))).toEqual([]);
    expect(findingsOf(id, art(p('Telehealth prescribing of ketamine is allowed until December 31, 2026.')), { now: '2027-01-05' })).toHaveLength(1);
  });
  it('reports the wrong schedule as an error', () => {
    const [f] = findingsOf(id, art(p('Ketamine is a Schedule IV drug.')));
    expect(f!.severity).toBe('error');
    expect(findingsOf(id, art(p('Ketamine is a Schedule III controlled substance.')))).toEqual([]);
  });
});

describe('claims/absolute-efficacy and claims/absolute-safety', () => {
  it('keeps "satisfaction guaranteed" and "immediate relief" at warning', () => {
    expect(findingsOf('claims/absolute-efficacy', art(p('Satisfaction guaranteed on every facial.')))[0]!.severity).toBe('warning');
    expect(findingsOf('claims/absolute-efficacy', art(p('Ketamine provides immediate relief.')))[0]!.severity).toBe('warning');
  });
  it('skips patient quotes that span sentences', () => {
    expect(findingsOf('claims/absolute-safety', art(p('“I was nervous. The treatment was painless.” — R.T.')))).toEqual([]);
  });
  it('flags "painless" as a warning but passes hedged forms', () => {
    expect(findingsOf('claims/absolute-safety', art(p('Painless root canal treatment.')))[0]!.severity).toBe('warning');
    expect(findingsOf('claims/absolute-safety', art(p('Root canals are almost painless today.')))).toEqual([]);
  });
});

describe('claims/unsupported-efficacy-number', () => {
  const id = 'claims/unsupported-efficacy-number';
  it('needs a health context', () => {
    expect(findingsOf(id, art(p('The new engine is a 20% improvement over the old one.'), '', 'Car review'))).toEqual([]);
  });
  it('accepts a citation in the same paragraph', () => {
    expect(findingsOf(id, art(p('In one trial, 70% of patients improved [1].')))).toEqual([]);
  });
});

describe('claims/superiority', () => {
  const id = 'claims/superiority';
  it('reports a repeated slogan once', () => {
    const html = art(p('The best ketamine clinic in Orange County.', 'Visit the best ketamine clinic in Orange County today.'));
    expect(findingsOf(id, html)).toHaveLength(1);
  });
  it('passes a linked ranking', () => {
    expect(findingsOf(id, art(p('Rated the top-rated clinic in <a href="https://www.newsweek.com/rankings">Newsweek’s ranking</a>.')))).toEqual([]);
  });
});

describe('claims/tracking-pixels', () => {
  it('is info on a public page without forms', () => {
    const html = art(p('Ketamine therapy for depression.')) + '<script src="//analytics.tiktok.com/i18n/pixel/events.js"></script>';
    const [f] = findingsOf('claims/tracking-pixels', html, { url: 'https://clinic.example/services/ketamine' });
    expect(f!.severity).toBe('info');
    expect(f!.message).toMatch(/TikTok/);
  });
});

describe('claims/missing-crisis-resources', () => {
  it('does not fire on a page that mentions depression once', () => {
    expect(findingsOf('claims/missing-crisis-resources', art(p('Ketamine is used off-label for depression and chronic pain.'), '', 'Your first infusion'))).toEqual([]);
  });
});
