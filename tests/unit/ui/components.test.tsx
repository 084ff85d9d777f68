// @vitest-environment jsdom
// The views render page content as text, show the designed details, and report the user's choices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FindingCard } from '@/components/FindingCard';
import { SummaryBar } from '@/components/SummaryBar';
import { DismissedSection } from '@/components/DismissedSection';
import type { Finding } from '@/utils/types';
import type { RuleInfo } from '@/utils/messaging';

const finding: Finding = {
  id: 'f-1',
  ruleId: 'phone/unlinked-number',
  category: 'phone',
  severity: 'warning',
  scope: 'element',
  message: 'The number <img src=x onerror=alert(1)> is plain text',
  excerpt: '949-945-0927',
  context: '',
  selector: 'p',
  fix: 'Wrap it in <a href="tel:+19499450927">949-945-0927</a>.',
  helpUrl: 'javascript:alert(1)',
  data: {},
};
const rule: RuleInfo = { id: finding.ruleId, title: 'Phone number is not a tap-to-call link', category: 'phone', severity: 'warning', why: 'People tap to call.', fix: '', helpUrl: 'https://example.org/why' };

let root: HTMLDivElement;
function mount(vnode: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('FindingCard', () => {
  it('closed: message and excerpt as text; no details', () => {
    const el = mount(<FindingCard finding={finding} rule={rule} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.cl-finding__message')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el.querySelector('.cl-finding__head')!.getAttribute('aria-expanded')).toBe('false');
    expect((el.querySelector('.cl-finding__details') as HTMLElement).hidden).toBe(true);
    expect(el.querySelector('.cl-finding__locate')!.textContent).toBe('Show in page');
  });

  it('open: why it matters, how to fix, safe links only, copy and dismiss', () => {
    const onCopyFix = vi.fn();
    const el = mount(<FindingCard finding={finding} rule={rule} expanded outlined number={3} onCopyFix={onCopyFix} onDismiss={() => {}} />);
    expect(el.querySelector('.cl-finding__why')!.textContent).toBe('People tap to call.');
    expect(el.querySelector('.cl-finding__fix')!.textContent).toBe(finding.fix);
    expect(el.querySelector('.cl-finding__fix a')).toBeNull();
    // "Learn more" opens the rule's help page in the extension, never the finding's (page-supplied) helpUrl
    expect(el.querySelector<HTMLAnchorElement>('.cl-finding__help')!.getAttribute('href')).toBe(`/help.html#${encodeURIComponent(finding.ruleId)}`);
    expect(el.querySelector('.cl-finding__number')!.textContent).toContain('3');
    expect(el.querySelector('.cl-finding__locate')!.textContent).toBe('Outlined in page');
    act(() => el.querySelector<HTMLButtonElement>('.cl-finding__copy')!.click());
    expect(onCopyFix).toHaveBeenCalledWith(finding);
  });

  it('dismiss: one finding with a reason, or the rule for the site', () => {
    const onDismiss = vi.fn();
    const el = mount(<FindingCard finding={finding} rule={rule} expanded site="clinic.example" onDismiss={onDismiss} />);
    act(() => el.querySelector<HTMLButtonElement>('.cl-finding__dismiss')!.click());
    const form = el.querySelector('form.cl-dismiss')!;
    expect(form.textContent).toContain('Every “Phone number is not a tap-to-call link” finding on clinic.example');
    expect(document.activeElement).toBe(form.querySelector('input[value="finding"]'));
    const reason = form.querySelector<HTMLInputElement>('.cl-dismiss__reason input')!;
    act(() => {
      reason.value = 'tracking number';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      form.querySelector<HTMLInputElement>('input[value="rule"]')!.click();
    });
    expect(form.querySelector('.cl-dismiss__confirm')!.textContent).toBe('Silence rule');
    act(() => form.querySelector<HTMLButtonElement>('.cl-dismiss__confirm')!.click());
    expect(onDismiss).toHaveBeenCalledWith(finding, 'rule', 'tracking number');
  });

  it('a page-level finding says so', () => {
    const el = mount(<FindingCard finding={{ ...finding, scope: 'page', selector: null }} />);
    expect(el.querySelector('.cl-finding__locate')!.textContent).toBe('Whole page');
    expect(el.querySelector('.cl-finding__head')!.hasAttribute('data-locatable')).toBe(false);
  });
});

describe('SummaryBar', () => {
  it('counts are severity toggles (a zero count cannot be chosen)', () => {
    const onToggle = vi.fn();
    const el = mount(
      <SummaryBar summary={{ error: 2, warning: 0, info: 1 }} detection={{ kind: 'clinic-article', confidence: 0.93, signals: [] }} active={['error']} onToggle={onToggle} />,
    );
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.cl-count__button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed'), b.disabled])).toEqual([
      ['2 errors', 'true', false],
      ['0 warnings', 'false', true],
      ['1 note', 'false', false],
    ]);
    act(() => buttons[2]!.click());
    expect(onToggle).toHaveBeenCalledWith('info');
    expect(el.querySelector('.cl-summary__confidence')!.textContent).toBe('93% confidence');
  });
});

describe('DismissedSection', () => {
  it('lists dismissed findings and silenced rules, each restorable; nothing when empty', () => {
    const onRestore = vi.fn();
    const onUnsilence = vi.fn();
    const el = mount(
      <DismissedSection
        dismissed={[{ finding, how: 'finding', reason: 'checked', at: '' }]}
        silenced={[{ ruleId: 'cta/dead-href', reason: '', at: '', count: 0 }]}
        site="clinic.example"
        open
        onRestore={onRestore}
        onUnsilence={onUnsilence}
      />,
    );
    expect(el.querySelector('.cl-dismissed__summary')!.textContent).toContain('1');
    expect([...el.querySelectorAll('.cl-dismissed__title')].map((h) => h.textContent)).toEqual(['Rules silenced on clinic.example', 'Dismissed on this page']);
    const [unsilence, restore] = [...el.querySelectorAll<HTMLButtonElement>('.cl-dismissed__item button')];
    act(() => restore!.click());
    act(() => unsilence!.click());
    expect(onRestore).toHaveBeenCalledWith(expect.objectContaining({ finding }));
    expect(onUnsilence).toHaveBeenCalledWith('cta/dead-href');
    act(() => render(<DismissedSection dismissed={[]} silenced={[]} onRestore={onRestore} onUnsilence={onUnsilence} />, root));
    expect(root.innerHTML).toBe('');
  });
});
