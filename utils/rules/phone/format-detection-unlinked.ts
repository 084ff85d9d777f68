import type { Rule } from '../../types';
import { pagePhones } from '../../phone/page';
import { unlinkedPhones } from './unlinked-number';

const TELEPHONE_NO = /(?:^|[,;\s])telephone\s*=\s*no\b/i;

const rule: Rule = {
  id: 'phone/format-detection-unlinked',
  category: 'phone',
  severity: 'warning',
  catalog: 'PHN-007',
  title: 'iOS phone detection is off and numbers are not linked',
  description:
    '<meta name="format-detection" content="telephone=no"> is set and at least one phone number in the text is not a tel: link, so on iOS there is no tap-to-call for it at all.',
  why:
    'Apple: "By default, Safari on iOS detects any string formatted like a phone number and makes it a link that calls the number"; telephone=no turns that off, so every number must be linked explicitly (catalog PHN-007, [S36]).',
  fix: 'Link every phone number explicitly with <a href="tel:+1…">, or remove telephone=no from the format-detection meta tag.',
  helpUrl: 'https://developer.apple.com/library/archive/documentation/AppleApplications/Reference/SafariHTMLRef/Articles/MetaTags.html',
  runsOn: 'clinic',
  check(facts, ctx) {
    const meta = facts.meta['format-detection'] ?? [];
    const content = meta.find((c) => TELEPHONE_NO.test(c));
    if (content == null) return [];
    const unlinked = unlinkedPhones(pagePhones(facts, ctx.region).text);
    if (!unlinked.length) return [];
    const numbers = [...new Set(unlinked.map((m) => m.raw.trim()))];
    const shown = numbers.slice(0, 3).join(', ') + (numbers.length > 3 ? ` and ${numbers.length - 3} more` : '');
    return [
      {
        message: `The page sets format-detection "${content}", which stops iOS from making numbers tappable, and ${unlinked.length === 1 ? 'a number is' : `${unlinked.length} numbers are`} not linked (${shown}): iPhone users cannot tap to call ${unlinked.length === 1 ? 'it' : 'them'}.`,
        scope: 'page',
        excerpt: `<meta name="format-detection" content="${content}">`,
        context: shown,
        data: { content, numbers },
      },
    ];
  },
};
export default rule;
