// Focused behaviour of the phone rules through the real engine (jsdom + gather + rules + report).
import { describe, expect, it } from 'vitest';
import { audit, findingsOf } from '../../helpers/audit';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { pagePhones } from '../../../utils/phone/page';

const args = { config: { budgetMs: 60_000 } };
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en-US"><head><title>Clinic</title>${head}</head><body>${body}</body></html>`;

describe('phone/unlinked-number (PHN-006)', () => {
  const html = page(
    '<header><a href="tel:+19499450927">949-945-0927</a></header><article><p>To learn more, call us at 949-945-0927 or book online.</p></article>',
  );
  it('flags the body number even though the header links it, with a computed fix and range', () => {
    const [f, ...rest] = findingsOf('phone/unlinked-number', html, args);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      // a call to action ("call us at …") that cannot be tapped: an error, quoting the sentence
      severity: 'error',
      excerpt: '949-945-0927',
      message: '"call us at 949-945-0927" asks readers to call, but the number is plain text, so it cannot be tapped to call.',
      fix: 'Wrap it in <a href="tel:+19499450927">949-945-0927</a>.',
    });
    expect(f!.context).toContain('call us at 949-945-0927');
    expect(f!.data.range).toMatchObject({ start: 26, end: 38 });
  });

  it('says "the number is plain text" when no call to action names it', () => {
    const [f] = findingsOf('phone/unlinked-number', page('<footer><p>Harbor Dental · 949-945-0927</p></footer>'), args);
    expect(f).toMatchObject({ severity: 'warning', message: 'The number 949-945-0927 is plain text, so it cannot be tapped to call.' });
  });

  it('drops to info when the same number is linked in the same block', () => {
    const [f] = findingsOf('phone/unlinked-number', page('<p>Call 949-945-0927 (<a href="tel:+19499450927">tap here</a>, 949-945-0927).</p>'), args);
    expect(f?.severity).toBe('info');
  });

  it('uses the page region for the fix', () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><body><p>Call our clinic on 0117 925 3311.</p></body></html>`;
    expect(findingsOf('phone/unlinked-number', html, args)[0]?.fix).toBe('Wrap it in <a href="tel:+441179253311">0117 925 3311</a>.');
  });

  it('keeps the extension in the fix', () => {
    expect(findingsOf('phone/unlinked-number', page('<p>Call 949-945-0927 ext. 12</p>'), args)[0]?.fix).toBe(
      'Wrap it in <a href="tel:+19499450927;ext=12">949-945-0927 ext. 12</a>.',
    );
  });

  it('does not run on non-clinic pages unless forced', () => {
    const plain = '<!DOCTYPE html><html><body><p>Our newsroom: 206-652-6593</p></body></html>';
    expect(findingsOf('phone/unlinked-number', plain, { ...args, force: false })).toEqual([]);
  });
});

describe('phone/href-text-mismatch (PHN-005)', () => {
  it('reports the dialled and the shown number', () => {
    const [f] = findingsOf('phone/href-text-mismatch', page('<div class="top-strip"><a href="tel:+16192384410">Call (619) 238-4401</a></div>'), args);
    expect(f?.message).toBe('The link shows (619) 238-4401 but its href dials +16192384410: patients who tap it reach a different number than the one they read.');
    expect(f?.selector).toContain('a');
  });
});

describe('phone/tel-uri-syntax and tel-not-global (PHN-001/002)', () => {
  it('gives one syntax error with every problem, and no PHN-002 duplicate', () => {
    const html = page('<p><a href="tel:// 949 945 0927">Call</a></p>');
    const [f] = findingsOf('phone/tel-uri-syntax', html, args);
    expect(f?.message).toMatch(/tel:\/\/.*spaces/);
    expect(f?.fix).toBe('Use href="tel:+19499450927".');
    expect(findingsOf('phone/tel-not-global', html, args)).toEqual([]);
  });

  it('PHN-002 is a warning with the E.164 fix', () => {
    const [f] = findingsOf('phone/tel-not-global', page('<p><a href="tel:9499450927">949-945-0927</a></p>'), args);
    expect(f).toMatchObject({ severity: 'warning', fix: 'Use href="tel:+19499450927".' });
  });
});

describe('phone/placeholder-number vs phone/invalid-number (PHN-004/003)', () => {
  it('reports a placeholder once, as a placeholder', () => {
    const html = page('<footer><p>Phone: <a href="tel:+1-555-123-4567">+1 555 123 4567</a></p></footer>');
    expect(findingsOf('phone/placeholder-number', html, args)).toHaveLength(1);
    expect(findingsOf('phone/invalid-number', html, args)).toEqual([]);
    expect(findingsOf('phone/unlinked-number', html, args)).toEqual([]);
  });

  it('N11 exchange is invalid, not a placeholder', () => {
    const html = page('<p>Call us at 949-911-0927.</p>');
    const [f] = findingsOf('phone/invalid-number', html, args);
    expect(f?.message).toContain('service code');
    expect(findingsOf('phone/placeholder-number', html, args)).toEqual([]);
  });
});

describe('phone/conflicting-numbers (PHN-008)', () => {
  const jsonLd = (tel: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","telephone":"${tel}","faxNumber":"+1-949-945-0928"}</script>`;
  it('names both numbers and where they are', () => {
    const html = page('<header><a href="tel:+19499450927">949-945-0927</a></header><footer><p>Call us: 949-812-3344</p></footer>', jsonLd('+1-949-945-0927'));
    // The footer number is also plain text: one finding about it says both (the conflict as "Also: …").
    const about = audit(html, args).findings.filter(
      (x) => x.ruleId === 'phone/conflicting-numbers' || ((x.data.also as Array<{ ruleId: string }> | undefined) ?? []).some((a) => a.ruleId === 'phone/conflicting-numbers'),
    );
    expect(about).toHaveLength(1);
    const f = about[0];
    expect(f?.message).toContain('949-812-3344 (footer)');
    expect(f?.message).toContain('949-945-0927 (header, structured data)');
  });

  it('checks against the clinic profile when set', () => {
    const html = page('<header><a href="tel:+19499450927">949-945-0927</a></header>', jsonLd('+1-714-812-3344'));
    const found = findingsOf('phone/conflicting-numbers', html, { config: { budgetMs: 60_000, profile: { phones: ['949-945-0927'], bookingUrlPatterns: [], region: null, reviewCycleMonths: 12 } } });
    expect(found).toHaveLength(1);
    expect(found[0]?.scope).toBe('page');
    expect(found[0]?.message).toContain('+17148123344');
  });

  it('ignores the JSON-LD faxNumber', () => {
    const html = page('<header><a href="tel:+19499450927">949-945-0927</a></header><p>F: 949-945-0928</p>', jsonLd('+1-949-945-0927'));
    expect(findingsOf('phone/conflicting-numbers', html, args)).toEqual([]);
  });
});

describe('page phone facts are computed once per facts object', () => {
  it('returns the cached object', () => {
    const doc = parseHtml(page('<p>Call 949-945-0927</p>'), 'https://clinic.example/');
    const facts = gather(doc, { url: 'https://clinic.example/' });
    const a = pagePhones(facts, 'US');
    expect(pagePhones(facts, 'US')).toBe(a);
    expect(a.text).toHaveLength(1);
    expect(a.byBlock.get(a.text[0]!.block)).toEqual([a.text[0]]);
  });

  it('the whole phone category stays quiet on a clean page', () => {
    const html = page(
      '<header><a href="tel:+12065773340">(206) 577-3340</a></header><article><p>Call our care coordinators at <a href="tel:+12065773340">(206) 577-3340</a>. In a crisis, call or text 988.</p></article><footer><p>401 2nd Ave S, Seattle, WA 98104 · <a href="tel:+12065773340">(206) 577-3340</a></p></footer>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","telephone":"+1-206-577-3340"}</script>',
    );
    expect(audit(html, args).findings.filter((f) => f.category === 'phone')).toEqual([]);
  });
});
