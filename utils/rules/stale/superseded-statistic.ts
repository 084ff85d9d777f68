// STL-012 (KB-driven): a well-known statistic whose publisher has since released a newer figure —
// "50 million U.S. adults with chronic pain" (2016 data; CDC 2021 figures: 20.9%, 51.6 million),
// "depression affects more than 300 million people" (WHO now: about 280 million).
import type { FindingDraft, Rule } from '../../types';
import { staleFrom, staleRuleFor } from '../../claims';
import { scanClaims } from '../../claims/scan';

const rule: Rule = {
  id: 'stale/superseded-statistic',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-012',
  title: 'Statistic replaced by a newer figure',
  description:
    'Finds well-known health statistics that their publisher has since updated (for example the CDC\'s chronic pain figure, 2016 data → 2021 data, and the WHO\'s depression figure, 322 million → about 280 million). A statistic quoted with its year and source as history passes, as does one shown next to the current figure.',
  why:
    'Health information must rest on up-to-date evidence (PIF TICK). Quoting an old figure when the publisher has a newer one makes the page look unreviewed and may mislead readers.',
  fix: 'Replace the figure with the current one from the same publisher, with its year and a link.',
  helpUrl: 'https://www.cdc.gov/mmwr/volumes/72/wr/mm7215a1.htm',
  sources: [
    { title: 'CDC MMWR: Chronic pain among adults, United States, 2019–2021', url: 'https://www.cdc.gov/mmwr/volumes/72/wr/mm7215a1.htm' },
    { title: 'WHO fact sheet: Depression', url: 'https://www.who.int/news-room/fact-sheets/detail/depression' },
    { title: 'PIF TICK: the quality mark for trusted health information, and its criteria', url: 'https://piftick.org.uk/about-pif-tick' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const today = ctx.today;
    const entries = ctx.claims.filter((e) => staleRuleFor(e) === 'superseded-statistic' && (staleFrom(e) ?? '9999') <= today);
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const m of scanClaims(facts, entries, Number(today.slice(0, 4)), 'statistic')) {
      if (m.exempt) continue;
      const key = `${m.entry.id}:${m.block.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const since = staleFrom(m.entry)!;
      out.push({
        message: m.entry.message || `"${m.text}" has been superseded: ${m.entry.fact}`,
        severity: m.entry.severity,
        element: m.block.element,
        excerpt: m.text,
        range: { block: m.block.index, start: m.start, end: m.end },
        fix: m.entry.fix || `Use the current figure: ${m.entry.fact}`,
        data: { claim: m.entry.id, fact: m.entry.fact, date: since, falseFrom: since, sources: m.entry.sources, recheckBy: m.entry.recheckBy },
      });
    }
    return out;
  },
};

export default rule;
