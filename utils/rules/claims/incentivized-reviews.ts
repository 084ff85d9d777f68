import type { FindingDraft, Rule } from '../../types';
import { externalLinksIn, assertedIn, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

// Asking for a review: "leave us a 5-star review", "review us on Google", "rate us", "post a review".
const REVIEW_ASK =
  /\b(?:(?:leave|post|write|give|submit|share|drop)\s+(?:us\s+)?(?:an?\s+)?(?:(?:5|five)[- ]star\s+|positive\s+|great\s+|glowing\s+|good\s+)?(?:google\s+|yelp\s+|facebook\s+|online\s+)?(?:review|rating|testimonial)s?|(?:review|rate)\s+us\b|(?:5|five)[- ]star\s+(?:review|rating)s?)/i;
// The incentive: discount, gift card, free service, entry into a drawing.
const INCENTIVE =
  /(?:\b\d{1,3}\s?%\s+off\b|\$\s?\d+\s+(?:off|credit|gift\s+card|voucher)\b)|\b(?:discount\w*|gift\s+cards?|vouchers?|coupons?|(?:a\s+)?free\s+(?:\w+\s+){0,2}?(?:drip|shot|session|treatment|add[- ]on|upgrade|service|facial|consult\w*|month|visit|boost)|credit\s+(?:toward|towards|on)|entr(?:y|ies)\s+(?:in|into)|enter(?:ed)?\s+(?:to\s+win|(?:in)?to\s+(?:a|our)\s+(?:drawing|raffle|giveaway))|drawing|raffle|giveaway|sweepstakes|prize|reward(?:s|ed)?|points|perk|bonus|cash\s*back)\b/i;
// Review gating: only happy patients are sent to the public review site.
const GATING =
  /\bif\s+you\s+(?:are|were|['’]re)\s+(?:happy|satisfied|pleased|thrilled|delighted)\b[^.]{0,80}\b(?:review|rate)\b|\bif\s+(?:you\s+(?:are|were|['’]re)\s+)?(?:not|un)\s*(?:happy|satisfied|pleased)\b[^.]{0,80}\b(?:contact|call|email|tell|let)\s+us\b[^.]{0,40}\b(?:first|directly|instead|before)\b|\bonly\s+(?:happy|satisfied|5[- ]star)\s+(?:patients|clients|reviews)\b/i;
// "As seen on TV / CNN / Good Morning America" with no link to the coverage.
const AS_SEEN = /\b[Aa][Ss]\s+(?:[Ss]een|[Ff]eatured|[Hh]eard|SEEN|FEATURED)\s+(?:[Oo]n|[Ii]n|ON|IN)\s+(?!(?:Figure|Fig|Table|Chart|Section|Example|Photo|Image|Step|Part|Chapter|Appendix|Video)\b)(?:TV|television|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3})/;
// Referral programs, not reviews.
const REFERRAL = /\brefer(?:ral|ring)?\s+(?:a\s+)?(?:friend|family)\b/i;

const GATE = /review|rating|rate\s+us|testimonial|star|[Aa][Ss]\s+(?:[Ss]een|[Ff]eatured|[Hh]eard|SEEN|FEATURED)|happy|satisfied|pleased/i;

const rule: Rule = {
  id: 'claims/incentivized-reviews',
  category: 'claims',
  severity: 'error',
  catalog: 'CMP-007',
  title: 'Reviews bought with an incentive, or review gating',
  description:
    'Finds review requests tied to a reward ("Post a 5-star Google review and get 20% off", "review us to enter our drawing"), review gating (sending only happy patients to review sites: "if you are happy, review us on Google; if not, contact us first"), and "as seen on …" with no link to the coverage (warning). Neutral requests ("We\'d love your honest feedback on Google") and referral programs pass.',
  why:
    'The FTC rule on consumer reviews and testimonials (16 CFR Part 465), approved August 14, 2024 and in force since October 21, 2024, bans fake reviews and paying or rewarding people for reviews that express a particular opinion. Penalties reach $51,744 per violation.',
  fix: 'Ask every patient for honest feedback with no reward and no filtering: "We\'d love your honest feedback on Google." Link "as seen on" claims to the actual coverage, or remove them.',
  helpUrl: 'https://wilmerhale.com/insights/client-alerts/20241009-ftc-finalizes-rule-banning-fake-reviews-and-testimonials-and-touts-new-rule-at-open-commission-meeting',
  sources: [
    { title: 'WilmerHale: the FTC\'s 2024 rule banning fake reviews and paid testimonials', url: 'https://wilmerhale.com/insights/client-alerts/20241009-ftc-finalizes-rule-banning-fake-reviews-and-testimonials-and-touts-new-rule-at-open-commission-meeting' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    for (const block of proseBlocks(facts, { keepLinkOnly: true })) {
      if (!GATE.test(block.text)) continue;
      let gated = false;
      for (const s of sentencesOf(block)) {
        const text = s.text;
        const ask = REVIEW_ASK.exec(text);
        if (ask && !REFERRAL.test(text)) {
          const inc = INCENTIVE.exec(text);
          if (inc && assertedIn(block, s, ask.index, ask.index + ask[0].length) && assertedIn(block, s, inc.index, inc.index + inc[0].length)) {
            const start = Math.min(ask.index, inc.index);
            const end = Math.max(ask.index + ask[0].length, inc.index + inc[0].length);
            out.push(
              sentenceDraft(block, s, s.start + start, s.start + end, {
                message: `This offers an incentive ("${inc[0]}") for a review ("${ask[0]}"). Rewarding reviews, especially positive ones, is banned by the FTC's Consumer Reviews and Testimonials Rule (16 CFR 465, effective October 21, 2024), with penalties up to $51,744 per violation.`,
                data: { kind: 'incentive', ask: ask[0], incentive: inc[0] },
              }),
            );
            continue;
          }
        }
        const g = gated ? null : GATING.exec(text);
        if (g) {
          gated = true;
          out.push(
            sentenceDraft(block, s, s.start + g.index, s.start + g.index + g[0].length, {
              message: 'This sends only satisfied patients to leave public reviews (review gating), which suppresses negative reviews; the FTC rule on consumer reviews treats review suppression as a violation.',
              data: { kind: 'gating' },
            }),
          );
          continue;
        }
        const seen = AS_SEEN.exec(text);
        if (seen && !externalLinksIn(facts, block).length) {
          out.push(
            sentenceDraft(block, s, s.start + seen.index, s.start + seen.index + seen[0].length, {
              severity: 'warning',
              message: `"${seen[0]}" claims media coverage without linking to it. Unsupported endorsement claims are deceptive; link the coverage or remove the badge.`,
              data: { kind: 'as-seen-on' },
            }),
          );
        }
      }
    }
    return out;
  },
};

export default rule;
