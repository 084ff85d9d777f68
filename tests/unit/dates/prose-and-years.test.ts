import { describe, expect, it } from 'vitest';
import { findDateMentions, mayHoldDate } from '../../../utils/dates/prose';
import { dayFirstIn } from '../../../utils/region';
import { findYears, isHistoricalYear, isNamedYear, isPhoneFragment } from '../../../utils/dates/years';
import { addMonths, humanAge, humanDate, monthsBetween } from '../../../utils/dates/iso';
import { sentences, insideQuotes } from '../../../utils/dates/text-scan';

const dates = (text: string, dayFirst = false) => findDateMentions(text, new Date('2026-11-26T12:00:00Z'), { dayFirst }).map((d) => [d.text, d.date, d.precision, d.last]);

describe('findDateMentions', () => {
  it('reads the common written forms', () => {
    expect(dates('Published March 4, 2024 · Medically reviewed Oct 2, 2026')).toEqual([
      ['March 4, 2024', '2024-03-04', 'day', '2024-03-04'],
      ['Oct 2, 2026', '2026-10-02', 'day', '2026-10-02'],
    ]);
    expect(dates('Posted on 14 January 2022 by admin')).toEqual([['14 January 2022', '2022-01-14', 'day', '2022-01-14']]);
    expect(dates('Wednesday, January 19th, 2011, 9:52 am')[0]).toEqual(['January 19th, 2011', '2011-01-19', 'day', '2011-01-19']);
    expect(dates('Updated Jan 2026')).toEqual([['Jan 2026', '2026-01-01', 'month', '2026-01-31']]);
    expect(dates('Last reviewed: 2026-10-02')).toEqual([['2026-10-02', '2026-10-02', 'day', '2026-10-02']]);
    expect(dates('offer ends 12/31/2024')).toEqual([['12/31/2024', '2024-12-31', 'day', '2024-12-31']]);
    expect(dates('valid through 12/31/24')).toEqual([['12/31/24', '2024-12-31', 'day', '2024-12-31']]);
    expect(dates('Dec. 31, 2024')[0]?.[1]).toBe('2024-12-31');
  });

  it('keeps the end of a range', () => {
    expect(dates('Special runs March 1 - 31, 2024')[0]).toEqual(['March 1 - 31, 2024', '2024-03-01', 'day', '2024-03-31']);
    expect(dates('from March 1 to April 15, 2024')[0]?.[3]).toBe('2024-04-15');
  });

  it('reads ranges in month-name, day-first and numeric forms as one mention ending on the last day', () => {
    const range = (text: string, dayFirst = false) => findDateMentions(text, new Date('2026-11-26T12:00:00Z'), { dayFirst }).map((d) => [d.text, d.date, d.last, !!d.range]);
    expect(range('Offer valid November 29 – December 2, 2024.')).toEqual([['November 29 – December 2, 2024', '2024-11-29', '2024-12-02', true]]);
    expect(range('November 29 to December 2, 2024')).toEqual([['November 29 to December 2, 2024', '2024-11-29', '2024-12-02', true]]);
    expect(range('Saturdays, October 5 – November 16, 2024, 9 am to 12 pm.')).toEqual([['October 5 – November 16, 2024', '2024-10-05', '2024-11-16', true]]);
    expect(range('11/29/2024 – 12/2/2024')).toEqual([['11/29/2024 – 12/2/2024', '2024-11-29', '2024-12-02', true]]);
    expect(range('11/29/2024-12/2/2024')).toEqual([['11/29/2024-12/2/2024', '2024-11-29', '2024-12-02', true]]);
    expect(range('11/29 through 12/2/2024')).toEqual([['11/29 through 12/2/2024', '2024-11-29', '2024-12-02', true]]);
    expect(range('29/11/2024 – 02/12/2024', true)[0]?.slice(1)).toEqual(['2024-11-29', '2024-12-02', true]);
    expect(range('Nov 29, 2024 - Dec 2, 2024')[0]?.slice(1)).toEqual(['2024-11-29', '2024-12-02', true]);
    expect(range('2024-11-29 – 2024-12-02')[0]?.slice(1)).toEqual(['2024-11-29', '2024-12-02', true]);
    expect(range('29 November – 2 December 2024')[0]?.slice(1)).toEqual(['2024-11-29', '2024-12-02', true]);
    expect(range('29th–30th November 2024')[0]?.slice(1)).toEqual(['2024-11-29', '2024-11-30', true]);
    // across the new year: the start is in the year before
    expect(range('December 28 – January 3, 2025')[0]?.slice(1)).toEqual(['2024-12-28', '2025-01-03', true]);
    // single dates are not ranges; "published … · reviewed …" stays two dates
    expect(range('Flu shot clinic ends November 16, 2024')).toEqual([['November 16, 2024', '2024-11-16', '2024-11-16', false]]);
    expect(range('Published March 4, 2024 · Medically reviewed Oct 2, 2026')).toHaveLength(2);
    // a phone number is not the start of a range
    expect(range('Call 949-945-0927 – 12/2/2024')).toEqual([['12/2/2024', '2024-12-02', '2024-12-02', false]]);
  });

  it('reads numeric dates day-first with dots and outside US English', () => {
    expect(dates('08.04.2015')[0]?.[1]).toBe('2015-04-08');
    expect(dates('08/04/2015')[0]?.[1]).toBe('2015-08-04');
    expect(dates('08/04/2015', true)[0]?.[1]).toBe('2015-04-08');
    expect(dates('31/12/2024')[0]?.[1]).toBe('2024-12-31');
    expect(dayFirstIn('US', 'en-US')).toBe(false);
    expect(dayFirstIn('US', '')).toBe(false);
    expect(dayFirstIn('GB', 'en-GB')).toBe(true);
    expect(dayFirstIn('DE', 'de')).toBe(true);
    expect(dayFirstIn('CA', 'en-CA')).toBe(false); // en-CA writes 2020-12-31: slashes follow NANP month-first use
    expect(dayFirstIn('ZA', 'en')).toBe(true);
  });

  it('ignores relative words, bare years, phones, prices and version numbers', () => {
    for (const text of ['This year, everyone is talking', 'since 1970', 'In 2016, about 50 million', 'Call (619) 238-4401 today', '1-800-273-8255', '$75 value', 'San Diego, CA 92101', 'version 3.6.12', '2019–2021 data', 'Book before January 31 and save']) {
      expect(dates(text), text).toEqual([]);
    }
    // the gate is a cheap superset: any year or numeric date
    expect(mayHoldDate('Call us today at 949-945-0927')).toBe(false);
    expect(mayHoldDate('on January 5, 2020')).toBe(true);
  });

  it('falls back to chrono for rarer forms', () => {
    expect(dates('dated Tuesday, Nov, 29, 2016 the rocket')[0]?.[1]).toBe('2016-11-29');
  });
});

