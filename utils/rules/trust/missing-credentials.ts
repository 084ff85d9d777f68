import type { Rule } from '../../types';
import { isHealthPage } from '../../claims-lang/scan';
import { authorship } from '../../claims-lang/authorship';

const rule: Rule = {
  id: 'trust/missing-credentials',
  category: 'trust',
  severity: 'info',
  catalog: 'TRS-002',
  title: 'Author named without credentials or a bio link',
  description:
    'Flags an article whose named author has no credential (MD, DO, NP, PMHNP-BC, PA-C, RN, PharmD, PhD, DDS…) or "Dr." in the byline and no link to a bio page, unless a medical reviewer with credentials is named.',
  why:
    'Google\'s quality rater guidelines expect health content to come from people with professional expertise. Showing the author\'s credentials, or those of the clinician who reviewed the article, lets readers see that expertise.',
  fix: 'Add the author\'s credentials and a bio link, for example "By [name], [credentials] — bio", or name the credentialed clinician who reviewed the article.',
  helpUrl: 'https://docs.squirrelscan.com/rules/eeat/author-expertise',
  sources: [
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
    { title: 'Site-audit rule guide: showing author and medical reviewer credentials', url: 'https://docs.squirrelscan.com/rules/eeat/author-expertise' },
  ],
  runsOn: 'article',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    const a = authorship(facts);
    const named = a.authors.filter((x) => !x.generic && x.source !== 'bare');
    if (!named.length) return [];
    if (named.some((x) => x.credentialed || x.bioLink)) return [];
    if (a.reviewers.some((r) => r.credentialed)) return [];
    const first = named[0]!;
    return [
      {
        message: `The author "${first.name}" is named without credentials or a link to a bio, so readers cannot judge their expertise.`,
        element: first.block?.element ?? null,
        excerpt: first.name,
        range: first.block ? { block: first.block.index, start: first.start, end: first.end } : undefined,
        data: { author: first.name },
      },
    ];
  },
};

export default rule;
