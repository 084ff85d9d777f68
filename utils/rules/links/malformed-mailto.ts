import type { FindingDraft, Rule } from '../../types';

const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[a-z]{2,}$/i;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const rule: Rule = {
  id: 'links/malformed-mailto',
  category: 'links',
  severity: 'info',
  catalog: 'LNK-004',
  title: 'Malformed mailto: link',
  description:
    'Finds mailto: links with no address, an address without "@" or a domain, spaces in the address, or link text showing a different e-mail address than the href. Several comma-separated addresses and ?subject= parameters are fine.',
  why: 'A malformed mailto: opens an empty or wrong draft, and a visible address that differs from the href sends mail somewhere the reader did not expect; squirrelscan\'s links/tel-mailto rule checks mailto format and text/href mismatch [S11] (rule catalog LNK-004).',
  fix: 'Use one well-formed address in the href and show the same address in the text: <a href="mailto:info@yourclinic.com">info@yourclinic.com</a>.',
  helpUrl: 'https://docs.squirrelscan.com/rules/links/tel-mailto',
  runsOn: 'any',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const link of facts.links) {
      const raw = link.href;
      if (raw == null || !/^\s*mailto:/i.test(raw)) continue;
      const href = raw.trim();
      const body = href.slice(7).split('?')[0]!;
      const addresses = decode(body).split(',').map((a) => a.trim()).filter(Boolean);
      let problem: string | null = null;
      if (!addresses.length) {
        // "mailto:?subject=…" share links carry no address on purpose.
        if (/\?.*\b(?:subject|body)=/i.test(href)) continue;
        problem = 'has no e-mail address';
      } else if (/\s/.test(decode(body).trim()) && !decode(body).includes(',')) {
        problem = `contains spaces ("${decode(body).trim()}")`;
      } else {
        const bad = addresses.find((a) => !EMAIL.test(a));
        if (bad) problem = bad.includes('@') ? `has an incomplete address ("${bad}")` : `has no "@" in "${bad}"`;
      }
      if (!problem) {
        const shown = EMAIL_IN_TEXT.exec(link.text)?.[0];
        if (shown && !addresses.some((a) => a.toLowerCase() === shown.toLowerCase())) {
          problem = `shows ${shown} but writes to ${addresses.join(', ')}`;
        }
      }
      if (!problem) continue;
      out.push({
        element: link.element,
        excerpt: href,
        message: `This e-mail link ${problem}.`,
        data: { href, addresses },
      });
    }
    return out;
  },
};

export default rule;
