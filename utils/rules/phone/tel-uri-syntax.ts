import type { FindingDraft, Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { checkTelUri, syntaxProblems } from '../../phone/tel-uri';
import { hrefShown, linkLabel } from '../../phone/fix';

const rule: Rule = {
  id: 'phone/tel-uri-syntax',
  category: 'phone',
  severity: 'error',
  catalog: 'PHN-001',
  title: 'tel: link is malformed',
  description:
    'A tel: href that does not follow the RFC 3966 grammar: spaces (raw or %20), "tel://", vanity letters, an empty or "#" number, text or several numbers inside the href, an encoded "+", the national trunk "0" kept after the country code (+44 07…), or a malformed parameter.',
  why:
    'RFC 3966 allows only digits and the separators - . ( ) in a tel: URI, forbids spaces (§5.1.1) and does not support letters (§5.1.2). Real failures: spaces stop the Android dialer from opening, "tel://" links are ignored on iPhone, letters were not tappable on Android, "%20" was dialled as the digits 20 (catalog PHN-001, [S32][S37]).',
  fix: 'Write the href as tel: followed by the number in E.164 form, e.g. href="tel:+19499450927", and keep the human formatting in the link text.',
  helpUrl: 'https://www.rfc-editor.org/rfc/rfc3966#section-5.1',
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
        message: `The tel: link ${linkLabel(pl.link)} has href="${hrefShown(href)}", which ${list.join('; it also ')}.`,
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
