// The page states a fact from the claims knowledge base whose re-check date has passed: the fact
// was volatile (a DEA deadline, a projection that a newer study will replace) and must be verified
// again before the page is trusted.
import type { FindingDraft, Rule } from '../../types';
import { staleFrom } from '../../claims';
import { scanClaims } from '../../claims/scan';
import { daysBetween, humanDate } from '../../dates/iso';

const rule: Rule = {
  id: 'stale/kb-recheck-due',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-011',
  title: 'Fast-changing fact is due for re-checking',
  description:
    'Reports text that matches an entry in Clinic Lint\'s knowledge base of dated facts whose re-check date has passed while the fact is not yet known to be false: for example the DEA telehealth prescribing rules "through December 31, 2026" as that date nears, or projections that a newer study may replace. The knowledge base cannot know what changed after its re-check date; a person must look.',
  why:
    'Rules and statistics change on a schedule: the DEA\'s temporary telehealth extensions ran out every year from 2023 to 2026, and global disease estimates are re-published in new rounds. The NHS standard asks for "a planned review cycle" and to "update content when evidence changes".',
  fix: 'Verify the statement against the current primary source listed in the finding, update it if needed, and note the date you checked it.',
  helpUrl: 'https://www.england.nhs.uk/tis/',
  sources: [
    { title: 'NHS England: Standard for creating health content', url: 'https://www.england.nhs.uk/tis/' },
    { title: 'Federal Register: fourth temporary extension of the DEA telemedicine flexibilities (through December 31, 2026)', url: 'https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const today = ctx.today;
    // Due for a re-check and not (yet) known to be false: false entries are reported as superseded.
    const entries = ctx.claims.filter((e) => e.recheckBy && e.recheckBy < today && !((staleFrom(e) ?? '9999') <= today));
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const m of scanClaims(facts, entries, Number(today.slice(0, 4)), 'fact')) {
      if (m.exempt || seen.has(m.entry.id)) continue;
      seen.add(m.entry.id);
      const due = m.entry.recheckBy!;
      out.push({
        message: `"${m.text}" relies on a fact that Clinic Lint's knowledge base marks for re-checking after ${humanDate(due)}: ${m.entry.fact}`,
        element: m.block.element,
        excerpt: m.text,
        range: { block: m.block.index, start: m.start, end: m.end },
        fix: `Re-verify this against ${m.entry.sources[0] ?? 'the primary source'} and update the sentence if the fact has changed.`,
        data: { claim: m.entry.id, date: due, recheckBy: due, daysOverdue: daysBetween(due, today), sources: m.entry.sources },
      });
    }
    return out;
  },
};

export default rule;
