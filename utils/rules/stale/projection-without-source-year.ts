// STL-002: a projection ("will jump from 619 million to 843 million by 2050") that gives no year
// for the estimate or its baseline, so the reader cannot tell how fresh it is.
import type { FindingDraft, Rule } from '../../types';
import { proseBlocks, sentences } from '../../dates/text-scan';
import { findYears, isNamedYear } from '../../dates/years';

// A quantity: a percentage, "N million/billion", "1 in 5", "N people/adults/cases".
const QUANTITY = /\b\d[\d,.]*\s*(?:%|percent\b|per ?cent\b|(?:million|billion|thousand|trillion)\b)|\b(?:one|two|three|four|five|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b\d[\d,.]*\s+(?:people|adults|americans|patients|children|women|men|cases|deaths|individuals|persons)\b/i;
// "by 2050", "in 2030", "through 2040" after a future verb, or "by 2050" alone.
const TARGET = /\b(?:by|in|until|through|before)\s+(?:the\s+(?:year|end of)\s+)?((?:20|21)\d\d)\b/gi;
const FUTURE = /\b(?:will|would|is (?:expected|projected|predicted|forecast|estimated|set|likely) to|are (?:expected|projected|predicted|forecast|estimated|set|likely) to|projected|projects|projection|forecasts?|predicts?|predicted|expected to|could reach|may reach|on track to|anticipated)\b/i;
const QUICK = /\b(?:by|in|until|through|before)\s+(?:the\s+(?:year|end of)\s+)?(?:20|21)\d\d\b/i;
// Deadlines and schedules are not projections: "flexibilities run through Dec 31, 2026".
const DEADLINE = /\b(?:deadline|expires?|expiration|extended|extension|flexibilit\w*|valid|effective|enroll\w*|register\w*|apply|applications?|book|appointments?|open(?:ing)?|launch\w*|renovat\w*|construction)\b/i;
// A named source: an organisation, a journal, a report.
const SOURCE = /\b(?:WHO|World Health Organi[sz]ation|CDC|Centers for Disease Control|NIH|NIMH|NCHS|FDA|UN|United Nations|GBD|Global Burden of Disease|Lancet|JAMA|NEJM|BMJ|IHME|Census Bureau|OECD|World Bank|American \w+ (?:Association|Society|College)|according to|study|report|survey|journal|published|researchers?)\b/;

const rule: Rule = {
  id: 'stale/projection-without-source-year',
  category: 'stale',
  severity: 'info',
  catalog: 'STL-002',
  title: 'Projection without the year of its estimate',
  description:
    'Finds future projections ("will reach 843 million by 2050", "is expected to double by 2030") that give no year for the estimate or for its baseline, so a reader cannot tell how old the projection is.',
  why:
    'Projections are revised as new data arrive. The WHO low back pain figures often quoted as "619 million to 843 million by 2050" come from the Global Burden of Disease 2021 study (WHO fact sheet of June 2023, 2020 baseline); without the source and its year a reader cannot judge whether the figure is current. The FTC expects health claims to be supported and not misleading.',
  fix: 'Name the source and the year of the estimate or baseline, e.g. "In 2020, low back pain affected 619 million people; WHO (2023) projects 843 million by 2050", and link the source.',
  helpUrl: 'https://www.who.int/news-room/fact-sheets/detail/low-back-pain',
  sources: [
    { title: 'WHO fact sheet: Low back pain (June 2023)', url: 'https://www.who.int/news-room/fact-sheets/detail/low-back-pain' },
    { title: 'Global Burden of Disease 2021: low back pain worldwide and projections to 2050 (Lancet Rheumatology, 2023)', url: 'https://www.chiro.org/Global_Burden/Global_Regional_and_National_Burden_of_LBP_2050.shtml' },
    { title: 'FTC: Health Products Compliance Guidance (2022)', url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const thisYear = Number(ctx.today.slice(0, 4));
    const out: FindingDraft[] = [];
    for (const blk of proseBlocks(facts)) {
      if (blk.heading) continue;
      const text = blk.text;
      if (!QUICK.test(text)) continue;
      for (const s of sentences(text)) {
        if (!QUANTITY.test(s.text)) continue;
        TARGET.lastIndex = 0;
        let m: RegExpExecArray | null;
        let target: { year: number; start: number; end: number } | null = null;
        while ((m = TARGET.exec(s.text))) {
          const year = Number(m[1]);
          if (year > thisYear && year <= thisYear + 100) {
            target = { year, start: m.index, end: m.index + m[0].length };
            break;
          }
        }
        if (!target) continue;
        const isBy = /^by\b/i.test(s.text.slice(target.start));
        if (!isBy && !FUTURE.test(s.text)) continue;
        if (DEADLINE.test(s.text)) continue;
        // A year of the estimate or its baseline anywhere in the sentence — or in a neighbouring
        // sentence of the same paragraph — makes it datable.
        const years = findYears(text).filter((y) => y.year <= thisYear && !isNamedYear(text, y.start, y.end));
        if (years.length) continue;
        const hasSource = SOURCE.test(s.text) || blk.spans.some((sp) => sp.link >= 0 && sp.start >= s.start && sp.end <= s.end + 2);
        // The excerpt: from the first quantity to the target year ("619 million to 843 million by 2050").
        const q = QUANTITY.exec(s.text);
        const from = q && q.index < target.start ? q.index : Math.max(0, target.start - 60);
        const start = s.start + from;
        const end = s.start + target.end;
        out.push({
          message: `This projection to ${target.year} gives no year for the estimate or its baseline${hasSource ? '' : ' and names no source'}, so readers cannot tell how current it is.`,
          element: blk.element,
          excerpt: text.slice(start, end),
          range: { block: blk.index, start, end },
          fix: hasSource
            ? 'Add the year of the estimate and of its baseline, e.g. "(WHO, 2023; 2020 baseline)", and link the source.'
            : 'Name the source and the year of the estimate, e.g. "In 2020, … ; WHO (2023) projects … by 2050", and link it.',
          data: { targetYear: target.year, hasSource },
        });
        break;
      }
    }
    return out;
  },
};

export default rule;
