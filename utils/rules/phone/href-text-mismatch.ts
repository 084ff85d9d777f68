import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { sameNumber } from '../../phone/normalize';
import { hrefShown } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/href-text-mismatch',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-005',
  title: 'Tap-to-call link dials a different number than it shows',
  description:
    'Compares the number a tap-to-call (tel:) link shows with the number it actually dials. Formatting and a missing country code are ignored, letters ("1-800-FLOWERS") are turned into keypad digits, and extensions are compared separately. Links whose text is words ("Call now") are skipped.',
  why:
    'Patients read one number and reach another: every tap goes to a stranger or a dead line, while the page looks right to anyone who only reads it. With 70% of mobile searchers clicking to call (Google/Ipsos), the link is often the only number that gets used.',
  fix: 'Make the link dial the number it shows: correct whichever one is wrong, the href or the text.',
  helpUrl: 'https://docs.squirrelscan.com/rules/links/tel-mailto',
  sources: [
    { title: 'Site-audit rule guide: checks on phone and e-mail links, including a link that shows one number or address and uses another', url: 'https://docs.squirrelscan.com/rules/links/tel-mailto' },
    { title: 'Google/Ipsos research: 70% of mobile searchers click to call a business (2013)', url: 'https://adwords.googleblog.com/2013/09/new-research-shows-that-70-of-mobile.html' },
  ],
  runsOn: 'any',
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
