import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri } from '../../phone/tel-uri';
import { hrefShown, theLink } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-extension-format',
  category: 'phone',
  severity: 'info',
  catalog: 'PHN-009',
  title: 'Phone extension in a tap-to-call link is not written as ;ext=',
  description:
    'Finds an extension written inside a tap-to-call (tel:) link as "x12", "ext12", "#12" or a dialling pause ",12" instead of the standard ";ext=12".',
  why:
    'The standard for phone links (RFC 3966) writes an extension as ";ext=" followed by its digits, e.g. tel:+19499450927;ext=12; other forms may be dialled as part of the number. Pauses (",,") are sometimes used on purpose to get through a phone menu, so this is only a suggestion.',
  fix: 'Write the extension as a parameter: href="tel:+19499450927;ext=12".',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-3',
  sources: [
    { title: 'RFC 3966 §3: the tel: link grammar, including ";ext=" for extensions', url: 'https://www.rfc-editor.org/rfc/rfc3966#section-3' },
  ],
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
        message: `${theLink('tel:', pl.link)} (href="${hrefShown(href)}") ${problem.message}; phones and assistive tools may dial the extension digits as part of the number.`,
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
