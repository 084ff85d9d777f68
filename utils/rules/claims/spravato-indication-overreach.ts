import type { FindingDraft, PageFacts, Rule, TextBlock } from '../../types';
import type { Sentence } from '../../text/sentences';
import {
  ESKETAMINE_1,
  KETAMINE_1,
  OFF_LABEL_INDICATION,
  SPRAVATO_HOME,
  SPRAVATO_OFF_LABEL_CONDITION,
  SPRAVATO_OFF_LABEL_POPULATION,
  SPRAVATO_ON_LABEL,
  SPRAVATO_SUICIDE_PREVENTION,
  USE_WORDS,
} from '../../claims-lang/terms';
import { assertedIn, clauseStart, isAsserted, pageTopicText, proseBlocks, sectionHeading, sentenceDraft, sentencesOf } from '../../claims-lang/scan';
import { drugAt, drugMentions } from '../../claims-lang/drugs';

const LABEL =
  'Spravato (esketamine) is FDA-approved only for adults: for treatment-resistant depression, and for depressive symptoms in major depressive disorder with acute suicidal ideation or behavior.';

// "Spravato … as an anesthetic" (not approved as an anesthetic agent).
const AS_ANESTHETIC = /\b(?:as|an?)\s+(?:an?\s+)?an(?:a)?esthetic\b|\bfor\s+an(?:a)?esthesia\b/i;
// "It", "This medication", "The nasal spray" continuing a Spravato sentence.
const CONTINUES = /^(?:it|this\s+(?:medication|medicine|treatment|nasal\s+spray|drug|therapy)|the\s+(?:nasal\s+)?spray|the\s+medication)\b/i;
// An off-label topic for a page or a section (pain, anxiety, PTSD…), unless depression is the topic too.
const OFF_LABEL_TOPIC =
  /\b(?:pain|anxiety|PTSD|post[- ]?traumatic|OCD|obsessive|bipolar|migraines?|headaches?|fibromyalgia|CRPS|neuropath\w*|addiction|alcohol\w*|substance|eating\s+disorders?|opioid|withdrawal|tinnitus|lyme)\b/i;
const DEPRESSION = /\bdepress\w*|\bTRD\b|\bMDD\b|\bmood\b/i;

interface Hit {
  kind: 'condition' | 'population' | 'home' | 'suicide-prevention' | 'anesthetic';
  term: string;
  start: number;
  end: number;
}

function overreach(text: string, subjectFromPrevious: boolean): Hit[] {
  const mentions = drugMentions(text);
  const hits: Hit[] = [];
  const tests: Array<[Hit['kind'], RegExp]> = [
    ['condition', SPRAVATO_OFF_LABEL_CONDITION],
    ['population', SPRAVATO_OFF_LABEL_POPULATION],
    ['home', SPRAVATO_HOME],
    ['suicide-prevention', SPRAVATO_SUICIDE_PREVENTION],
    ['anesthetic', AS_ANESTHETIC],
  ];
  for (const [kind, re] of tests) {
    const g = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(g)) {
      const start = m.index!;
      const end = start + m[0].length;
      // Attribute the claim to the nearest drug: "…, while IV ketamine is used for PTSD" is about ketamine.
      const drug = drugAt(text, start, mentions);
      if (drug ? drug.drug !== 'esketamine' : !subjectFromPrevious) continue;
      if (!isAsserted(text, start, end, { window: 8 })) continue;
      // Also negated when the cue precedes the drug: "Spravato is not approved for children or teens".
      if (drug && !isAsserted(text, drug.start, end, { window: 8 }) ) continue;
      if (kind === 'condition' || kind === 'population') {
        // The drug is used *for* the condition: a use word between them ("Spravato … to treat anxiety"),
        // or after the condition ("PTSD patients can benefit from Spravato"); not "Spravato can be
        // misused, so we screen for substance use" (a new subject takes over).
        const from = drug ? Math.min(drug.end, start) : clauseStart(text, start);
        const between = drug && drug.start > end ? text.slice(end, drug.start) : text.slice(from, start);
        if (!USE_WORDS.test(between)) continue;
        if (/\b(?:we|you|they|our|us)\b|[,;]\s*so\b/i.test(between)) continue;
        // "depression with anxious distress", "patients with depression and anxiety symptoms" stay on label.
        if (kind === 'condition' && /^anxi/i.test(m[0]) && /\banxious\s+distress\b/i.test(text)) continue;
      }
      hits.push({ kind, term: m[0], start, end });
    }
  }
  return hits;
}

function describe(hit: Hit): string {
  switch (hit.kind) {
    case 'condition':
      return `for ${hit.term}, which is not an approved use`;
    case 'population':
      return `for ${hit.term}; it is "not approved for use in pediatric patients"`;
    case 'home':
      return `as used ${hit.term}; under its REMS it "must never be dispensed directly to a patient for home use"`;
    case 'suicide-prevention':
      return `as ${hit.term}; the label says effectiveness "in preventing suicide or in reducing suicidal ideation or behavior has not been demonstrated"`;
    case 'anesthetic':
      return 'as an anesthetic; it is "not approved as an anesthetic agent"';
  }
}

/** Does the page (in its content) say what Spravato is approved for? */
function statesIndication(blocks: TextBlock[]): boolean {
  for (const b of blocks) {
    if (!ESKETAMINE_1.test(b.text)) continue;
    const ss = sentencesOf(b);
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i]!;
      if (!ESKETAMINE_1.test(s.text)) continue;
      if (SPRAVATO_ON_LABEL.test(s.text)) return true;
      const next = ss[i + 1];
      if (next && CONTINUES.test(next.text) && SPRAVATO_ON_LABEL.test(next.text)) return true;
    }
  }
  return false;
}

