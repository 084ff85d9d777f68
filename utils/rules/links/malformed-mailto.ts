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
  title: 'Broken e-mail link',
  description:
    'Finds e-mail (mailto:) links with no address, an address without "@" or a domain, spaces in the address, or link text showing a different e-mail address than the one the link writes to. Several addresses separated by commas, and a preset subject (?subject=), are fine.',
  why:
    'A broken e-mail link opens an empty or wrong draft, and a link that shows one address but writes to another sends the patient\'s message somewhere they did not expect.',
  fix: 'Use one well-formed address in the href and show the same address in the text: <a href="mailto:info@yourclinic.com">info@yourclinic.com</a>.',
  helpUrl: 'https://docs.squirrelscan.com/rules/links/tel-mailto',
  sources: [
    { title: 'Site-audit rule guide: checks on phone and e-mail links, including a link that shows one number or address and uses another', url: 'https://docs.squirrelscan.com/rules/links/tel-mailto' },
    { title: 'RFC 6068: the mailto: link standard', url: 'https://www.rfc-editor.org/rfc/rfc6068' },
  ],
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
