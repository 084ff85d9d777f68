import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { nanpIssues, nanpVerdict, placeholderOf } from '../../phone/nanp';
import { NANP_REGIONS } from '../../phone/normalize';
import { hrefShown, theLink } from '../../phone/fix';
import type { NormalizedNumber } from '../../phone/normalize';

function verdict(n: NormalizedNumber | null, raw: string): string | null {
  if (!n) return null;
  if (n.countryCode === '1' && n.nsn.length === 10) {
    const issues = nanpIssues(n.nsn).filter((i) => i.code !== 'fictional-555');
    if (issues.length) return nanpVerdict(issues);
  }
  if (n.valid) return null;
  const digits = raw.replace(/\D/g, '');
  if (n.parsed && !n.possible) {
    return n.countryCode === '1' ? `has ${n.nsn.length} digits after the country code, but US and Canadian numbers have 10` : `has the wrong number of digits for +${n.countryCode}`;
  }
  return n.countryCode ? `is not an assigned number range for +${n.countryCode}` : `(${digits.length} digits) is not a dialable number`;
}

const rule: Rule = {
  id: 'phone/invalid-number',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-003',
  title: 'Phone number is not a valid number',
  description:
    'Finds a number in a phone link or in the text that cannot be a real phone number. For US and Canadian numbers: an area code or exchange (the three digits after the area code) that starts with 0 or 1, an area code whose middle digit is 9, an exchange such as 211 or 911 that is reserved for special services, or the wrong number of digits. Numbers of other countries are checked against their own numbering plans. Short codes (211–911, 988) are fine; placeholder numbers have their own check.',
  why:
    'US and Canadian numbers follow a fixed pattern (area code, exchange, line number, and neither the area code nor the exchange may start with 0 or 1), and codes such as 911 cannot be used as an exchange. A number that breaks these rules never connects, so every patient who tries to call is lost.',
  fix: "Check the digits against the clinic's real number and correct both the text and the tel: href.",
  helpUrl: 'https://cloudit.co/glossary/nanp-north-american-numbering-plan/',
  sources: [
    { title: 'Cloudit glossary: the North American Numbering Plan (NPA-NXX-XXXX)', url: 'https://cloudit.co/glossary/nanp-north-american-numbering-plan/' },
    { title: 'Las Vegas Sun: three-digit N11 numbers such as 211, 311 and 911', url: 'https://lasvegassun.com/news/2012/sep/19/three-digit-dialing-goes-well-beyond-911/' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const phones = pagePhones(facts, ctx.region);
    const nanpRegion = NANP_REGIONS.has(phones.region);
    const out: FindingDraft[] = [];
    const linkReported = new Set<number>();
    for (const pl of phones.links) {
      if (pl.href.scheme === 'whatsapp' && !pl.href.number) continue;
      const n = pl.number;
      const digits = pl.href.number.replace(/\D/g, '');
      if (!n || digits.length <= 6) continue; // empty/malformed (tel-uri-syntax) or short codes
      if (placeholderOf(pl.href.number, (n.e164 ?? digits).replace(/\D/g, ''), n.nsn, n.countryCode)) continue;
      if (pl.textPhones.some((m) => m.placeholder)) continue;
      if (!pl.href.global && nanpRegion && /^0/.test(digits)) continue; // national form of a foreign number: region unknown
      const why = verdict(n, pl.href.number);
      if (!why) continue;
      linkReported.add(pl.link.index);
      out.push({
        message: `${theLink(`${pl.href.scheme}:`, pl.link)} dials ${pl.href.number || hrefShown(pl.link.href)}, which ${why}.`,
        element: pl.link.element,
        excerpt: pl.link.href ?? '',
        data: { href: pl.link.href, e164: n.e164 },
      });
    }
    for (const m of phones.text) {
      if (m.kind === 'short-code' || m.valid || m.placeholder || !m.e164) continue;
      if (m.link >= 0 && (m.linkKind === 'tel' || m.linkKind === 'sms' || m.linkKind === 'whatsapp' || m.linkKind === 'callto')) continue; // judged by its href
      const written = m.raw.trim();
      if (!written.startsWith('+') && nanpRegion && /^\(?0/.test(written)) continue; // foreign national format, region unknown
      // Prose numbers need a cue (a phone word or label, "+CC", or the NANP 3-3-4 shape).
      const nanpShape = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b/.test(written);
      if (!m.cue && !written.startsWith('+') && !nanpShape) continue;
      const issues = m.nanp.filter((i) => i.code !== 'fictional-555');
      const why = issues.length ? nanpVerdict(issues) : m.libValid ? null : `is not a valid ${written.startsWith('+') ? 'international' : phones.region} number`;
      if (!why) continue;
      const block = facts.blocks[m.block]!;
      out.push({
        message: `The ${m.kind === 'fax' ? 'fax number' : 'number'} ${m.raw} ${why}.`,
        element: block.element,
        excerpt: m.raw,
        range: { block: m.block, start: m.start, end: m.end },
        data: { e164: m.e164, nanp: issues.map((i) => i.code) },
      });
    }
    return out;
  },
};
export default rule;
