import type { Rule } from '../../types';
import { adTrackersIn } from '../../claims-lang/trackers';

// Pages where tracking exposes more than a visit: booking / intake forms and patient portals.
const SENSITIVE_URL = /\/(?:portal|patient-portal|patients?\/login|intake|new-patient|forms?|book|booking|appointments?|schedule|request-appointment|consult\w*|contact)(?:[/?#.-]|$)/i;
const SENSITIVE_FIELD = /\b(?:dob|birth|date of birth|symptom|condition|diagnos|medication|insurance|reason|concern|message|health|history|medical|treatment|service)\b/i;

const rule: Rule = {
  id: 'claims/tracking-pixels',
  category: 'claims',
  severity: 'info',
  catalog: 'CMP-016',
  title: 'Third-party ad pixel on a health page',
  description:
    'Finds advertising pixels (Meta Pixel, TikTok Pixel, LinkedIn Insight, Google Ads conversion tags, Microsoft UET, X, Snap, Pinterest and others) loaded by script on a clinic page: a warning on booking and intake forms and patient portals, a suggestion on other public pages. Google Tag Manager alone and the clinic\'s own analytics are not reported. Pixel code pasted into the page without a script address is not visible to this check.',
  why:
    'The HHS Office for Civil Rights warned (December 1, 2022; updated March 18, 2024) that ad pixels on health pages can pass protected health information to ad platforms. A court struck down the part about public pages on conditions (AHA v. Becerra, June 20, 2024; appeal withdrawn August 29, 2024), but logged-in pages and health information that patients enter (intake forms, portals) remain covered.',
  fix: 'Remove ad pixels from condition, booking and portal pages, or gate them behind consent and send events server-side through a vendor that signs a business associate agreement (BAA).',
  helpUrl: 'https://www.mccarter.com/insights/ocr-updates-bulletin-on-use-of-online-tracking-technologies-by-hipaa-covered-entities-and-business-associates/',
  sources: [
    { title: 'McCarter & English: HHS OCR\'s updated bulletin on online tracking technologies (2024)', url: 'https://www.mccarter.com/insights/ocr-updates-bulletin-on-use-of-online-tracking-technologies-by-hipaa-covered-entities-and-business-associates/' },
    { title: 'Proskauer: HHS OCR withdraws its appeal after the court ruling on the tracking bulletin (2024)', url: 'https://privacylaw.proskauer.com/2024/09/articles/hipaa-1/hhs-ocr-withdraws-appeal-following-unlawful-declaration-of-online-tracking-technologies-bulletin/' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const found = adTrackersIn(facts.scripts);
    if (!found.length) return [];
    let path = '';
    try {
      path = new URL(facts.url).pathname;
    } catch {
      path = facts.url;
    }
    const intakeForm = facts.forms.some((f) => f.hasSubmit && f.fields.length >= 3 && f.fields.some((x) => SENSITIVE_FIELD.test(x)));
    const sensitive = intakeForm || SENSITIVE_URL.test(path);
    const names = found.map((f) => f.tracker.name);
    return [
      {
        scope: 'page',
        severity: sensitive ? 'warning' : 'info',
        message: `This page loads ${names.join(', ')}${sensitive ? ' on a page with a booking/intake form or patient portal' : ''}. Ad pixels on health pages can send what a visitor looks at${sensitive ? ' or types' : ''} to ad platforms.`,
        excerpt: found.map((f) => f.src).join(' '),
        data: { trackers: names, scripts: found.map((f) => f.src), sensitive },
      },
    ];
  },
};

export default rule;
