// STL-011 (KB-driven): text that still states a fact the claims knowledge base knows has changed —
// Spravato "must be used with an oral antidepressant" for TRD, DEA telemedicine end dates that
// passed, "the current public health emergency", the old Suicide Prevention Lifeline number —
// plus the user's own entries (a doctor who left, last year's prices, an old address).
import type { FindingDraft, Rule } from '../../types';
import { appliesIn, lowerSeverity, staleFrom, staleRuleFor } from '../../claims';
import { scanClaims } from '../../claims/scan';

const rule: Rule = {
  id: 'stale/superseded-fact',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-011',
  title: 'Statement superseded by a newer fact',
  description:
    'Compares the page with Clinic Lint\'s knowledge base of dated facts (the built-in entries plus your own from Options) and reports statements that stopped being true on a known date: Spravato described as add-on only for treatment-resistant depression (approved on its own since January 2025), DEA telehealth flexibilities with an end date that has passed, the COVID-19 public health emergency as current (it ended May 11, 2023), the National Suicide Prevention Lifeline number as the crisis line (988 since July 16, 2022), and more. Past-tense history ("In 2023 the DEA extended …"), quotations and the exceptions listed with each fact pass.',
  why:
    'Clinic pages about regulated drugs go out of date as drug labels, rules and programs change; each fact in the knowledge base names the source for the change (see the finding\'s details). The NHS standard says to "update content when evidence changes".',
  fix: 'Rewrite the statement to match the current fact given in the finding, cite the source, and re-check volatile facts on their re-check date.',
  helpUrl: 'https://www.england.nhs.uk/tis/',
  sources: [
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
    { title: 'Epocrates: Spravato approved on its own (monotherapy) for treatment-resistant depression (2025)', url: 'https://epocrates.com/online/article/esketamine-nasal-spray-approved-as-monotherapy-for-treatment-resistant' },
    { title: 'Federal Register: fourth temporary extension of the DEA telemedicine flexibilities (through December 31, 2026)', url: 'https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm' },
    { title: 'HHS: End of the COVID-19 public health emergency (May 11, 2023)', url: 'https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const today = ctx.today;
    const entries = ctx.claims.filter((e) => staleRuleFor(e) === 'superseded-fact' && (staleFrom(e) ?? '9999') <= today && appliesIn(e, ctx.region));
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const m of scanClaims(facts, entries, Number(today.slice(0, 4)), 'fact')) {
      if (m.exempt) continue;
      const key = `${m.entry.id}:${m.block.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const since = staleFrom(m.entry)!;
      const known = since !== '0000-01-01';
      // Written before the change: it was true then; still out of date now, one step milder.
      const written = ctx.dates.best;
      const olderPage = !!(written && known && written < since);
      const severity = olderPage ? lowerSeverity(m.entry.severity) : m.entry.severity;
      out.push({
        message: m.entry.message || `"${m.text}" is out of date: ${m.entry.fact}`,
        severity,
        element: m.block.element,
        excerpt: m.text,
        range: { block: m.block.index, start: m.start, end: m.end },
        fix: m.entry.fix || `Update the statement: ${m.entry.fact}`,
        data: {
          claim: m.entry.id,
          fact: m.entry.fact,
          ...(known ? { date: since, falseFrom: since } : {}),
          ...(written ? { pageDate: written, writtenBeforeChange: olderPage } : {}),
          sources: m.entry.sources,
          recheckBy: m.entry.recheckBy,
        },
      });
    }
    return out;
  },
};

export default rule;
