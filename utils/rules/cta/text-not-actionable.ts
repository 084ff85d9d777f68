// CTA-002: a call to action written in the content that a reader cannot act on ("Call us at
// 949-945-0927 or book an appointment online anytime." with no links). One finding per block, naming
// every unlinked phrase in it. The plain-text number itself is phone/unlinked-number's finding: a
// sentence whose only defect is that number ("Call us at 949-945-0927.") is reported there alone.
import type { FindingDraft, PageFacts, Rule, RuleContext } from '../../types';
import { isActionable, numberIsTheDefect, pageCtas, sentenceAround, unlinkedCtas, type CtaPhrase, type PageCtas } from '../../cta';
import { telHref } from '../../phone/normalize';
import { clip } from '../../text/normalize';

function quote(s: string): string {
  return `"${clip(s.trim(), 80)}"`;
}

function reason(p: CtaPhrase): string {
  if (p.intent === 'call') {
    return p.phone
      ? `${quote(p.text)} asks the reader to call, but ${p.phone.raw.trim()} is not a tap-to-call link`
      : `${quote(p.text)} asks the reader to call, but there is no tap-to-call link here`;
  }
  if (p.intent === 'book') {
    return p.online
      ? `${quote(p.text)} promises online booking, but nothing here links to a booking page`
      : `${quote(p.text)} asks the reader to book, but there is no booking link or tap-to-call number here`;
  }
  return `${quote(p.text)} has no link to a contact page, form, phone number or e-mail`;
}

/** A booking URL the page already uses (header "Book Online", a scheduler), for a concrete fix. */
function bookingUrl(ctas: PageCtas): string | null {
  const rank = (via: string) => (via === 'profile' ? 0 : via.startsWith('scheduler:') ? 1 : via.startsWith('path:') ? 2 : 3);
  const live = ctas.links.filter((c) => c.kind === 'book' && !c.dead && c.link.url && /^https?:/i.test(c.link.url));
  const depth = (url: string) => {
    try {
      return new URL(url).pathname.split('/').filter(Boolean).length;
    } catch {
      return 9;
    }
  };
  // The vendor or page the clinic configured first, then schedulers, then the shortest booking path
  // ("/appointments" before "/appointments/virtual").
  live.sort((a, b) => rank(a.via) - rank(b.via) || depth(a.link.url!) - depth(b.link.url!));
  return live[0]?.link.url ?? null;
}

function contactUrl(ctas: PageCtas): string | null {
  const c = ctas.links.find((x) => x.kind === 'contact' && !x.dead && x.link.url && /^https?:/i.test(x.link.url));
  return c?.link.url ?? null;
}

function fixFor(p: CtaPhrase, ctas: PageCtas): string {
  const words = p.text.trim();
  if (p.intent === 'call') {
    if (p.phone?.e164 && p.phone.valid) {
      const href = telHref(p.phone.e164, p.phone.ext);
      return `Wrap the number in a tap-to-call link: <a href="${href}">${p.phone.raw.trim()}</a>.`;
    }
    if (p.phone) return `Replace ${p.phone.raw.trim()} with the clinic's real number and wrap it in <a href="tel:+…">…</a>.`;
    return `Add the clinic's number as a tap-to-call link next to ${quote(words)}: <a href="tel:+1…">(…) …-…</a>.`;
  }
  if (p.intent === 'book') {
    const url = bookingUrl(ctas);
    return url
      ? `Link the words to the booking page the site already uses: <a href="${url}">${words}</a>.`
      : `Link the words to the online booking page or scheduler: <a href="/book">${words}</a>.`;
  }
  const url = contactUrl(ctas) ?? bookingUrl(ctas);
  return url ? `Link the words: <a href="${url}">${words}</a>.` : `Link the words to the contact page or form: <a href="/contact">${words}</a>.`;
}

