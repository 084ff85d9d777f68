// One defect, one finding: a plain-text number on a page that also turns off iPhone's number
// detection is one finding that says both, not two.
import { describe, expect, it } from 'vitest';
import { audit } from '../../helpers/audit';

describe('a plain-text number with format-detection telephone=no', () => {
  it('is one phone finding whose message names the meta tag', () => {
    const html = `<html lang="en-US"><head><title>Contact - Example Clinic</title><meta name="format-detection" content="telephone=no"></head>
      <body><main><h1>Contact</h1><p>Phone: 949-945-0927</p></main></body></html>`;
    const phone = audit(html).findings.filter((f) => f.category === 'phone');
    expect(phone.map((f) => f.ruleId)).toEqual(['phone/unlinked-number']);
    expect(phone[0]!.message).toContain('telephone=no');
  });

  it('without the meta tag the message does not mention it', () => {
    const html = `<html lang="en-US"><body><main><p>Phone: 949-945-0927</p></main></body></html>`;
    const [f] = audit(html).findings.filter((x) => x.ruleId === 'phone/unlinked-number');
    expect(f!.message).not.toContain('telephone=no');
  });
});