describe('years', () => {
  it('finds years and ranges, not phone fragments or IDs', () => {
    expect(findYears('In 2016, about 50 million').map((y) => y.year)).toEqual([2016]);
    expect(findYears('2019–2021 data').map((y) => [y.year, y.endYear])).toEqual([[2019, 2021]]);
    expect(findYears('2019-21 data').map((y) => [y.year, y.endYear])).toEqual([[2019, 2021]]);
    expect(findYears('Call 949-945-2019')).toEqual([]);
    expect(findYears('Invoice #2019 and $2020 and 2024-01-10')).toEqual([]);
    expect(isPhoneFragment('call (619) 238-2020 now', 15, 19)).toBe(true);
  });

  it('tells names and history from dates', () => {
    const law = 'the Ryan Haight Act of 2008';
    expect(isNamedYear(law, law.indexOf('2008'), law.indexOf('2008') + 4)).toBe(true);
    const study = 'the STAR*D 2006 analysis';
    expect(isNamedYear(study, study.indexOf('2006'), study.indexOf('2006') + 4)).toBe(true);
    const costs = 'Ketamine Therapy Costs in 2023';
    expect(isNamedYear(costs, costs.indexOf('2023'), costs.indexOf('2023') + 4)).toBe(false);
    expect(isHistoricalYear('approved as an anesthetic since 1970', 'approved as an anesthetic since '.length)).toBe(true);
    expect(isHistoricalYear('Serving Orange County since 2012', 'Serving Orange County since '.length)).toBe(true);
  });
});

describe('iso helpers', () => {
  it('counts months and formats ages', () => {
    expect(monthsBetween('2022-01-14', '2026-11-26')).toBe(58);
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(humanDate('2022-01-18')).toBe('January 18, 2022');
    expect(humanDate('2026-01-01', 'month')).toBe('January 2026');
    expect(humanAge(58)).toBe('4 years and 10 months');
    expect(humanAge(12)).toBe('1 year');
  });
});

describe('text scan', () => {
  it('splits sentences without breaking on abbreviations', () => {
    const s = sentences('Dr. Smith saw 5 patients. In 2016, about 50 million U.S. adults had pain. Call us.');
    expect(s.map((x) => x.text)).toEqual(['Dr. Smith saw 5 patients.', 'In 2016, about 50 million U.S. adults had pain.', 'Call us.']);
  });
  it('knows when text is quoted', () => {
    const t = 'He said "this year is busy" today';
    expect(insideQuotes(t, t.indexOf('this year'))).toBe(true);
    expect(insideQuotes(t, t.indexOf('today'))).toBe(false);
  });
});
