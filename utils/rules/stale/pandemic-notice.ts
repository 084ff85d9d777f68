// Pandemic-era notices still live: "We are now able to take bookings", "eyecare by appointment only,
// with a locked door policy", "please wear a mask", "during this difficult time". They describe how the
// practice ran while the COVID-19 emergency lasted; read today, they misstate how it runs now.
//
// A sentence counts when it speaks of the practice's pandemic operations in the present or future
// tense, in a paragraph about the pandemic or on a page about it that was written before the emergency
// ended (its own date, when it has one). One finding per paragraph.
import type { FindingDraft, PageFacts, Rule, RuleContext, TextBlock } from '../../types';
import { proseBlocks, sentencesOf } from '../../claims-lang/scan';
import { PANDEMIC, PANDEMIC_ONLY_OPERATIONS, PANDEMIC_OPERATIONS, PANDEMIC_PAST } from '../../claims-lang/pandemic';
import { PHE_END } from '../../claims-lang/regulatory';
import { humanDate } from '../../dates/iso';
import { insideQuotes } from '../../dates/text-scan';

export interface PandemicHit {
  block: TextBlock;
  start: number;
  end: number;
  sentence: string;
  phrase: string;
}

const cache = new WeakMap<PageFacts, PandemicHit[]>();

/** The page is about the pandemic: its title or first heading says so, or two paragraphs do. */
function pandemicPage(facts: PageFacts): boolean {
  const h1 = facts.headings.find((h) => h.level <= 2)?.text ?? '';
  if (PANDEMIC.test(facts.title) || PANDEMIC.test(h1)) return true;
  let n = 0;
  for (const b of facts.blocks) if (b.region !== 'nav' && PANDEMIC.test(b.text) && ++n >= 2) return true;
  return false;
}

/** Sentences of pandemic-era operations (shared with relative-time-on-old-page, which then stays silent). */
export function pandemicNotices(facts: PageFacts, ctx: Pick<RuleContext, 'today' | 'dates'>): PandemicHit[] {
  const hit = cache.get(facts);
  if (hit) return hit;
  const out: PandemicHit[] = [];
  cache.set(facts, out);
  if (ctx.today <= PHE_END.date) return out;
  const dated = ctx.dates.best ?? ctx.dates.published;
  // A page written after the emergency ended tells the pandemic's story; it is not a notice, unless it
  // states operations only the emergency had (re-dated by a CMS), and then only on a pandemic page.
  const later = !!dated && dated > PHE_END.date;
  const page = pandemicPage(facts);
  if (later && !page) return out;
  for (const block of proseBlocks(facts, { skipHeadings: true })) {
    if (block.region === 'footer' && !block.inContent) continue;
    const own = PANDEMIC.test(block.text);
    if (!own && !(page && (dated || block.inContent))) continue;
    for (const s of sentencesOf(block)) {
      if (PANDEMIC_PAST.test(s.text)) continue;
      PANDEMIC_OPERATIONS.lastIndex = 0;
      const m = later ? PANDEMIC_ONLY_OPERATIONS.exec(s.text) : PANDEMIC_OPERATIONS.exec(s.text);
      if (!m || insideQuotes(block.text, s.start + m.index)) continue;
      out.push({ block, start: s.start, end: s.end, sentence: s.text.trim(), phrase: m[0] });
      break; // one per paragraph
    }
  }
  return out;
}

const rule: Rule = {
  id: 'stale/pandemic-notice',
  category: 'stale',
  severity: 'warning',
  catalog: 'STL-003',
  title: 'Pandemic-era notice still on the page',
  description:
    'Finds sentences about how the practice ran during the COVID-19 pandemic, written in the present or future tense ("by appointment only", "our hours are limited", "please wear a mask", "we are now able to take bookings", "during this difficult time"), in a paragraph about the pandemic or on a pandemic notice written before the emergency ended.',
  why: 'Notices posted in 2020–2022 describe measures that ended with the emergency (the US public health emergency expired on May 11, 2023). Left up, they tell patients the practice still restricts visits, shortens hours or requires masks, and make the whole site look abandoned.',
  fix: 'Remove the notice, or rewrite it in the past tense and say how the practice runs today (hours, walk-ins, masks).',
  helpUrl: 'https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html',
  sources: [
    { title: 'HHS: End of the COVID-19 public health emergency (May 11, 2023)', url: 'https://www.hhs.gov/coronavirus/COVID-19-public-health-emergency/index.html' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    const out: FindingDraft[] = [];
    for (const h of pandemicNotices(facts, ctx)) {
      const dated = ctx.dates.best ?? ctx.dates.published;
      out.push({
        element: h.block.element,
        excerpt: h.sentence.length > 200 ? `${h.sentence.slice(0, 199)}…` : h.sentence,
        message: `This reads as a pandemic-era notice${dated && dated <= PHE_END.date ? ` from ${humanDate(dated)}` : ''} ("${h.phrase}"); the COVID-19 emergency ended in May 2023, so patients may think the practice still works this way.`,
        range: { block: h.block.index, start: h.start, end: h.end },
        data: { phrase: h.phrase, pageDate: dated ?? null },
      });
    }
    return out;
  },
};

export default rule;
