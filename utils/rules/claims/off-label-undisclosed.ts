import type { FindingDraft, Rule, TextBlock } from '../../types';
import type { Sentence } from '../../text/sentences';
import { ESKETAMINE_1, OFF_LABEL_INDICATION, OFF_LABEL_INDICATION_G } from '../../claims-lang/terms';
import { CLINIC_VOICE, contentText, isAsserted, pageText, pageTopicText, proseBlocks, sentencesOf } from '../../claims-lang/scan';
import { drugAt, drugMentions } from '../../claims-lang/drugs';

// A sentence promoting a use: ketamine (or NAD+ / an IV blend) + a condition + a benefit word.
const BENEFIT =
  /\b(?:treat\w*|help\w*|eas(?:e|es|ed|ing)|reliev\w*|relief|manag\w*|reduc\w*|improv\w*|alleviat\w*|effective|work(?:s|ed)?|option|therapy|treatments?|infusions?|benefit\w*|fight\w*|combat\w*|break\s+the\s+cycle|reset\w*|rapid|fast|promising|for)\b/i;
const NAD_OR_IV = /\bNAD\+?|\bIV\s+(?:therapy|drips?|vitamins?|nutrient|cocktails?)|\bvitamin\s+(?:drips?|infusions?)|\bmyers['’]?\s+cocktail|\bglutathione\b/i;
const NAD_CONDITIONS =
  /\b(?:addiction|substance\s+use|alcohol\w*|opioid\w*|withdrawal|depress\w*|anxiety|PTSD|chronic\s+fatigue|fatigue|brain\s+fog|cognitive\s+decline|alzheimer\w*|parkinson\w*|dementia|fibromyalgia|migraines?|chronic\s+pain|neuropathy|lyme|long[- ]covid)\b/i;
// A disclosure: "off-label", "not FDA-approved for", "the FDA has not approved", "not been evaluated by the FDA".
const DISCLOSURE =
  /\boff[- ]?label\b|\bnot\s+(?:been\s+|yet\s+|currently\s+)?(?:FDA[- ]approved|approved\s+by\s+the\s+(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration))|\b(?:FDA|Food\s+and\s+Drug\s+Administration)\s+(?:has\s+)?not\s+(?:yet\s+)?approved\b|\bnot\s+(?:been\s+)?evaluated\s+by\s+the\s+(?:FDA|Food\s+and\s+Drug\s+Administration)\b|\bunapproved\s+(?:use|indication)\b|\bonly\s+(?:FDA[- ])?approved\s+(?:\w+\s+){0,3}as\s+an\s+an(?:a)?esthetic\b|\bnot\s+(?:an\s+)?FDA[- ]approved\s+(?:use|treatment|indication)\b/i;
// A link to an FAQ or page that answers the approval question counts (catalog trap).
const FAQ_LINK = /\b(?:FDA[- ]?approv\w*|off[- ]?label)\b/i;

function promotion(text: string): { start: number; end: number; condition: string } | null {
  const mentions = drugMentions(text);
  if (!mentions.some((m) => m.drug === 'ketamine') || !BENEFIT.test(text)) return null;
  for (const cond of text.matchAll(OFF_LABEL_INDICATION_G)) {
    const at = cond.index!;
    // The condition belongs to racemic ketamine, not to Spravato ("Spravato, a form of ketamine, treats TRD").
    const drug = drugAt(text, at, mentions);
    if (!drug || drug.drug !== 'ketamine') continue;
    if (ESKETAMINE_1.test(text.slice(Math.max(0, drug.start - 40), drug.end + 40))) continue;
    if (!isAsserted(text, at, at + cond[0].length)) continue;
    return { start: Math.min(drug.start, at), end: Math.max(drug.end, at + cond[0].length), condition: cond[0] };
  }
  return null;
}

const rule: Rule = {
  id: 'claims/off-label-undisclosed',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-011',
  title: 'Off-label use promoted without saying it is off-label',
  description:
    'Flags a page that promotes ketamine (not Spravato) for depression, pain, PTSD, anxiety or a similar condition (or NAD+ / IV blends for conditions) in the clinic\'s own voice, with no sentence anywhere saying the use is off-label or not FDA-approved. Spravato-only pages, pages with such a statement, and pages that link an "Is ketamine FDA-approved?" FAQ pass.',
  why:
    'California law counts leaving out a material fact as misleading advertising (Business and Professions Code §651(b)(2)). The FDA states ketamine is not approved for any psychiatric disorder; its only approval is as an anesthetic.',
  fix: 'Add a plain disclosure near the first mention of the use: "Using ketamine for chronic pain is off-label: it is FDA-approved as an anesthetic. We will discuss the evidence, risks and alternatives at your consultation."',
  helpUrl: 'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html',
  sources: [
    { title: 'Drugs.com: FDA warns of the risks of compounded and at-home ketamine (October 2023)', url: 'https://www.drugs.com/news/fda-warns-dangers-compounded-ketamine-psychiatric-115482.html' },
    { title: 'California Business and Professions Code §651: advertising by health professionals', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=651.&lawCode=BPC' },
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const all = pageText(facts);
    if (DISCLOSURE.test(all)) return [];
    if (facts.links.some((l) => FAQ_LINK.test(l.name))) return [];
    const content = contentText(facts);
    // The clinic's own voice: a news story about ketamine is not promotion.
    if (!CLINIC_VOICE.test(content)) return [];
    let first: { block: TextBlock; s: Sentence; start: number; end: number; condition: string; kind: 'ketamine' | 'nad' } | null = null;
    let count = 0;
    const conditions = new Map<string, string>();
    for (const block of proseBlocks(facts, { content: true })) {
      if (!/ketamine|NAD|\bIV\b|vitamin|myers|glutathione/i.test(block.text)) continue;
      for (const s of sentencesOf(block)) {
        const p = /ketamine/i.test(s.text) ? promotion(s.text) : null;
        if (p) {
          count++;
          first ??= { block, s, ...p, kind: 'ketamine' };
          for (const c of s.text.matchAll(OFF_LABEL_INDICATION_G)) conditions.set(c[0].toLowerCase(), c[0]);
          continue;
        }
        const nad = NAD_OR_IV.exec(s.text);
        const cond = nad ? NAD_CONDITIONS.exec(s.text) : null;
        if (nad && cond && BENEFIT.test(s.text) && isAsserted(s.text, cond.index, cond.index + cond[0].length)) {
          count++;
          first ??= { block, s, start: Math.min(nad.index, cond.index), end: Math.max(nad.index + nad[0].length, cond.index + cond[0].length), condition: cond[0], kind: 'nad' };
        }
      }
    }
    if (!first) return [];
    // One passing mention in a long page is weak; the page's topic or a second mention makes it promotion.
    const topic = pageTopicText(facts);
    const onTopic = /ketamine|NAD|\bIV\b|infusion|drip/i.test(topic) || OFF_LABEL_INDICATION.test(topic);
    if (count < 2 && !onTopic) return [];
    const product = first.kind === 'ketamine' ? 'ketamine' : 'NAD+ / IV therapy';
    const list = first.kind === 'ketamine' && conditions.size ? [...conditions.values()] : [first.condition];
    const uses = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0]!;
    const draft: FindingDraft = {
      message: `This page promotes ${product} for ${uses} but never says that this use is off-label (not FDA-approved). ${first.kind === 'ketamine' ? 'Ketamine is FDA-approved only as an anesthetic, and l' : 'L'}eaving out that material fact is misleading.`,
      scope: 'page',
      excerpt: first.s.text,
      data: { condition: first.condition, conditions: list, product, mentions: count, example: { block: first.block.index, start: first.s.start + first.start, end: first.s.start + first.end } },
    };
    return [draft];
  },
};

export default rule;
