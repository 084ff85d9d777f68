import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/audit';

const page = (body: string) => `<!DOCTYPE html><html><head><title>Clinic</title></head><body>${body}</body></html>`;

describe('links/empty-or-nameless', () => {
  it('groups icon links to the same place', () => {
    const html = page('<header><a href="https://facebook.com/clinic"><i class="fa"></i></a></header><footer><a href="https://facebook.com/clinic"><i class="fa"></i></a></footer>');
    const found = findingsOf('links/empty-or-nameless', html, { force: false });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^2 links/);
  });
  it('leaves icon-only call links to cta/accessible-name', () => {
    expect(findingsOf('links/empty-or-nameless', page('<a href="tel:+19499450927"><svg></svg></a>'))).toEqual([]);
  });
});

describe('links/insecure-http', () => {
  it('reports one finding per destination host', () => {
    const html = page('<p><a href="http://www.cdc.gov/a">A</a> <a href="http://www.cdc.gov/b">B</a> <a href="http://nih.gov/c">C</a></p>');
    const found = findingsOf('links/insecure-http', html);
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toMatch(/and 1 more link to cdc\.gov/);
  });
  it('warns about forms that post over http', () => {
    const [f] = findingsOf('links/insecure-http', page('<form action="http://forms.example.net/intake"><input name="email"><button>Send</button></form>'));
    expect(f!.severity).toBe('warning');
  });
});

describe('links/staging-or-localhost', () => {
  it('is an error for localhost and file: links, a warning for staging hosts', () => {
    const found = findingsOf('links/staging-or-localhost', page('<a href="file:///C:/site/book.html">Book</a> <a href="https://deploy-preview-12--clinic.netlify.app/">Preview</a> <a href="https://clinic.netlify.app/">Site</a>'));
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
  });
});

describe('links/retired-resource', () => {
  it('nudges tap-to-call links to the old Lifeline number', () => {
    const [f] = findingsOf('links/retired-resource', page('<a href="tel:+18002738255">1-800-273-8255</a>'));
    expect(f!.message).toMatch(/988/);
  });
  it('flags the FTC 1998 supplement guide', () => {
    expect(findingsOf('links/retired-resource', page('<a href="https://www.ftc.gov/tips-advice/business-center/guidance/dietary-supplements-advertising-guide-industry">FTC guide</a>'))).toHaveLength(1);
  });
});
