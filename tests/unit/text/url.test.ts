import { describe, expect, it } from 'vitest';
import { parseUrl, resolveUrl } from '../../../utils/text/url';

describe('shared URL parsing', () => {
  it('parses absolute URLs once and hands back the same object', () => {
    const a = parseUrl('https://clinic.example/book?x=1#top');
    expect(a?.hostname).toBe('clinic.example');
    expect(parseUrl('https://clinic.example/book?x=1#top')).toBe(a);
  });

  it('answers null for what is not an absolute URL, and for nothing', () => {
    expect(parseUrl('/relative/path')).toBeNull();
    expect(parseUrl('http://[bad')).toBeNull();
    expect(parseUrl('')).toBeNull();
    expect(parseUrl(null)).toBeNull();
    expect(parseUrl(undefined)).toBeNull();
  });

  it('resolves against a base, and the absolute form is then shared with parseUrl', () => {
    const r = resolveUrl('../contact', 'https://clinic.example/blog/post');
    expect(r?.href).toBe('https://clinic.example/contact');
    expect(parseUrl('https://clinic.example/contact')).toBe(r);
    expect(resolveUrl('tel:+19499450927', '')?.protocol).toBe('tel:');
    expect(resolveUrl('/x', '')).toBeNull();
  });

  it('stays bounded however many distinct URLs a page has', () => {
    for (let i = 0; i < 10_000; i++) expect(parseUrl(`https://c.example/p${i}`)?.pathname).toBe(`/p${i}`);
  });
});
