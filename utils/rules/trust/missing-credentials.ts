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
    'Flags an article whose named author has no credential (MD, DO, NP, PMHNP-BC, PA-C, RN, PharmD, PhD, DDS…) or "Dr." in the byline and no link to a bio page, unless a credentialed medical reviewer is named.',
  why: 'Rater guidelines expect health content from people with professional expertise [S4]; squirrelscan\'s eeat/author-expertise rule: "For health content, show medical reviewer credentials" [S11] (rule catalog TRS-002).',
  fix: 'Add the author\'s credentials and a bio link ("By Jessica Lee, PMHNP-BC — bio"), or name the credentialed clinician who reviewed the article.',
  helpUrl: 'https://docs.squirrelscan.com/rules/eeat/author-expertise',
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
