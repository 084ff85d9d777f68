import { describe, expect, it } from 'vitest';
import { insideQuotes, isQuestion, sentenceAt, splitSentences } from '../../../utils/text/sentences';

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps exact offsets', () => {
    const text = 'Ketamine is an anesthetic. It was approved in 1970! Is it safe? Ask us.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Ketamine is an anesthetic.', 'It was approved in 1970!', 'Is it safe?', 'Ask us.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not split after titles, initials, e.g./i.e. or inside numbers', () => {
    const text = 'Dr. Hadi Estakhri and J. Smith give 0.5 mg/kg doses, e.g. for pain. Call today.';
    expect(splitSentences(text).map((x) => x.text)).toEqual(['Dr. Hadi Estakhri and J. Smith give 0.5 mg/kg doses, e.g. for pain.', 'Call today.']);
  });

  it('ends a sentence after an abbreviation only before a sentence starter', () => {
    expect(splitSentences('We treat patients across the U.S. The FDA approved Spravato in 2019.').length).toBe(2);
    expect(splitSentences('Allied Psychiatry Inc. Newport Beach office').length).toBe(1);
    expect(splitSentences('By Lena Sato, MD. She reviews every article.').length).toBe(2);
  });

  it('keeps closing quotes with their sentence and handles text without punctuation', () => {
    const s = splitSentences('“My pain is gone.” — J.S. Results vary');
    expect(s[0]!.text).toBe('“My pain is gone.”');
    expect(splitSentences('IV Therapy & Spravato')).toHaveLength(1);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('finds the sentence at an offset', () => {
    const s = splitSentences('One. Two three.');
    expect(sentenceAt(s, 7)?.text).toBe('Two three.');
    expect(sentenceAt(s, 100)).toBeNull();
  });
});

describe('isQuestion / insideQuotes', () => {
  it('recognises questions', () => {
    expect(isQuestion('Does ketamine cure depression?')).toBe(true);
    expect(isQuestion('Is ketamine FDA-approved?”')).toBe(true);
    expect(isQuestion('Ketamine cures depression.')).toBe(false);
  });

  it('recognises quoted words', () => {
    const t = 'The FDA said it “has not approved the use of the drug” for that.';
    expect(insideQuotes(t, t.indexOf('approved'))).toBe(true);
    expect(insideQuotes(t, t.indexOf('for that'))).toBe(false);
    const s = 'Patients told us "it cured me" last year.';
    expect(insideQuotes(s, s.indexOf('cured'))).toBe(true);
  });
});
