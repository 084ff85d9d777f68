import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { placeholderOf } from '../../phone/nanp';
import { hrefShown, theLink } from '../../phone/fix';

// "e.g. (555) 555-0123", "format: xxx-xxx-xxxx", "such as 123-456-7890": examples, not the clinic's number.
const EXAMPLE_BEFORE = /\b(?:e\.\s?g\.?|for example|for instance|example|such as|format(?:ted)?(?: like| as)?|like this|sample|placeholder|enter (?:your|a)|i\.e\.)\s*[:,]?\s*["'“(]?\s*$/i;

const rule: Rule = {
  id: 'phone/placeholder-number',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-004',
  title: 'Placeholder or fictional phone number',
  description:
    'Finds template leftovers and made-up numbers: 555-0100 to 555-0199, sequences such as 123-456-7890 or 1234567, repeated digits (555-555-5555, 000 00 00), "x" placeholders ((xxx) xxx-xxxx), and numbers known from website templates (+1 5589 55488 55, +012 345 6789).',
  why:
    'Only 555-0100 to 555-0199 are set aside for fiction, and other template numbers look real enough to pass a quick glance and even common number checks. A template number left on a live page sends patients nowhere, or to a stranger.',
  fix: "Replace it with the clinic's real number, in the text and in the tel: href.",
  helpUrl: 'http://www.liquisearch.com/area_codes_in_the_united_states/fictional_telephone_numbers',
  sources: [
    { title: 'Fictional telephone numbers: only 555-0100 to 555-0199 are reserved', url: 'http://www.liquisearch.com/area_codes_in_the_united_states/fictional_telephone_numbers' },
    { title: 'Cloudit glossary: the North American Numbering Plan (NPA-NXX-XXXX)', url: 'https://cloudit.co/glossary/nanp-north-american-numbering-plan/' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const phones = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    const reported = new Set<number>();
    // 1. tel:/sms: links: the href's number, else the number in the link text.
    for (const pl of phones.links) {
      const n = pl.number;
      const hrefPh = n ? placeholderOf(pl.href.number, (n.e164 ?? pl.href.number).replace(/\D/g, ''), n.nsn, n.countryCode) : placeholderOf(pl.href.number, pl.href.number.replace(/\D/g, ''));
      const textPh = pl.textPhones.find((m) => m.placeholder);
      const ph = hrefPh ?? textPh?.placeholder ?? null;
      if (!ph) continue;
      reported.add(pl.link.index);
      const shown = textPh?.raw ?? pl.link.text ?? pl.href.number;
      out.push({
        message: `${theLink(`${pl.href.scheme}:`, pl.link)} (href="${hrefShown(pl.link.href)}") ${textPh && !hrefPh ? `shows ${textPh.raw}` : `dials ${pl.href.number}`}, which ${ph.message}: it is not a working clinic line.`,
        element: pl.link.element,
        excerpt: shown || (pl.link.href ?? ''),
        data: { href: pl.link.href, code: ph.code },
      });
    }
    // 2. numbers in text, outside the links above.
    for (const m of phones.text) {
      if (!m.placeholder || m.kind === 'short-code') continue;
      if (m.link >= 0 && reported.has(m.link)) continue;
      const block = facts.blocks[m.block]!;
      if (block.tag === 'pre' || block.tag === 'code') continue;
      if (EXAMPLE_BEFORE.test(block.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      out.push({
        message: `The ${m.kind === 'fax' ? 'fax number' : 'number'} ${m.raw} ${m.placeholder.message}: it is not a working clinic line.`,
        element: block.element,
        excerpt: m.raw,
        range: { block: m.block, start: m.start, end: m.end },
        data: { code: m.placeholder.code, e164: m.e164 },
      });
    }
    // 3. JSON-LD telephone (search engines show it in the business panel).
    for (const j of phones.jsonLd) {
      const ph = placeholderOf(j.value, (j.number?.e164 ?? j.value).replace(/\D/g, ''), j.number?.nsn, j.number?.countryCode);
      if (!ph) continue;
      out.push({
        message: `The structured data (${j.entity.types.join('/')}) gives ${j.property} "${j.value}", which ${ph.message}.`,
        scope: 'page',
        excerpt: j.value,
        context: `JSON-LD ${j.entity.types.join('/')} ${j.property}: ${j.value}`,
        data: { property: j.property, code: ph.code },
      });
    }
    return out;
  },
};
export default rule;
