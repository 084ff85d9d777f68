import { describe, expect, it } from 'vitest';
import { addSite, normalizeSites, removeSite, siteLabel, siteOf, sitePattern } from '@/utils/settings/sites';

describe('auto-audit sites', () => {
  it('siteOf: the origin of http(s) pages only', () => {
    expect(siteOf('https://Clinic.example/blog/x?y=1#z')).toBe('https://clinic.example');
    expect(siteOf('http://127.0.0.1:4173/a.html')).toBe('http://127.0.0.1:4173');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('sitePattern: that origin only (port kept for Chrome, dropped for Firefox)', () => {
    expect(sitePattern('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173/*');
    expect(sitePattern('http://127.0.0.1:4173', { withPort: false })).toBe('http://127.0.0.1/*');
    expect(sitePattern('https://clinic.example')).toBe('https://clinic.example/*');
  });

  it('list helpers', () => {
    expect(addSite(['https://b.example'], 'https://a.example')).toEqual(['https://a.example', 'https://b.example']);
    expect(addSite(['https://a.example'], 'https://a.example')).toEqual(['https://a.example']);
    expect(removeSite(['https://a.example', 'https://b.example'], 'https://a.example')).toEqual(['https://b.example']);
    expect(normalizeSites(['https://a.example/x', 'ftp://x', 3, 'https://a.example'])).toEqual(['https://a.example']);
    expect(normalizeSites('x')).toEqual([]);
    expect(siteLabel('http://127.0.0.1:4173')).toBe('127.0.0.1:4173');
  });
});
