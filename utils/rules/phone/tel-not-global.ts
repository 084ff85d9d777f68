import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri, syntaxProblems } from '../../phone/tel-uri';
import { hrefShown, linkLabel } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-not-global',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-002',
  title: 'tel: link has no country code',
  description:
    'A tel: href with a local number: no leading "+country code" and no ;phone-context. Short codes such as tel:988 and tel:911 are exempt (they are local by nature).',
  why:
    'RFC 3966 §5.1.4 identifies global numbers by the leading "+" with the country code, and §5.1.5 requires local numbers to carry phone-context. Local-only tel: URIs "don\'t work in a different calling prefix or different country" (W3C MWABP comment). Most US phones still dial them, so this is a warning, not an error (catalog PHN-002, [S32][S37e]).',
  fix: 'Add the country code: href="tel:+19499450927" instead of href="tel:9499450927".',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1.4',
  runsOn: 'clinic',
  check(facts, ctx) {
    const { links } = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const pl of links) {
      if (pl.href.scheme !== 'tel') continue;
      const href = pl.link.href ?? '';
      const check = checkTelUri(href);
      if (!check.problems.some((p) => p.code === 'not-global')) continue;
      // Malformed hrefs are reported (with the full fix) by phone/tel-uri-syntax.
      if (syntaxProblems(check).length) continue;
      const digits = check.number.replace(/\D/g, '');
      if (digits.length <= 6) continue; // 988, 911, 211, SMS-style short codes
      const e164 = pl.number?.e164 ?? null;
      const ext = pl.number?.ext ?? null;
      out.push({
        message: `The tel: link ${linkLabel(pl.link)} dials "${hrefShown(check.number)}" without a country code, so it may fail from abroad, on some VoIP and in-app dialers.`,
        element: pl.link.element,
        excerpt: href,
        fix: e164 && e164.startsWith('+') ? `Use href="tel:${e164}${ext ? `;ext=${ext}` : ''}".` : undefined,
        data: { href, e164 },
      });
    }
    return out;
  },
};
export default rule;
