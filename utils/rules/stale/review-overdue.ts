// STL-007 [ymyl]: the page's last review (or update, or publication) is older than the review cycle:
// a warning after `profile.reviewCycleMonths` (default 12), an error after twice that.
import { LISTING_PATH, pathOf } from '../../detect/paths';
import type { Rule } from '../../types';
import { pageAge } from '../../dates/age';
import { addMonths, humanAge, humanDate } from '../../dates/iso';

// Evergreen pages that are not health content: policies, directions, contact forms.
const EVERGREEN_SLUG = /^(?:privacy|cookie|terms|legal|disclaimer|accessibility|hipaa|notice-of-privacy|nondiscrimination|sitemap|directions|contact|careers|jobs|login|portal|cart|checkout|locations?|insurance|payment|financing|forms|patient-forms)(?:[-_](?:us|page|info|policy|notice|statement|practices|of-use|of-service|and-conditions))*(?:\.[a-z]{2,5})?$/i;
const EVERGREEN_TITLE = /^(?:privacy(?: policy| notice| practices)?|notice of privacy practices|cookie policy|terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|disclaimer|accessibility(?: statement)?|site ?map|directions|contact(?: us)?|careers|jobs|locations?|insurance(?: (?:and|&) (?:payment|financing))?|patient forms)$/i;

const KIND_LABEL = { reviewed: 'last reviewed', modified: 'last updated', published: 'published' } as const;

const rule: Rule = {
  id: 'stale/review-overdue',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-007',
  title: 'Health content is overdue for review',
  description:
    'Reports a page whose latest date (last reviewed, from a visible "Medically reviewed … on" line or the JSON-LD lastReviewed; else last updated; else published) is older than the review cycle (Options → clinic profile, 12 months by default): a warning past the cycle, an error past twice the cycle.',
  why:
    'The NHS standard for health content requires "a planned review cycle for all content"; published cycles range from every 2 years to every 3 years (HSE Ireland, Terrence Higgins Trust), and Google\'s quality raters expect medical content to be "edited, reviewed, and updated on a regular basis". Clinic topics such as drug approvals and telehealth rules change faster than that.',
  fix: 'Have a clinician review the page, correct anything out of date, and show the review date ("Medically reviewed by … on <date>"; JSON-LD lastReviewed) with the next review date.',
  helpUrl: 'https://service-manual.nhs.uk/design-system/patterns/know-that-a-page-is-up-to-date',
  sources: [
    { title: 'NHS design system: Know that a page is up to date (review dates)', url: 'https://service-manual.nhs.uk/design-system/patterns/know-that-a-page-is-up-to-date' },
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
    { title: 'HSE Ireland service manual: Review date on health pages', url: 'https://service-manual.hse.ie/design-system/components/review-date' },
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const age = pageAge(ctx.dates, ctx.today);
    if (!age) return [];
    const cycle = Math.min(36, Math.max(1, Math.round(ctx.config.profile.reviewCycleMonths || 12)));
    if (age.months < cycle) return [];
    let slug = '';
    try {
      slug = new URL(facts.url).pathname.split('/').filter(Boolean).pop() ?? '';
    } catch {
      slug = '';
    }
    const h1 = (facts.headings.find((h) => h.level === 1)?.text ?? facts.title.split(/\s[|–—-]\s/)[0] ?? '').trim();
    if (EVERGREEN_SLUG.test(slug) || EVERGREEN_TITLE.test(h1)) return [];
    // The site's home page is a portal to the health content, not health content under review.
    if (!slug || /^(?:index|default|home)\.(?:html?|php|aspx?)$/i.test(slug)) return [];
    // So is a listing of posts (/blog/, /news/): its posts are reviewed, one by one.
    if (LISTING_PATH.test(pathOf(facts.url))) return [];
    const overdue = age.months >= cycle * 2;
    const due = addMonths(age.date, cycle);
    return [
      {
        scope: 'page',
        severity: overdue ? 'error' : 'warning',
        message: `This health page was ${KIND_LABEL[age.kind]} on ${humanDate(age.date)}, ${humanAge(age.months)} ago; with a ${cycle}-month review cycle its review was due by ${humanDate(due)}.`,
        excerpt: humanDate(age.date),
        fix: `Have a clinician review the page now, update what has changed, and show "Medically reviewed by <name>, <credentials> on <date>" (JSON-LD lastReviewed); plan the next review for ${cycle} months later.`,
        data: { date: age.date, ageMonths: age.months, kind: age.kind, source: age.source, reviewCycleMonths: cycle, dueDate: due },
      },
    ];
  },
};

export default rule;
