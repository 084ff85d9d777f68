// What counts as a call to action: links by destination and name, share buttons, forms, dead hrefs.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { classifyLink, deadHref, isIntakeForm, pageCtas, schedulerOf } from '../../../utils/cta';
import type { FormFact, LinkFact } from '../../../utils/types';

const PAGE = 'https://www.clinic.example/blog/post';

function link(href: string | null, name = 'x', tag = 'a'): LinkFact {
  return {
    index: 0, element: null as unknown as Element, tag, href, url: href == null ? null : safeUrl(href), text: name, name, rel: '', target: '',
    region: 'main', inContent: true, block: 0, hasOnclick: false, role: null,
  };
}
function safeUrl(h: string): string | null {
  try {
    return new URL(h, PAGE).href;
  } catch {
    return null;
  }
}
const kind = (href: string | null, name = 'x', tag = 'a') => classifyLink(link(href, name, tag), PAGE)?.kind ?? null;

describe('classifyLink', () => {
  it.each([
    ['tel:+19499450927', 'call'],
    ['sms:+19499450927', 'sms'],
    ['https://wa.me/19499450927', 'sms'],
    ['mailto:office@clinic.example', 'email'],
    ['https://calendly.com/dr-x/consult', 'book'],
    ['https://allied.janeapp.com/#/staff', 'book'],
    ['https://www.zocdoc.com/practice/allied-123', 'book'],
    ['https://app.nexhealth.com/appt/allied', 'book'],
    ['https://book.squareup.com/appointments/abc', 'book'],
    ['/appointments', 'book'],
    ['/appointments/virtual', 'book'],
    ['/request-an-appointment/', 'book'],
    ['make-an-appointment.html', 'book'],
    ['/book-now', 'book'],
    ['/contact-us/', 'contact'],
    ['contact.html', 'contact'],
    ['#appointment', 'book'],
    ['#contact', 'contact'],
  ])('%s → %s', (href, want) => {
    expect(kind(href)).toBe(want);
  });

  it.each([
    ['mailto:?subject=Great%20post'],
    ['whatsapp://send?text=Great%20post'],
    ['https://api.whatsapp.com/send?text=hi'],
    ['/blog/book-review'],
    ['/blog/schedule-your-annual-checkup'],
    ['/2024/05/appointment-reminders-that-work/'],
    ['/services/ketamine'],
    ['https://www.facebook.com/clinic'],
    ['#main-content'],
  ])('%s is not a CTA', (href) => {
    expect(kind(href)).toBeNull();
  });

  it('reads booking names on links to pages it does not recognise, not article titles', () => {
    expect(kind('/new-patient-special', 'Book now')).toBe('book');
    expect(kind('/blog/how-to-book-your-first-appointment', 'How to book your first appointment')).toBeNull();
  });

  it('buttons count by their name (they open booking windows)', () => {
    expect(kind(null, 'Book a consultation', 'button')).toBe('book');
    expect(kind(null, 'Menu', 'button')).toBeNull();
  });

  it('keeps dead CTA-like links as CTAs with the reason', () => {
    const c = classifyLink(link('#', 'Book Now'), PAGE);
    expect(c).toMatchObject({ kind: 'book', dead: 'hash' });
    expect(classifyLink(link('#', 'Back to top'), PAGE)).toBeNull();
  });

  it('uses config.profile.bookingUrlPatterns (substring or /regex/)', () => {
    const html = '<a href="https://portal.example-emr.com/p/123">Portal</a><a href="https://x.example/go?id=7">Go</a>';
    const facts = gather(parseHtml(`<body>${html}</body>`, PAGE), { url: PAGE });
    const ctas = pageCtas(facts, { profile: { phones: [], bookingUrlPatterns: ['portal.example-emr.com', '/go\\?id=\\d+/'], region: null, reviewCycleMonths: 12 } });
    expect(ctas.links.map((c) => [c.kind, c.via])).toEqual([
      ['book', 'profile'],
      ['book', 'profile'],
    ]);
  });
});

describe('deadHref', () => {
  it.each([
    [null, 'missing'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['#', 'hash'],
    ['#!', 'hash'],
    ['javascript:void(0)', 'javascript'],
    ['javascript:;', 'javascript'],
    ['#book', null],
    ['/book', null],
  ])('%j → %s', (href, want) => {
    expect(deadHref({ tag: 'a', href })).toBe(want);
  });
  it('never calls a button dead', () => {
    expect(deadHref({ tag: 'button', href: null })).toBeNull();
  });
});

describe('isIntakeForm', () => {
  const form = (fields: string[], hasSubmit = true): FormFact => ({ element: null as unknown as Element, action: null, fields, hasSubmit, region: 'main', inContent: true });
  it('accepts appointment and contact forms', () => {
    expect(isIntakeForm(form(['text name', 'tel phone']))).toBe(true);
    expect(isIntakeForm(form(['text contact_name', 'text contact_email', 'text contact_message'], false))).toBe(true);
    expect(isIntakeForm(form(['text name', 'email email', 'date date']))).toBe(true);
  });
  it('rejects search boxes and newsletter sign-ups', () => {
    expect(isIntakeForm(form(['search s']))).toBe(false);
    expect(isIntakeForm(form(['email email']))).toBe(false);
    expect(isIntakeForm(form(['text fname', 'email email']))).toBe(false);
  });
});

describe('schedulerOf', () => {
  it('matches host suffixes and host+path entries only', () => {
    expect(schedulerOf('https://assets.calendly.com/assets/external/widget.js')).toBe('calendly.com');
    expect(schedulerOf('https://squareup.com/appointments/book/x')).toBe('squareup.com/appointments');
    expect(schedulerOf('https://squareup.com/us/en')).toBeNull();
    expect(schedulerOf('https://notcalendly.com.evil.example/')).toBeNull();
  });
});
