import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri } from '../../phone/tel-uri';
import { hrefShown, linkLabel } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-extension-format',
  category: 'phone',
  severity: 'info',
  catalog: 'PHN-009',
  title: 'tel: extension is not written as ;ext=',
  description:
    'An extension written inside a tel: href as "x12", "ext12", "#12" or a dialer pause ",12" instead of the RFC 3966 ";ext=12" parameter.',
  why:
    'RFC 3966 defines extensions as ";ext=" followed by digits; libphonenumber-js formats "949-945-0927 ext. 12" as tel:+19499450927;ext=12. Pause sequences (",,") are sometimes used on purpose to get through a phone tree, so this stays informational (catalog PHN-009, [S32][S35]).',
  fix: 'Write the extension as a parameter: href="tel:+19499450927;ext=12".',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-3',
  runsOn: 'clinic',
  check(facts, ctx) {
    const { links } = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const pl of links) {
      if (pl.href.scheme !== 'tel') continue;
      const href = pl.link.href ?? '';
      const problem = checkTelUri(href).problems.find((p) => p.code === 'extension-style');
      if (!problem) continue;
      const e164 = pl.number?.e164;
      const ext = pl.number?.ext;
      out.push({
        message: `The tel: link ${linkLabel(pl.link)} (href="${hrefShown(href)}") ${problem.message}; phones and assistive tools may dial the extension digits as part of the number.`,
        element: pl.link.element,
        excerpt: href,
        fix: e164 && ext ? `Use href="tel:${e164};ext=${ext}".` : undefined,
        data: { href, e164, ext },
      });
    }
    return out;
  },
};
export default rule;
