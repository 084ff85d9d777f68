// The content script's detection pre-filter (utils/detect/quick.ts) must never stop a page that
// the full detection calls a clinic page, and should stop plain news and blog pages.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { detect } from '../../../utils/detect';
import { quickDetect } from '../../../utils/detect/quick';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function both(html: string, url: string) {
  const doc = parseHtml(html, url);
  return { full: detect(gather(doc, { url })), quick: quickDetect(doc, url) };
}

const pages = [
  ...readdirSync(join(FIXTURES, 'site')).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, 'site', f)),
  ...readdirSync(join(FIXTURES, 'labeled')).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, 'labeled', f)),
];

describe('quickDetect (the content script pre-filter)', () => {
  it.each(pages.map((p) => [p.slice(FIXTURES.length + 1), p]))('passes %s whenever the full detection calls it a clinic page', (_name, file) => {
    const { full, quick } = both(readFileSync(file, 'utf8'), 'https://clinic.example/blog/post');
    if (full.kind !== 'other') expect(quick.maybeClinic, `lite signals: ${quick.lite.signals.join(', ')}`).toBe(true);
  });

  it('stops a plain news story about clinics', () => {
    const { full, quick } = both(readFileSync(join(FIXTURES, 'site', 'city-news.html'), 'utf8'), 'https://news.example/2026/ketamine');
    expect(full.kind).toBe('other');
    expect(quick.maybeClinic).toBe(false);
  });

  it('reads the footer of a long page even past its text cap (address and phone live there)', () => {
    const filler = '<p>' + 'General reading about the weather and the harbour. '.repeat(40) + '</p>';
    const html = `<title>Smile Dental</title><main>${filler.repeat(20)}</main><footer>Call us: (949) 945-0927 · 12 Harbor Road, Newport Beach, CA 92660</footer>`;
    const { quick } = both(html, 'https://smile.example/');
    expect(quick.chars).toBeLessThan(12_000);
    expect(quick.lite.signals).toContain('contact-phone');
    expect(quick.lite.signals).toContain('postal-address');
  });

  it('never throws on empty or odd documents', () => {
    for (const html of ['', '<html></html>', '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', '<body><template><p>x</p></template></body>']) {
      expect(() => quickDetect(parseHtml(html, 'https://x.example/'), 'https://x.example/')).not.toThrow();
    }
  });
});

describe('detect: who speaks', () => {
  it('an insurer writing to its members about a treatment is not a clinic', () => {
    const html = `<html><head><title>Does Insurance Cover Ketamine Therapy? | Cedar Valley Health Plan</title></head><body><main><article>
      <h1>Does insurance cover ketamine therapy?</h1>
      <p>Ketamine infusions for depression are off-label; Spravato is covered with prior authorization. Patients with treatment-resistant depression should ask their doctor.</p>
      <p>Call Member Services at 1-866-418-3207 with your member ID ready. Your deductible and copay apply; check the formulary during open enrollment.</p>
      <p>If you are in crisis, call <a href="tel:988">988</a> or <a href="tel:911">911</a>.</p></article></main></body></html>`;
    expect(both(html, 'https://cedarvalleyhealthplan.example/articles/ketamine').full.kind).toBe('other');
  });
});
