import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { sameNumber } from '../../phone/normalize';
import { hrefShown, theLink } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/sms-format',
  category: 'phone',
  severity: 'info',
  catalog: 'PHN-010',
  title: 'Text-message or WhatsApp link is not in international format',
  description:
    'Finds text-message (sms:) and WhatsApp links (wa.me, api.whatsapp.com, whatsapp:) whose number is not written in international form: an sms: link without "+" and the country code, or with spaces or letters; a wa.me link with "+", separators or a leading 0. Also finds links whose visible number differs from the number they message. Short codes (5–6 digits) are fine.',
  why:
    'A number written in international form ("+1" and the digits, known as E.164) works from any country and any messaging app, and a link that shows one number but messages another sends the patient\'s text somewhere else. WhatsApp asks for the full international number without "+", zeros, brackets or dashes in wa.me links.',
  fix: 'Use href="sms:+19499450927" (or https://wa.me/19499450927) and show the same number in the text.',
  helpUrl: 'https://www.twilio.com/docs/glossary/what-e164',
  sources: [
    { title: 'Twilio: What is E.164, the international phone number format?', url: 'https://www.twilio.com/docs/glossary/what-e164' },
    { title: 'RFC 3966: the tel: link standard', url: 'https://www.rfc-editor.org/rfc/rfc3966' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const { links } = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const pl of links) {
      const { scheme } = pl.href;
      if (scheme !== 'sms' && scheme !== 'whatsapp') continue;
      const href = pl.link.href ?? '';
      const number = pl.href.number;
      const digits = number.replace(/\D/g, '');
      const e164 = pl.number?.e164 ?? null;
      const problems: string[] = [];
      if (scheme === 'sms') {
        if (!number) continue; // sms: with only a body opens the composer: fine
        if (digits.length > 6) {
          if (!number.startsWith('+')) problems.push('has no "+" country code');
          // the recipients part only: a ?body= message holds spaces ("%20") by nature
          const recipients = href.replace(/^\s*sms(?:to)?:/i, '').split(/[?&;]/)[0] ?? '';
          if (/\s|%20/.test(number) || /%20/.test(recipients)) problems.push('contains spaces');
          if (/[A-Za-z]/.test(number)) problems.push('contains letters');
        }
        if (pl.href.numbers.length > 1) problems.push(`lists ${pl.href.numbers.length} recipients`);
      } else {
        if (!number) {
          continue; // a share link (whatsapp://send?text=…) or a chat picker, not a contact link
        } else if (/wa\.me|whatsapp\.com/i.test(href)) {
          if (/[^\d]/.test(number.replace(/^\+/, ''))) problems.push('contains separators; wa.me expects digits only');
          else if (number.startsWith('+')) problems.push('starts with "+"; wa.me expects the country code without "+"');
          if (/^0/.test(digits)) problems.push('starts with 0; wa.me expects the full international number');
        }
      }
      const shown = pl.textPhones.find((m) => m.kind !== 'short-code' && m.e164);
      const mismatch = !!shown && !!e164 && !sameNumber(shown.e164, e164);
      if (mismatch) problems.push(`dials ${e164} while the link shows ${shown!.raw}`);
      if (!problems.length) continue;
      const target = mismatch ? shown!.e164 : e164;
      const fixHref = target ? (scheme === 'sms' ? `sms:${target}` : `https://wa.me/${target.replace(/\D/g, '')}`) : null;
      out.push({
        message: `${theLink(scheme === 'sms' ? 'SMS' : 'WhatsApp', pl.link)} (href="${hrefShown(href)}") ${problems.join('; ')}.`,
        element: pl.link.element,
        excerpt: href,
        fix: fixHref ? `Use href="${fixHref}".` : undefined,
        data: { href, e164, problems },
      });
    }
    return out;
  },
};
export default rule;
