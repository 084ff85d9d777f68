import type { FindingDraft, Rule } from '../../types';
import { IV_THERAPY, KETAMINE_1, SERIOUS_DISEASE } from '../../claims-lang/terms';
import { assertedIn, pageTopicText, proseBlocks, sentenceDraft, sentencesOf } from '../../claims-lang/scan';

const DISEASE_SRC = SERIOUS_DISEASE.source.replace(/^\\b/, '');
// A treatment verb tied to a serious disease: "treats fibromyalgia", "boosts immunity against cancer",
// "helps with Alzheimer's", "reverse diabetes", "for long COVID".
const TREATS = new RegExp(
  `\\b(?:treat(?:s|ed|ing|ment\\s+(?:of|for))?|cure(?:s|d)?|heal(?:s|ing)?|revers(?:e|es|ing)|prevent(?:s|ing)?|fight(?:s|ing)?|combat(?:s|ing)?|beat(?:s|ing)?|eliminat(?:e|es|ing)|reliev(?:e|es|ing)|alleviat(?:e|es|ing)|eas(?:e|es|ing)|improv(?:e|es|ing)|manag(?:e|es|ing)|help(?:s|ing)?(?:\\s+(?:with|treat|manage|fight|ease|against|people\\s+with|patients\\s+with))?|support(?:s|ing)?\\s+(?:patients\\s+with|people\\s+with|recovery\\s+from)|recover(?:y)?\\s+from|symptoms\\s+of|immunity\\s+against|protect(?:s|ion)?\\s+against|against|for)\\s+(?:\\w+\\s+){0,3}?${DISEASE_SRC}`,
  'gi',
);
// Detox claims: "detoxify your body", "flush out toxins", "cleanse your liver".
const DETOX = /\b(?:detox(?:ify|ifies|ifying|ification|es|ing)?(?:\s+(?:your|the)\s+(?:body|liver|blood|system|cells?))?|flush(?:es|ing)?\s+(?:out\s+)?(?:harmful\s+)?toxins|(?:remove|removes|eliminate|eliminates|clear|clears)\s+(?:harmful\s+)?toxins|cleanse(?:s)?\s+(?:your|the)\s+(?:body|liver|blood|system))\b/gi;
// Passing contexts: hydration for dehydration; prescribed IV drugs (IV iron for anemia, chemo).
const LEGIT = /\b(?:dehydrat\w*|IV\s+iron|iron\s+infusions?|anemi\w*|chemotherapy\s+(?:infusion|drugs?)|antibiotics?|prescribed\s+by\s+your\s+oncologist)\b/i;

const rule: Rule = {
  id: 'claims/iv-disease-claims',
  category: 'claims',
  severity: 'error',
  catalog: 'CLM-009',
  title: 'IV therapy claimed to treat a serious disease or to "detox"',
  description:
    'On IV therapy / drip / NAD+ content, finds claims to treat, cure, prevent or help serious diseases (cancer, multiple sclerosis, heart failure, diabetes, fibromyalgia, Alzheimer\'s, long COVID…) or to "detox" the body. Hydration for dehydration, prescribed IV drugs (IV iron for anemia), negations ("we do not claim it treats disease") and ketamine infusion sentences pass.',
  why:
    'In its first IV-therapy case (iV Bars, September 2018) the FTC charged that claims that IV cocktails treat cancer, multiple sclerosis and congestive heart failure were deceptive; the order bars such claims without "competent and reliable scientific evidence".',
  fix: 'Remove disease and detox claims, or replace them with what the drip does ("IV hydration can help replace fluids"), and state that IV therapy is not a treatment for disease.',
  helpUrl: 'https://www.ftc.gov/news-events/news/press-releases/2018/09/ftc-brings-first-ever-action-targeting-iv-cocktail-therapy-marketer',
  sources: [
    { title: 'FTC: first action against an IV cocktail therapy marketer (iV Bars, 2018)', url: 'https://www.ftc.gov/news-events/news/press-releases/2018/09/ftc-brings-first-ever-action-targeting-iv-cocktail-therapy-marketer' },
    { title: 'RAPS: FTC charges a marketer of intravenous products over disease claims', url: 'https://www.raps.org/news-and-articles/news-articles/2018/9/ftc-charges-first-marketer-of-intravenous-products' },
  ],
  runsOn: 'clinic',
  check(facts) {
    const out: FindingDraft[] = [];
    const ivPage = IV_THERAPY.test(pageTopicText(facts));
    for (const block of proseBlocks(facts)) {
      const ivBlock = IV_THERAPY.test(block.text);
      if (!ivBlock && !ivPage) continue;
      const ss = sentencesOf(block);
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i]!;
        const text = s.text;
        // The sentence (or the one before it) is about an IV product, or the whole page is.
        const about = IV_THERAPY.test(text) || (i > 0 && IV_THERAPY.test(ss[i - 1]!.text)) || (ivPage && /\b(?:it|our\s+\w+|this\s+(?:drip|infusion|treatment|therapy|blend))\b/i.test(text));
        if (!about) continue;
        if (KETAMINE_1.test(text) || LEGIT.test(text)) continue;
        const hits: RegExpMatchArray[] = [];
        for (const re of [TREATS, DETOX]) for (const m of text.matchAll(re)) if (assertedIn(block, s, m.index!, m.index! + m[0].length, { window: 8 })) hits.push(m);
        if (!hits.length) continue;
        hits.sort((a, b) => a.index! - b.index!);
        const first = hits[0]!;
        const last = hits[hits.length - 1]!;
        const what = hits.map((h) => h[0]).join('", "');
        out.push(
          sentenceDraft(block, s, s.start + first.index!, s.start + last.index! + last[0].length, {
            message: `This claims IV therapy can do something it has not been shown to do ("${what}"). The FTC's first IV-therapy case (iV Bars, 2018) targeted exactly such disease claims; they need competent and reliable scientific evidence.`,
            data: { claims: hits.map((h) => h[0]) },
          }),
        );
      }
    }
    return out;
  },
};

export default rule;