/** One fix per intent: link the most specific booking phrase (the "online" one), every named number. */
function fixes(phrases: CtaPhrase[], ctas: PageCtas): string {
  const out: string[] = [];
  const calls = phrases.filter((p) => p.intent === 'call');
  const withNumber = calls.filter((p) => p.phone);
  for (const p of withNumber.length ? withNumber : calls.slice(0, 1)) out.push(fixFor(p, ctas));
  const books = phrases.filter((p) => p.intent === 'book');
  const book = books.find((p) => p.online) ?? books[books.length - 1];
  if (book) out.push(fixFor(book, ctas));
  const contact = phrases.find((p) => p.intent === 'contact');
  if (contact && !book) out.push(fixFor(contact, ctas));
  return [...new Set(out)].join(' ');
}

function check(facts: PageFacts, ctx: RuleContext): FindingDraft[] {
  const open = unlinkedCtas(facts, ctx);
  if (!open.length) return [];
  const ctas = pageCtas(facts, ctx.config);
  const nothingElse = !ctas.links.some(isActionable) && ctas.forms.length === 0 && ctas.schedulers.length === 0;
  const out: FindingDraft[] = [];
  for (const { block, phrases } of open) {
    // "Call us at (301) 307-5115 and we'll verify your benefits": the one defect is the plain-text
    // number, which phone/unlinked-number reports, quoting this call to action. One finding, not two.
    if (phrases.every(numberIsTheDefect)) continue;
    const first = phrases[0]!;
    const last = phrases[phrases.length - 1]!;
    const a = sentenceAround(block.text, first.start, first.end);
    const b = sentenceAround(block.text, last.start, last.end);
    let excerpt = block.text.slice(a.start, b.end).trim();
    if (excerpt.length > 200) excerpt = block.text.slice(a.start, a.end).trim();
    const reasons = phrases.map(reason);
    const message =
      phrases.length === 1
        ? `This call to action is plain text, so a reader cannot act on it: ${reasons[0]}.`
        : `This call to action is plain text, so a reader cannot act on it: ${reasons.slice(0, -1).join('; ')}; and ${reasons[reasons.length - 1]}.`;
    const severe = phrases.some((p) => p.intent === 'book' || (p.intent === 'call' && p.phone));
    out.push({
      element: block.element,
      excerpt,
      message: nothingElse ? `${message} The page has no other call to action either.` : message,
      severity: severe ? 'error' : 'warning',
      fix: fixes(phrases, ctas),
      range: { block: block.index, start: first.start, end: last.end },
      data: {
        phrases: phrases.map((p) => ({ text: p.text, intent: p.intent, online: p.online, phone: p.phone?.e164 ?? null })),
        noOtherCta: nothingElse,
      },
    });
  }
  return out;
}

const rule: Rule = {
  id: 'cta/text-not-actionable',
  category: 'cta',
  severity: 'error',
  catalog: 'CTA-002',
  title: 'Call-to-action text is not a link',
  description:
    'Finds calls to action written in the content ("Call us at 949-945-0927", "book an appointment online", "Schedule your visit today", "contact us today") that are not links or buttons themselves and have no link or button with the same intent in the same paragraph, right next to it, or in a sticky bar.',
  why:
    'A reader who is told to "book online" or "call us" and finds nothing to tap has to hunt for the way in, and many leave. A plain-text number makes mobile readers copy and paste it; iPhones may turn numbers into links on their own, but Android phones, computers and in-app browsers differ. 70% of mobile searchers click to call a business (Google/Ipsos).',
  fix: 'Link the words: <a href="/book">book an appointment online</a>, and wrap numbers in <a href="tel:+1…">.',
  helpUrl: 'https://adwords.googleblog.com/2013/09/new-research-shows-that-70-of-mobile.html',
  sources: [
    { title: 'Google/Ipsos research: 70% of mobile searchers click to call a business (2013)', url: 'https://adwords.googleblog.com/2013/09/new-research-shows-that-70-of-mobile.html' },
    { title: 'Healthcare Success: a call to action for doctor advertising', url: 'https://dev2022.healthcaresuccess.com/blog/advertising/please-read-this-today-a-call-to-action-for-doctor-advertising.html' },
    { title: 'Front-End Checklist: wrap phone numbers and e-mail addresses in tap-to-call and e-mail links', url: 'https://github.com/thedaviddias/Front-End-Checklist' },
  ],
  runsOn: 'clinic',
  check,
};

export default rule;
