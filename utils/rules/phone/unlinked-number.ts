import type { FindingDraft, Rule } from '../../types';
import { pagePhones, type TextPhone } from '../../phone/page';
import { sameNumber } from '../../phone/normalize';
import { telAnchor } from '../../phone/fix';
import { hotlineName } from '../../phone/hotlines';

/** Numbers in plain text that PHN-006 reports (shared with phone/format-detection-unlinked). */
export function unlinkedPhones(list: TextPhone[]): TextPhone[] {
  return list.filter(
    (m) =>
      m.kind === 'phone' &&
      m.valid &&
      !!m.e164 &&
      // inside any link or control: tel:/sms: links are fine; numbers inside other links are interactive already
      m.link < 0 &&
      m.linkKind == null,
  );
}

const rule: Rule = {
  id: 'phone/unlinked-number',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-006',
  title: 'Phone number is not a tap-to-call link',
  description:
    'A valid phone number in the page text that is not inside a tel: link. It is reported even when the same number is linked in the header or footer (readers tap where they read); it drops to info when the same number is linked in the same block. Fax numbers ("Fax", "F:"), short codes and numbers that are invalid or placeholders are not reported here.',
  why:
    'Plain-text phone numbers "force users to copy-paste" (Front-End-Checklist tel-mailto); 70% of mobile searchers click to call (Google/Ipsos). iOS Safari may auto-link numbers, but Android, desktop and in-app browsers differ (catalog PHN-006, [S38][S40]).',
  fix: 'Wrap the number in a tel: link with the E.164 number in the href, e.g. <a href="tel:+19499450927">949-945-0927</a>.',
  helpUrl: 'https://github.com/thedaviddias/Front-End-Checklist',
  runsOn: 'clinic',
  check(facts, ctx) {
    const phones = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const m of unlinkedPhones(phones.text)) {
      const block = facts.blocks[m.block]!;
      // The same number linked within this block (e.g. "949-945-0927 (tap: <a href=tel:…>call</a>)").
      const linkedHere = block.spans.some((s) => {
        const pl = phones.links.find((l) => l.link.index === s.link);
        return !!pl && pl.href.scheme === 'tel' && sameNumber(pl.number?.e164, m.e164);
      });
      const display = m.raw.trim();
      const hotline = hotlineName(m.e164);
      out.push({
        message: linkedHere
          ? `The number ${display} is plain text here; the same number is linked nearby in this block, so this one is only a nudge.`
          : hotline
            ? `The ${hotline} number ${display} is plain text, so it cannot be tapped to call.`
            : `The number ${display} is plain text, so it cannot be tapped to call.`,
        severity: linkedHere || hotline ? 'info' : undefined,
        element: block.element,
        excerpt: display,
        fix: `Wrap it in ${telAnchor(m.e164!, display, m.ext)}.`,
        range: { block: m.block, start: m.start, end: m.end },
        data: { e164: m.e164, ext: m.ext, region: block.region, inContent: block.inContent },
      });
    }
    return out;
  },
};
export default rule;
