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
    'Flags an article with no visible author line ("By Jane Doe, MD", "Written by", "Author:", a name with credentials next to the title, or a link to the author), or whose author is only "admin", "staff", "team" or the clinic\'s name. A page written by the organization passes when it names a medical reviewer.',
  why:
    'Google\'s quality rater guidelines say health content "should be written by people or organizations with professional expertise", and Google\'s "Who, How, Why" test for helpful content starts with who wrote the page. A page with no named author gives readers no one to trust.',
  fix: 'Add a visible byline under the title with the author\'s name, credentials and a link to their bio, for example: "By [name], [credentials]", linked to their page on your site.',
  helpUrl: 'https://developers.google.com/search/docs/fundamentals/creating-helpful-content',
  sources: [
    { title: 'Google: Creating helpful, reliable, people-first content (the "Who, How, Why" test)', url: 'https://developers.google.com/search/docs/fundamentals/creating-helpful-content' },
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
    { title: 'Site-audit rule guide: author bylines on health and money pages', url: 'https://docs.squirrelscan.com/rules/eeat/author-byline' },
  ],
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
