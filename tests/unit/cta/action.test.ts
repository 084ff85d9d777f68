// Action links beyond booking/call/contact ("Submit a referral online"): which names read as an action,
// and which dead hrefs cta/dead-href reports for them without flagging UI controls.
import { describe, expect, it } from 'vitest';
import { isActionName } from '../../../utils/cta';
import { findingsOf } from '../../helpers/audit';

const cfg = { budgetMs: 60_000 };
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const dead = (body: string) => findingsOf('cta/dead-href', page(body), { url: 'https://c.example/referrals', config: cfg });

describe('isActionName', () => {
  it.each(['Submit a referral online', 'Refer a patient', 'Request records', 'Register for the seminar', 'Apply now', 'Get directions', 'Start your intake', 'Order lab work', 'Pay your bill', 'Download the intake form', 'Sign up', 'Sign-up for updates', 'Join our waitlist', 'Enroll today', '» Send us your records', 'Fill out the new-patient form'])('"%s" is an action', (name) => {
    expect(isActionName(name)).toBe(true);
  });

  it.each(['Menu', 'Toggle navigation', 'Back to top', 'Previous', 'Next', 'Read more', 'Share on Facebook', 'Send to a friend', 'Start slideshow', 'Join the discussion', 'What is arthroscopy?', 'Getting to know your knee', 'Patients', '', 'Submit a referral online and we will call the patient within one business day to schedule the first visit'])('"%s" is not', (name) => {
    expect(isActionName(name)).toBe(false);
  });
});

describe('cta/dead-href on action links', () => {
  it('reports a javascript: referral button as a scripted warning with a concrete fix', () => {
    const f = dead('<main><h1>Referrals</h1><p><a href="javascript:void(0)" id="referral-btn" class="button" onclick="openReferralPortal()">Submit a referral online</a></p></main>');
    expect(f.map((x) => [x.excerpt, x.severity, x.data.reason, x.data.kind])).toEqual([['Submit a referral online', 'warning', 'javascript', 'action']]);
    expect(f[0]!.message).toContain('call-to-action link "Submit a referral online" has a javascript: href');
    expect(f[0]!.fix).toContain('<button>');
  });

  it('reports "#" and missing in-page targets in document order with booking CTAs (action links as warnings)', () => {
    const f = dead('<main><h1>Patients</h1><p><a href="#" class="btn">Book now</a> <a href="#">Pay your bill</a> <a href="#forms">Download the intake form</a></p></main>');
    expect(f.map((x) => [x.excerpt, x.severity, x.data.reason])).toEqual([
      ['Book now', 'error', 'hash'],
      ['Pay your bill', 'warning', 'hash'],
      ['Download the intake form', 'warning', 'no-target'],
    ]);
  });

  it('reads "Get Appointment" on a "#" link as a dead booking CTA', () => {
    const f = dead('<main><h1>Clinic</h1><p><a href="#" class="btn">Get Appointment</a></p></main>');
    expect(f.map((x) => [x.excerpt, x.data.reason, x.data.kind, x.severity])).toEqual([['Get Appointment', 'hash', 'book', 'error']]);
  });

  it('leaves lower-case prose links alone', () => {
    expect(dead('<main><h1>Story</h1><p>She went back to the shop to <a href="javascript:void(0)">order him</a> a new pair of boots before winter.</p></main>')).toEqual([]);
  });

  it('leaves UI controls, live links, existing anchors, hash routes and menu parents alone', () => {
    const f = dead(
      '<header><a href="#" role="button" aria-label="Open menu"></a><nav><a href="#">Refer a patient</a><a href="/refer">Online referral</a></nav></header>' +
        '<main><h1>Referrals</h1><a href="#" class="prev">Previous</a><a href="#">Back to top</a><a href="#" data-toggle="collapse" aria-expanded="false">How do I refer?</a>' +
        '<a href="/refer" class="btn">Submit a referral online</a><a href="#how">Download the checklist</a><div id="how">Checklist</div><a href="#/register">Register</a>' +
        '<button type="button" onclick="openPortal()">Submit a referral</button><a href="#" class="share">Share on Facebook</a></main>',
    );
    expect(f).toEqual([]);
  });
});
