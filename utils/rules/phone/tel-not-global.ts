import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri, syntaxProblems } from '../../phone/tel-uri';
import { hrefShown, theLink } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-not-global',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-002',
  title: 'Tap-to-call link has no country code',
  description:
    'Finds a tap-to-call (tel:) link whose number has no "+" and country code (and no phone-context). Short codes such as tel:988 and tel:911 are fine: they are local by nature.',
  why:
    'The standard for phone links (RFC 3966) marks a full number with a leading "+" and the country code, and a W3C reviewer noted that local-only phone links "don\'t work in a different calling prefix or different country". Most US phones still dial them, so this is a warning, not an error.',
  fix: 'Add the country code: href="tel:+19499450927" instead of href="tel:9499450927".',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1.4',
  sources: [
    { title: 'RFC 3966 §5.1.4: full numbers start with "+" and the country code', url: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1.4' },
    { title: 'W3C review comment: local-only tel: links fail from another calling area or country', url: 'https://w3.org/2006/02/lc-comments-tracker/37584/WD-mwabp-20091006/2284.html' },
  ],
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
        message: `${theLink('tel:', pl.link)} dials "${hrefShown(check.number)}" without a country code, so it may fail from abroad, on some VoIP and in-app dialers.`,
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
