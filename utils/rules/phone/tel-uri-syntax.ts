import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri, syntaxProblems } from '../../phone/tel-uri';
import { hrefShown, theLink } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-uri-syntax',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-001',
  title: 'Tap-to-call link is malformed',
  description:
    'Finds a tap-to-call (tel:) link written in a way phones may not understand: spaces (typed or as %20), "tel://", letters ("1-800-FLOWERS"), an empty or "#" number, words or several numbers inside the link, an encoded "+", the national "0" kept after the country code (+44 07…), or a broken parameter.',
  why:
    'The standard for phone links (RFC 3966) allows only digits and the separators - . ( ) in the number, and no spaces or letters. Phones really do fail on these mistakes: spaces stopped some Android dialers from opening, "tel://" links were ignored on iPhone, and "%20" was dialled as the digits 20.',
  fix: 'Write the link as tel: followed by the number in international form, e.g. href="tel:+19499450927", and keep the easy-to-read formatting in the link text.',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1',
  sources: [
    { title: 'RFC 3966 §5.1: how the number in a tel: link is written (no spaces, no letters)', url: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1' },
    { title: 'Twilio: What is E.164, the international phone number format?', url: 'https://www.twilio.com/docs/glossary/what-e164' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const { links } = pagePhones(facts, ctx.region);
    const out: FindingDraft[] = [];
    for (const pl of links) {
      if (pl.href.scheme !== 'tel') continue;
      const href = pl.link.href ?? '';
      const problems = syntaxProblems(checkTelUri(href));
      if (!problems.length) continue;
      // Best guess of the intended number: the href's, else the one in the link text.
      const fromText = pl.textPhones.find((m) => m.kind !== 'short-code' && m.e164);
      const e164 = pl.number?.valid ? pl.number.e164 : (fromText?.e164 ?? pl.number?.e164 ?? null);
      const ext = pl.number?.ext ?? fromText?.ext ?? null;
      const list = problems.map((p) => p.message);
      out.push({
        message: `${theLink('tel:', pl.link)} has href="${hrefShown(href)}", which ${list.join('; it also ')}.`,
        element: pl.link.element,
        excerpt: href,
        fix: e164 ? `Use href="tel:${e164}${ext ? `;ext=${ext}` : ''}".` : undefined,
        data: { href, problems: problems.map((p) => p.code), e164 },
      });
    }
    return out;
  },
};
export default rule;
