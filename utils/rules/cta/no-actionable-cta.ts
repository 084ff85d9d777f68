// CTA-001: no actionable call to action. Two levels:
//  - the page as a whole (header and footer included) has no primary or direct CTA → error;
//  - a clinic *article* whose body has no CTA at all, though the template has some → warning
//    (readers act where they finish reading; header buttons scroll away).
// Written CTA text without a link is CTA-002's finding; this rule stays silent then, so one problem is
// reported once.
import { parseUrl } from '../../text/url';
import type { FindingDraft, PageFacts, Rule, RuleContext } from '../../types';
import { ctaTextInContent, inBody, isActionable, pageCtas, unlinkedCtas, type LinkCta } from '../../cta';

const KIND_LABEL: Record<LinkCta['kind'], string> = {
  call: 'tap-to-call link',
  sms: 'text-message link',
  book: 'booking link',
  contact: 'contact-page link',
  email: 'e-mail link',
  form: 'form',
};

const REGION_LABEL: Record<string, string> = { header: 'header', nav: 'menu', footer: 'footer', aside: 'sidebar', main: 'content', other: 'page' };

function describe(ctas: LinkCta[]): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const c of ctas) {
    const where = REGION_LABEL[c.link.region] ?? 'page';
    const name = (c.link.name || c.link.text || c.link.href || '').trim();
    const key = `${where}|${c.kind}|${name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${/^[aeiou]/i.test(KIND_LABEL[c.kind]) ? 'an' : 'a'} ${KIND_LABEL[c.kind]}${name ? ` ("${name.slice(0, 40)}")` : ''} in the ${where}`);
    if (parts.length >= 4) break;
  }
  return parts.join(', ');
}

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const ctas = pageCtas(facts, ctx.config);
  // Written CTAs without a link are reported, precisely, by cta/text-not-actionable.
  if (unlinkedCtas(facts, ctx).length > 0) return [];

  // Raw HTML (no layout: the CLI, not the browser) with no header, menu or footer at all but with
  // scripts: the template, and its CTAs, are most likely injected by script. Say so, softly.
  const template = facts.links.some((l) => l.region === 'header' || l.region === 'nav' || l.region === 'footer') ||
    facts.blocks.some((b) => b.region === 'header' || b.region === 'nav' || b.region === 'footer');
  const injected = !facts.layout && !template && facts.scripts.length > 0;
  const caveat = injected
    ? ' This HTML has no header, menu or footer at all but loads scripts, which may add them (and their calls to action) after load: check the rendered page in the browser.'
    : '';

  const actionable = ctas.links.filter(isActionable);
  const anyActionable = actionable.length > 0 || ctas.forms.length > 0 || ctas.schedulerFrames.length > 0;
  // A booking widget's script with nothing else: most such widgets open from a button of the page's
  // own (SimplePractice's .spwidget-button, Calendly's popup link), which this page may lack. Said
  // softly, since some widgets draw a floating button of their own.
  const widgetOnly = !anyActionable && ctas.schedulers.length > 0;
  if (!anyActionable) {
    const secondary = ctas.links.filter((c) => !isActionable(c));
    const tail = secondary.length ? ` The only way to get in touch is ${describe(secondary)}, one more step away.` : '';
    const widget = widgetOnly
      ? ` The page loads a booking widget's script (${parseUrl(ctas.schedulers[0])?.hostname ?? ctas.schedulers[0]!.slice(0, 60)}), but nothing on the page opens it: if the widget shows its own button once the page has loaded, this is fine.`
      : '';
    return [
      {
        scope: 'page',
        message: `This page has no call to action a patient can use: no tap-to-call link, no booking link or button and no appointment form, in the header, the content or the footer.${tail}${widget}${caveat}`,
        ...(injected || widgetOnly ? { severity: 'info' as const } : {}),
        fix: 'Add a tap-to-call link (<a href="tel:+1…">) and a booking link or button (<a href="/book">Book an appointment</a>), in the header and at the end of the content.',
        data: { secondary: secondary.length, scriptedTemplate: injected, widgetOnly },
      },
    ];
  }

  if (!ctx.detection.isArticle) return [];
  const { links } = ctas;
  const inText = links.some((c) => inBody(c.link, facts));
  const formInText = ctas.forms.some((f) => f.form.inContent);
  // Scheduler iframes are embedded in the content far more often than in a template; their place is
  // not known in the facts, so an embedded scheduler counts as a body CTA.
  if (inText || formInText || ctas.schedulers.length > 0) return [];
  if (!facts.blocks.some((b) => b.inContent && !b.heading && b.text.length >= 40)) return [];
  // Written CTAs that only the template answers ("Contact us today." with the number in the header).
  const written = ctaTextInContent(facts, ctx).flatMap((b) => b.phrases.filter((x) => x.status === 'template').map((x) => x.phrase.text));
  const lead = written.length
    ? `The article body has no clickable call to action: its "${written[0]!.slice(0, 60)}" is plain text, and nothing in the text links to booking, a phone number or a contact form.`
    : 'The article body has no call to action at all: nothing in the text links to booking, a phone number or a contact form.';
  return [
    {
      scope: 'page',
      severity: injected ? 'info' : 'warning',
      message: `${lead} The page's only CTAs are in its template (${describe(actionable)}), which readers have scrolled past by the end of the article.${caveat}`,
      fix: 'End the article with a contextual call to action, e.g. "Call us at <a href="tel:+1…">…</a> or <a href="/book">book a consultation online</a>."',
      data: { templateCtas: actionable.length },
    },
  ];
}

const rule: Rule = {
  id: 'cta/no-actionable-cta',
  category: 'cta',
  severity: 'error',
  catalog: 'CTA-001',
  title: 'No call to action a patient can use',
  description:
    'Finds pages with no call to action a patient can use anywhere, header and footer included (no tap-to-call or text-message link, no booking link or button, no scheduler or appointment form), and clinic articles whose text has no call to action although the site template has some.',
  why:
    'A clinic page exists to turn readers into patients: "No call to action is no ad at all … provide a clear means or method to act" (Healthcare Success). Google/Ipsos found that 70% of mobile searchers click to call and 76% of local-service searchers would call to book, and Google\'s quality raters look for "very helpful contact information" on medical sites.',
  fix: 'Add a tap-to-call link and a booking link or button, in the header and at the end of the content.',
  helpUrl: 'https://dev2022.healthcaresuccess.com/blog/advertising/please-read-this-today-a-call-to-action-for-doctor-advertising.html',
  sources: [
    { title: 'Healthcare Success: a call to action for doctor advertising', url: 'https://dev2022.healthcaresuccess.com/blog/advertising/please-read-this-today-a-call-to-action-for-doctor-advertising.html' },
    { title: 'Google/Ipsos research: 70% of mobile searchers click to call a business (2013)', url: 'https://adwords.googleblog.com/2013/09/new-research-shows-that-70-of-mobile.html' },
    { title: 'Google\'s Search Quality Rater Guidelines (PDF): health pages, trust and contact information', url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