/** The off-label topic of the passage holding `block`, or null: the section heading, then the page title/H1. */
function offLabelTopic(facts: PageFacts, block: TextBlock, sentence: Sentence): string | null {
  const heading = sectionHeading(facts, block);
  const h = OFF_LABEL_TOPIC.exec(heading);
  if (h && !DEPRESSION.test(heading)) return h[0];
  const topic = pageTopicText(facts);
  const t = OFF_LABEL_TOPIC.exec(topic);
  if (t && !DEPRESSION.test(topic)) return t[0];
  // The paragraph itself is about an off-label use of ketamine.
  const para = block.text.slice(0, sentence.start) + block.text.slice(sentence.end);
  if (KETAMINE_1.test(para)) {
    const p = OFF_LABEL_INDICATION.exec(para);
    if (p && !DEPRESSION.test(p[0])) return p[0];
  }
  return null;
}

const rule: Rule = {
  id: 'claims/spravato-indication-overreach',
  category: 'claims',
  severity: 'error',
  catalog: 'CLM-002',
  title: 'Spravato (esketamine) described for a use outside its label',
  description:
    'Finds Spravato/esketamine described for anxiety, PTSD, pain, OCD, bipolar disorder, children or teens, use at home, preventing suicide or as an anesthetic; and Spravato named in a passage or article about an off-label condition (such as back pain) without saying what it is approved for. Claims about off-label ketamine in the same text count against ketamine, not Spravato.',
  why:
    'Spravato is approved for adults with treatment-resistant depression (2019; on its own since January 2025) and for depressive symptoms in adults with major depression and acute suicidal thoughts or behavior (2020). The label says it is "not approved as an anesthetic agent", "not approved for use in pediatric patients", and that effectiveness "in preventing suicide or in reducing suicidal ideation or behavior has not been demonstrated"; under its REMS safety program it "must never be dispensed directly to a patient for home use".',
  fix: 'Describe Spravato only with its approved indications ("FDA-approved for adults with treatment-resistant depression, given in our REMS-certified office under at least 2 hours of monitoring"), and keep off-label ketamine uses clearly separate.',
  helpUrl: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
  sources: [
    { title: 'FDA label: Spravato (esketamine) prescribing information', url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc' },
    { title: 'NAMI: FDA approves esketamine nasal spray for treatment-resistant depression (2019)', url: 'https://www.nami.org/About-Mental-Illness/Research/Research-News/2019/FDA-Approves-Esketamine-Nasal-Spray-for-Treatment-Resistant-Depression' },
    { title: 'Epocrates: Spravato approved on its own (monotherapy) for treatment-resistant depression (2025)', url: 'https://epocrates.com/online/article/esketamine-nasal-spray-approved-as-monotherapy-for-treatment-resistant' },
    { title: 'FDA: Spravato REMS (the required safety program) and its monitoring rules', url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    const blocks = proseBlocks(facts);
    const flagged = new Set<TextBlock>();
    for (const block of blocks) {
      if (!ESKETAMINE_1.test(block.text)) continue;
      const ss = sentencesOf(block);
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        const named = ESKETAMINE_1.test(s.text);
        const continues = !named && i > 0 && ESKETAMINE_1.test(ss[i - 1]!.text) && CONTINUES.test(s.text) && !KETAMINE_1.test(s.text);
        if (!named && !continues) continue;
        const hits = overreach(s.text, continues);
        if (!hits.length) continue;
        const first = hits[0]!;
        const last = hits[hits.length - 1]!;
        out.push(
          sentenceDraft(block, s, s.start + first.start, s.start + last.end, {
            message: `This describes Spravato (esketamine) ${hits.map(describe).join('; and ')}. ${LABEL}`,
            fix: 'Limit the Spravato description to its approved indications, or attribute the off-label use to racemic ketamine and say it is off-label.',
            data: { kinds: hits.map((h) => h.kind), terms: hits.map((h) => h.term) },
          }),
        );
        flagged.add(block);
      }
    }
    // Spravato named in a passage about an off-label condition, with its real indication nowhere on the page.
    const content = proseBlocks(facts, { content: true });
    if (!statesIndication(content)) {
      for (const block of content) {
        if (flagged.has(block) || !ESKETAMINE_1.test(block.text)) continue;
        for (const s of sentencesOf(block)) {
          const m = ESKETAMINE_1.exec(s.text);
          if (!m) continue;
          if (!assertedIn(block, s, m.index, m.index + m[0].length)) continue;
          const found = offLabelTopic(facts, block, s);
          if (!found) continue;
          const topic = /^[A-Z]{2,}$/.test(found) ? found : found.toLowerCase();
          const asKetamine = /\bketamine\b[^.]{0,80}\b(?:nasal\s+spray|intranasal)[^.]{0,30}\b(?:spravato|esketamine)\b/i.test(s.text)
            ? ' It is also presented as a form of the ketamine you give by IV; Spravato is esketamine, a separate FDA-approved product with its own label and REMS.'
            : '';
          out.push(
            sentenceDraft(block, s, s.start + m.index, s.start + m.index + m[0].length, {
              severity: 'warning',
              message: `Spravato (esketamine) is named in a passage about ${topic} without saying what it is approved for, which implies it treats ${topic}. ${LABEL}${asKetamine}`,
              fix: `Add its approved use next to the mention ("Spravato is FDA-approved for adults with treatment-resistant depression; it is not approved for ${topic}"), or remove it from this passage.`,
              data: { kind: 'implied', topic },
            }),
          );
          break;
        }
      }
    }
    return out;
  },
};

export default rule;
