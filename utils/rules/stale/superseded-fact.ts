// STL-011 (KB-driven): text that still states a fact the claims knowledge base knows has changed —
// Spravato "must be used with an oral antidepressant" for TRD, DEA telemedicine end dates that
// passed, "the current public health emergency", the old Suicide Prevention Lifeline number —
// plus the user's own entries (a doctor who left, last year's prices, an old address).
import type { FindingDraft, Rule } from '../../types';
import { lowerSeverity, staleFrom, staleRuleFor } from '../../claims';
import { scanClaims } from '../../claims/scan';

const rule: Rule = {
  id: 'stale/superseded-fact',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-011',
  title: 'Statement superseded by a newer fact',
  description:
    'Matches the page against the claims knowledge base (shipped entries plus your own from Options) and reports statements that stopped being true on a known date: Spravato described as adjunct-only for TRD (monotherapy approved January 2025), DEA telemedicine flexibilities with an end date that has passed, the COVID-19 public health emergency as current (ended May 11, 2023), the National Suicide Prevention Lifeline number as the crisis line (988 since July 16, 2022), and more. Historical narration ("In 2023 the DEA extended …"), quotations and text near an entry\'s exceptions pass.',
  why: 'Clinic pages about regulated drugs go stale as labels, rules and programs change; each knowledge-base entry cites the primary or secondary source for the change (see the finding\'s data and the rule catalog §2). The NHS standard says to "update content when evidence changes".',
  fix: 'Rewrite the statement to match the current fact given in the finding, cite the source, and re-check volatile facts on their re-check date.',
  helpUrl: 'https://www.england.nhs.uk/tis/',
  runsOn: 'clinic',
  check(facts, ctx) {
    const today = ctx.today;
    const entries = ctx.claims.filter((e) => staleRuleFor(e) === 'superseded-fact' && (staleFrom(e) ?? '9999') <= today);
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
