import type { Rule } from '../../types';
import { contentText, isHealthPage, pageDraft, pageText, pageTopicText, proseBlocks, sentencesOf } from '../../claims-lang/scan';
import { isNegated } from '../../text/negation';

// Suicide and self-harm: any mention in the content makes crisis resources necessary.
const SUICIDE = /\bsuicid\w*(?!\s+(?:missions?|squads?|bomb\w*|attacks?|doors?|runs?|pacts?|watch|king|note))|\bself[- ]harm\w*|\bself[- ]injur\w*|\bkill(?:ing)?\s+(?:my|your|them)sel(?:f|ves)\b|\bend(?:ing)?\s+(?:my|your|their)\s+life\b/i;
const DEPRESSION = /\bdepress(?:ion|ive|ed)\b|\bTRD\b|\bMDD\b/gi;
// Crisis resources: 988, 911, Crisis Text Line, emergency room, Samaritans, 1-800-273-8255, Veterans Crisis Line.
const RESOURCE =
  /(?<![\d$.,/-])\b(?:988|911|999|112|741741)\b(?![\d]|[-.,/]\d)|\bcrisis\s+(?:text\s+)?(?:line|lifeline|hotline|center|centre|services?|team)\b|\bsuicide\s+(?:&|and)\s+crisis\s+lifeline\b|\bsuicide\s+prevention\s+(?:life\s*line|hotline)\b|\bemergency\s+(?:room|department|services|number)\b|\bnearest\s+(?:ER|emergency)\b|\bsamaritans\b|\b800[\s.-]?273[\s.-]?(?:8255|TALK)\b|\bhotline\b/i;

const rule: Rule = {
  id: 'claims/missing-crisis-resources',
  category: 'claims',
  severity: 'warning',
  catalog: 'CMP-013',
  title: 'Suicide or depression content without crisis resources',
  description:
    'Flags a page whose content discusses suicide, suicidal ideation or self-harm (or is about depression: in the title/H1, or three or more mentions) but gives no crisis resource anywhere on the page: 988, 911, a crisis text line, "go to the nearest emergency room". A site-wide crisis banner counts.',
  why:
    'Safe-messaging guidance says: "DO include prevention resources, such as the 988 Suicide & Crisis Lifeline". Readers of depression and suicide content include people in crisis, and the 988 Lifeline (call or text) has been the national number since July 16, 2022.',
  fix: 'Add a visible line near the top or end of the content: "If you are thinking about suicide, call or text 988 (Suicide & Crisis Lifeline), or call 911 in an emergency." Link it as tel:988.',
  helpUrl: 'https://communitysuicideprevention.org/element/communication/ensuring-safe-suicide-prevention-messaging/',
  sources: [
    { title: 'Community suicide prevention: ensuring safe suicide-prevention messaging', url: 'https://communitysuicideprevention.org/element/communication/ensuring-safe-suicide-prevention-messaging/' },
    { title: 'National Action Alliance for Suicide Prevention: public messaging about 988', url: 'https://theactionalliance.org/messaging/public-messaging' },
  ],
  runsOn: 'clinic',
  check(facts, ctx) {
    if (!isHealthPage(facts, ctx.detection)) return [];
    if (RESOURCE.test(pageText(facts))) return [];
    if (facts.links.some((l) => /^(?:tel|sms):\s*(?:\+?1)?(?:988|911)\b/i.test((l.href ?? '').trim()) || /988lifeline\.org|crisistextline\.org|suicidepreventionlifeline\.org/i.test(l.url ?? ''))) return [];
    let example: string | null = null;
    let why: 'suicide' | 'depression' | null = null;
    for (const b of proseBlocks(facts, { content: true })) {
      for (const s of sentencesOf(b)) {
        const m = SUICIDE.exec(s.text);
        if (m && !isNegated(s.text, m.index)) {
          example = s.text;
          why = 'suicide';
          break;
        }
      }
      if (example) break;
    }
    if (!example) {
      const topic = pageTopicText(facts);
      const mentions = (contentText(facts).match(DEPRESSION) ?? []).length;
      if (/\bdepress/i.test(topic) || mentions >= 3) {
        why = 'depression';
        for (const b of proseBlocks(facts, { content: true })) {
          const s = sentencesOf(b).find((x) => /\bdepress/i.test(x.text));
          if (s) {
            example = s.text;
            break;
          }
        }
        example ??= topic.split('\n')[0]!.trim();
      }
    }
    if (!example || !why) return [];
    return [
      pageDraft({
        excerpt: example,
        message:
          why === 'suicide'
            ? 'The page discusses suicide or self-harm but gives no crisis resource (988, 911, a crisis text line) anywhere.'
            : 'The page is about depression but gives no crisis resource (988, 911, a crisis text line) anywhere; some readers will be in crisis.',
        data: { topic: why },
      }),
    ];
  },
};

export default rule;
