import type { FindingDraft, Rule } from '../../types';
import { pagePhones, type TextPhone } from '../../phone/page';
import { sameNumber } from '../../phone/normalize';
import { telAnchor } from '../../phone/fix';
import { hotlineName } from '../../phone/hotlines';
import { bookingByNumber, numberIsTheDefect, unlinkedCtas } from '../../cta';
import { clip } from '../../text/normalize';

/** Numbers in plain text that PHN-006 reports (shared with phone/format-detection-unlinked). */
export function unlinkedPhones(list: TextPhone[]): TextPhone[] {
  return list.filter(
    (m) =>
      m.kind === 'phone' &&
      m.valid &&
      !!m.e164 &&
      // tel:/sms:/WhatsApp links dial; a button does what it says. A number that is the text of some other
      // link (the brand in the navbar linking home, an <a href="#">) cannot be tapped to call either.
      (m.linkKind == null || m.linkKind === 'other'),
  );
}

const TELEPHONE_NO = /(?:^|[,;\s])telephone\s*=\s*no\b/i;

/** Where the link around a number goes instead of dialling, in words. */
function elsewhere(href: string | null): string {
  const h = (href ?? '').trim();
  if (!h || /^#!?$/.test(h) || /^javascript:/i.test(h)) return `a link that goes nowhere (href="${h}")`;
  return `a link to ${h.length > 60 ? `${h.slice(0, 57)}…` : h}`;
}

const rule: Rule = {
  id: 'phone/unlinked-number',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-006',
  title: 'Phone number is not a tap-to-call link',
  description:
    'Finds a valid phone number in the page text that is not a tap-to-call link (plain text, or the text of a link that goes somewhere else). It is reported even when the same number is linked in the header or footer, because readers tap where they read; it is only a suggestion when the same number is linked in the same paragraph. When the page turns off iPhone\'s automatic number links (format-detection "telephone=no"), the finding says so. Fax numbers ("Fax", "F:"), short codes, invalid numbers and placeholders are not reported here.',
  why:
    'A plain-text number makes patients copy and paste it, and 70% of mobile searchers click to call a business (Google/Ipsos). iPhones sometimes turn numbers into links on their own, but Android phones, computers and in-app browsers may not.',
  fix: 'Wrap the number in a tap-to-call link with the full international number in the href, e.g. <a href="tel:+19499450927">949-945-0927</a>.',
  helpUrl: 'https://github.com/thedaviddias/Front-End-Checklist',
  sources: [
    { title: 'Google/Ipsos research: 70% of mobile searchers click to call a business (2013)', url: 'https://adwords.googleblog.com/2013/09/new-research-shows-that-70-of-mobile.html' },
    { title: 'Front-End Checklist: wrap phone numbers and e-mail addresses in tap-to-call and e-mail links', url: 'https://github.com/thedaviddias/Front-End-Checklist' },
    { title: 'Apple: Safari meta tags, including format-detection for phone numbers', url: 'https://developer.apple.com/library/archive/documentation/AppleApplications/Reference/SafariHTMLRef/Articles/MetaTags.html' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const phones = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    // <meta name="format-detection" content="telephone=no"> also stops iPhones from linking numbers
    // themselves: the same defect made worse, said inside each finding rather than as one more.
    const detectionOff = (facts.meta['format-detection'] ?? []).some((c) => TELEPHONE_NO.test(c));
    const iosNote = ' The page also turns off iPhone\'s automatic number links (format-detection "telephone=no"), so no phone can tap it.';
    // Call-to-action sentences that name a number ("Call us at … to schedule"): the finding quotes them.
    // A booking sentence with its number ("Schedule today by calling …") is cta/text-not-actionable's.
    const callTexts = new Map<string, string>();
    const bookingTexts = new Set<string>();
    for (const { block, phrases } of unlinkedCtas(facts, ctx)) {
      for (const p of phrases) {
        if (numberIsTheDefect(p)) callTexts.set(`${block.index}|${p.phone!.e164}`, p.text);
        else if (bookingByNumber(p)) bookingTexts.add(`${block.index}|${p.phone!.e164}`);
      }
    }
    for (const m of unlinkedPhones(phones.text)) {
      const block = facts.blocks[m.block]!;
      // The same number linked within this block (e.g. "949-945-0927 (tap: <a href=tel:…>call</a>)").
      const linkedHere = block.spans.some((s) => {
        const pl = phones.links.find((l) => l.link.index === s.link);
        return !!pl && pl.href.scheme === 'tel' && sameNumber(pl.number?.e164, m.e164);
      });
      const display = m.raw.trim();
      const hotline = hotlineName(m.e164);
      const inLink = m.linkKind === 'other' ? facts.links[m.link] : undefined;
      if (!inLink && !linkedHere && !hotline && bookingTexts.has(`${m.block}|${m.e164}`)) continue;
      const cta = !inLink && !linkedHere && !hotline ? callTexts.get(`${m.block}|${m.e164}`) : undefined;
      out.push({
        message: cta
          ? `"${clip(cta.trim(), 80)}" asks readers to call, but the number is plain text, so it cannot be tapped to call.${detectionOff ? iosNote : ''}`
          : inLink
          ? `The number ${display} is the text of ${elsewhere(inLink.href)}, so tapping it does not call.`
          : linkedHere
          ? `The number ${display} is plain text here; the same number is linked nearby in this block, so this one is only a nudge.`
          : hotline
            ? `The ${hotline} number ${display} is plain text, so it cannot be tapped to call.`
            : `The number ${display} is plain text, so it cannot be tapped to call.${detectionOff ? iosNote : ''}`,
        // a call to action that cannot be acted on is an error, as CTA-002 would have it
        severity: linkedHere || hotline ? 'info' : cta ? 'error' : undefined,
        element: inLink?.element ?? block.element,
        excerpt: display,
        fix: inLink ? `Make the link dial: ${telAnchor(m.e164!, display, m.ext)}.` : `Wrap it in ${telAnchor(m.e164!, display, m.ext)}.`,
        range: { block: m.block, start: m.start, end: m.end },
        data: { e164: m.e164, ext: m.ext, region: block.region, inContent: block.inContent, formatDetectionOff: detectionOff, callToAction: cta ?? null },
      });
    }
    return out;
  },
};
export default rule;
