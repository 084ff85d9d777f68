import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { sameNumber } from '../../phone/normalize';
import { hrefShown } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/href-text-mismatch',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-005',
  title: 'tel: link dials a different number than it shows',
  description:
    'The phone number shown in a tel: link differs from the number in its href after E.164 normalization (formatting and an omitted country code are ignored; vanity letters are converted with the keypad; extensions are compared separately). Links whose text is words ("Call now") are skipped.',
  why:
    'Patients read one number and dial another: squirrelscan\'s links/tel-mailto rule flags "Tel href/text mismatch" with the same formatting-insensitive comparison (catalog PHN-005, [S11]).',
  fix: 'Make the href and the visible number the same: correct whichever one is wrong.',
  helpUrl: 'https://docs.squirrelscan.com/rules/links/tel-mailto',
  runsOn: 'clinic',
  check(facts, ctx) {
    const { links } = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const pl of links) {
      if (pl.href.scheme !== 'tel' && pl.href.scheme !== 'callto') continue;
      const hrefE164 = pl.number?.e164;
      if (!hrefE164) continue;
      const shown = pl.textPhones.filter((m) => m.kind !== 'short-code' && m.e164);
      if (!shown.length) continue;
      // Several numbers in one link text: it matches when any of them is the dialled one.
      const same = shown.find((m) => sameNumber(m.e164, hrefE164));
      const text = shown[0]!;
      if (!same) {
        out.push({
          message: `The link shows ${text.raw} but its href dials ${pl.href.number}${pl.href.number.replace(/[^\d+]/g, '') === hrefE164 ? '' : ` (${hrefE164})`}: patients who tap it reach a different number than the one they read.`,
          element: pl.link.element,
          excerpt: pl.link.text,
          fix: `If ${text.raw} is right, use href="tel:${text.e164}${text.ext ? `;ext=${text.ext}` : ''}"; otherwise change the text to the number in the href.`,
          data: { href: pl.link.href, hrefE164, textE164: text.e164 },
        });
        continue;
      }
      const hrefExt = pl.number?.ext ?? null;
      if (same.ext && hrefExt && same.ext !== hrefExt) {
        out.push({
          message: `The link shows extension ${same.ext} but its href dials extension ${hrefExt} (href="${hrefShown(pl.link.href)}").`,
          element: pl.link.element,
          excerpt: pl.link.text,
          fix: `Use href="tel:${hrefE164};ext=${same.ext}" if extension ${same.ext} is right.`,
          data: { href: pl.link.href, textExt: same.ext, hrefExt },
        });
      }
    }
    return out;
  },
};
export default rule;
