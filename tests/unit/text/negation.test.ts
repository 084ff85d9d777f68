import { describe, expect, it } from 'vitest';
import { isDistanced, isNegated, negationCue } from '../../../utils/text/negation';

const at = (text: string, word: string) => text.indexOf(word);

describe('isNegated', () => {
  it.each([
    ['Ketamine is not FDA-approved for depression.', 'FDA-approved'],
    ['There is no cure for depression.', 'cure'],
    ['Ketamine is not risk-free.', 'risk-free'],
    ['We do not claim it treats disease.', 'treats'],
    ['Esketamine has not been shown to prevent suicide.', 'prevent'],
    ['The FDA has not approved ketamine for any psychiatric disorder.', 'approved'],
    ['Ketamine isn’t approved by the FDA for pain.', 'approved'],
    ['No ketamine product is FDA-approved for PTSD.', 'FDA-approved'],
    ['Spravato is never dispensed for home use.', 'home use'],
    ['Results are not guaranteed.', 'guaranteed'],
    ['It is not without side effects.', 'without side effects'],
    ['Spravato cannot be used at home.', 'at home'],
  ])('%s → "%s" is negated', (text, word) => {
    expect(isNegated(text, at(text, word))).toBe(true);
  });

  it.each([
    ['Ketamine cures depression.', 'cures'],
    ['Ketamine not only blocks pain signals but also fights inflammation.', 'fights'],
    ['Ketamine is not approved for depression, but it cures pain.', 'cures'],
    ['While ketamine is not FDA-approved for depression, it works for everyone.', 'works'],
    ['No more pain: ketamine is a miracle.', 'miracle'],
    ['There is no doubt ketamine is completely safe.', 'completely safe'],
  ])('%s → "%s" is asserted', (text, word) => {
    expect(isNegated(text, at(text, word))).toBe(false);
  });

  it('respects the word window', () => {
    const text = 'No patient in our long history of careful practice has ever had a cure.';
    expect(isNegated(text, at(text, 'cure'), undefined, { window: 6 })).toBe(false);
    expect(isNegated(text, at(text, 'cure'), undefined, { window: 14 })).toBe(true);
  });

  it('returns the cue and where it is', () => {
    const text = 'Ketamine is not risk-free.';
    expect(negationCue(text, at(text, 'risk-free'))).toEqual({ cue: 'not', at: at(text, 'not') });
  });
});

describe('isDistanced', () => {
  it('recognises reported, debunked and warned-against claims', () => {
    const a = 'Beware of clinics that promise a cure.';
    expect(isDistanced(a, at(a, 'cure'))).toBe(true);
    const b = 'The claim that ketamine is FDA-approved for depression is a myth.';
    expect(isDistanced(b, at(b, 'FDA-approved'), at(b, 'depression') + 10)).toBe(true);
    const c = 'The FDA warned that at-home ketamine is not proven safe.';
    expect(isDistanced(c, at(c, 'safe'))).toBe(true);
  });

  it('leaves plain claims alone', () => {
    const t = 'Ketamine is FDA-approved for depression.';
    expect(isDistanced(t, at(t, 'FDA-approved'), at(t, 'depression'))).toBe(false);
  });
});
