// The CTA-text finder: imperative calls to action only, with the numbers they name.
import { describe, expect, it } from 'vitest';
import { findCtaPhrases, isImperativeAt } from '../../../utils/cta';

const phrases = (text: string) => findCtaPhrases(text, 'US').map((p) => `${p.intent}${p.online ? '+online' : ''}: ${p.text}`);

describe('findCtaPhrases', () => {
  it('reads the seed closing paragraph', () => {
    expect(phrases('To learn more, schedule a ketamine consultation today. Call us at 949-945-0927 or book an appointment online anytime.')).toEqual([
      'book: schedule a ketamine consultation today',
      'call: Call us at 949-945-0927',
      'book+online: book an appointment online anytime',
    ]);
  });

  it('merges "schedule … today by calling <number>" into one call to action', () => {
    expect(phrases('Ready to glow? Schedule your HydraFacial today by calling 619.238.4410!')).toEqual([
      'call: Schedule your HydraFacial today by calling 619.238.4410',
    ]);
    expect(phrases('Schedule a consultation today at (949) 945-0927.')).toEqual(['call: Schedule a consultation today at (949) 945-0927']);
  });

  it.each([
    ['Book now', 'book: Book now'],
    ['Please request an appointment online.', 'book+online: request an appointment online'],
    ['You can also book your first IV therapy session online.', 'book+online: book your first IV therapy session online'],
    ['Feel free to schedule a free 15-minute phone consultation.', 'book: schedule a free 15-minute phone consultation'],
    ['Contact us today to schedule your appointment.', 'contact: Contact us today to schedule your appointment'],
    ['Call us at 949-945-0927 to book a visit.', 'call: Call us at 949-945-0927'],
    ['Give us a call today!', 'call: Give us a call today'],
    ['If you have questions, please contact our office.', 'contact: contact our office'],
    ['Questions? Text us at 206-577-3340.', 'call: Text us at 206-577-3340'],
    ['Call our care coordinators at (206) 577-3340 today.', 'call: Call our care coordinators at (206) 577-3340'],
    ['Call us toll-free at 1-800-555-0199.', 'call: Call us toll-free at 1-800-555-0199'],
    ['Call (949) 945-0927 to book.', 'call: Call (949) 945-0927'],
  ])('finds %j', (text, first) => {
    expect(phrases(text)[0]).toBe(first);
  });

  it.each([
    'Patients who book an appointment should arrive 15 minutes early.',
    'When you schedule a visit, bring your insurance card.',
    'You will need to schedule a follow-up exam in six months.',
    'Our staff will call you to confirm.',
    'We booked an appointment for him last week.',
    'The doctor will make an assessment during your first visit.',
    'There is no need to book an appointment for a walk-in flu shot.',
    'Fax: 949-945-0928',
    'Phone: 949-945-0927',
    'Please book. Appointments fill quickly.',
    'We schedule staff first. Appointments fill quickly.',
    'She said she would call her doctor.',
    'If symptoms last more than a week, make an appointment with your doctor.',
    'Before starting ketamine, schedule a consultation with your primary care physician.',
    'To report side effects, call the FDA at 1-800-332-1088.',
    'If you are in crisis, call or text 988.',
    'Call your doctor at 949-945-0927 if the fever returns.',
  ])('ignores %j', (text) => {
    expect(phrases(text).filter((p) => !p.startsWith('contact'))).toEqual([]);
  });

  it('a bare "call" without us/our is not a CTA phrase on its own', () => {
    expect(phrases('The call center handles billing questions.')).toEqual([]);
  });
});

describe('isImperativeAt', () => {
  it('accepts clause starts and CTA lead-ins', () => {
    const t = 'To learn more, schedule a visit. Ready to book a consultation? You can book online.';
    expect(isImperativeAt(t, t.indexOf('schedule'))).toBe(true);
    expect(isImperativeAt(t, t.indexOf('book a'))).toBe(true);
    expect(isImperativeAt(t, t.indexOf('book online'))).toBe(true);
  });
  it('rejects subordinate and third-person uses', () => {
    const t = 'Patients who book early save time, and when you schedule a visit we confirm it.';
    expect(isImperativeAt(t, t.indexOf('book'))).toBe(false);
    expect(isImperativeAt(t, t.indexOf('schedule'))).toBe(false);
  });
});
