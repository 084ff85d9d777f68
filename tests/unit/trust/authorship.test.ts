import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { authorship } from '../../../utils/claims-lang/authorship';

function who(body: string, head = '') {
  const url = 'https://clinic.example/blog/post';
  const facts = gather(parseHtml(`<html><head><title>Ketamine | Example Clinic</title>${head}</head><body><main><article><h1>Ketamine therapy</h1>${body}<p>Body text of the article.</p></article></main></body></html>`, url), { url });
  return authorship(facts);
}

describe('authorship', () => {
  it.each([
    ['<p>By Lena Sato, MD, anesthesiologist · Medically reviewed August 21, 2026</p>', 'Lena Sato, MD', true],
    ['<div>Written by <a href="/nutrition-team">Rachael Link, MS, RD</a> on November 14, 2019</div>', 'Rachael Link, MS, RD', true],
    ['<p>July 9, 2026 · Dr. Omar Haddad, DMD</p>', 'Dr. Omar Haddad, DMD', true],
    ['<p>Posted by Jane de la Cruz on March 3, 2024</p>', 'Jane de la Cruz', false],
    ['<p>Author: Sam Rivera</p>', 'Sam Rivera', false],
  ])('%s → %s', (body, name, credentialed) => {
    const a = who(body);
    expect(a.authors[0]?.name).toBe(name);
    expect(a.authors[0]?.credentialed).toBe(credentialed);
  });

  it('marks generic and clinic-name bylines', () => {
    expect(who('<p>By admin | January 2, 2024</p>').authors[0]).toMatchObject({ name: 'admin', generic: true });
    const clinic = who('<p>By Example Clinic</p>', '<script type="application/ld+json">{"@type":"MedicalClinic","name":"Example Clinic"}</script>');
    expect(clinic.authors[0]).toMatchObject({ generic: true });
  });

  it('ignores credits and "by" in running prose', () => {
    expect(who('<p>Powered by WordPress</p><p>Web Toolbar by Wibiya</p>').authors).toEqual([]);
    expect(who('<p>Pain caused by nerve damage can be treated by Dr. Smith and our team at the clinic today.</p>').authors).toEqual([]);
  });

  it('finds reviewers and review statements', () => {
    const a = who('<p>By Jessica Lee · Medically reviewed by Dr. Anita Patel, MD on October 2, 2026</p>');
    expect(a.reviewers[0]).toMatchObject({ name: 'Dr. Anita Patel, MD', credentialed: true });
    expect(a.reviewStatement).not.toBeNull();
  });

  it('reads JSON-LD author and review data', () => {
    const a = who('', '<script type="application/ld+json">{"@type":"MedicalWebPage","author":{"@type":"Person","name":"Ana Ruiz, MD"},"reviewedBy":{"@type":"Person","name":"B"}}</script>');
    expect(a.jsonLdAuthors).toEqual(['Ana Ruiz, MD']);
    expect(a.jsonLdReviewed).toBe(true);
  });
});

describe('authorship: reviewer lines', () => {
  it('reads "Reviewed by" with a capital letter', () => {
    const a = who('<div>Published October 5, 2026</div><div>Reviewed by Dr. Anika Sharma, MD, CCFP (family physician)</div>');
    expect(a.reviewers[0]?.name).toBe('Dr. Anika Sharma, MD');
  });
});
