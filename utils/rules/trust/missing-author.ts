import type { Rule } from '../../types';
import { isHealthPage } from '../../claims-lang/scan';
import { authorship } from '../../claims-lang/authorship';

const rule: Rule = {
  id: 'trust/missing-author',
  category: 'trust',
  severity: 'warning',
  catalog: 'TRS-001',
  title: 'Health article without a named author',
  description:
    'Flags an article with no visible author byline ("By Jane Doe, MD", "Written by", "Author:", a bare credentialed byline next to the title, or a rel=author link), or whose byline is only "admin", "staff", "team" or the clinic\'s name. An organization-authored page with a named medical reviewer passes.',
  why: 'Google\'s rater guidelines say YMYL content on health "should be written by people or organizations with professional expertise", and its "Who, How, Why" test starts with who wrote the page [S4][S3]. squirrelscan\'s eeat/author-byline rule checks the same signal [S11] (rule catalog TRS-001).',
  fix: 'Add a visible byline under the title with the author\'s name, credentials and a link to their bio: "By Jane Doe, MD, board-certified psychiatrist".',
  helpUrl: 'https://developers.google.com/search/docs/fundamentals/creating-helpful-content',
  runsOn: 'article',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    const a = authorship(facts);
    const named = a.authors.filter((x) => !x.generic);
    if (named.length) return [];
    // An organization byline with a named medical reviewer satisfies it (catalog trap).
    if (a.reviewers.some((r) => !r.generic)) return [];
    const generic = a.authors.find((x) => x.generic);
    if (generic) {
      return [
        {
          message: `The byline names "${generic.name}" rather than a person, so readers cannot tell who wrote this health information or what their expertise is.`,
          element: generic.block?.element ?? null,
          excerpt: generic.name,
          range: generic.block ? { block: generic.block.index, start: generic.start, end: generic.end } : undefined,
          data: { byline: generic.name },
        },
      ];
    }
    return [
      {
        scope: 'page',
        message: a.jsonLdAuthors.length
          ? `The article names its author only in structured data (${a.jsonLdAuthors.join(', ')}); readers see no byline.`
          : 'The article has no author byline, so readers cannot tell who wrote this health information or what their expertise is.',
        data: { jsonLdAuthors: a.jsonLdAuthors },
      },
    ];
  },
};

export default rule;
