// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, findTextRange, foldText, needlesFor } from '@/entrypoints/content/text-range';

beforeEach(() => {
  document.body.innerHTML = '';
});

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('collectText / foldText', () => {
  it('collapses white space across text nodes and folds case, quotes and dashes', () => {
    const p = el('<p>  Call   us <b>at</b>\n 949‑945–0927. “Book” <script>x()</script><span hidden>secret</span>now</p>');
    const { text, at } = collectText(p);
    // U+2011 and U+2013 fold to "-"
    expect(text).toBe('call us at 949-945-0927. "book" now');
    expect(text.length).toBe(at.length);
    expect(foldText('  Call  “Us”\u200b ')).toBe('call "us"');
  });
});

describe('needlesFor', () => {
  it('uses the engine offsets into the block text when the context was not clipped, then the excerpt', () => {
    expect(needlesFor({ context: 'Call us at 949-945-0927 today.', range: { block: 3, start: 11, end: 23 }, excerpt: '949-945-0927' })).toEqual([
      { text: '949-945-0927' },
      { text: '949-945-0927' },
    ]);
  });

  it('a clipped excerpt looks for its start and keeps the full length from the offsets', () => {
    const [needle] = needlesFor({ context: `${'x'.repeat(400)}…`, range: { block: 0, start: 5, end: 250 }, excerpt: 'Schedule a consultation…' });
    expect(needle).toEqual({ text: 'schedule a consultation', length: 245 });
  });

  it('nothing to look for', () => {
    expect(needlesFor({ excerpt: '' })).toEqual([]);
  });
});

describe('findTextRange', () => {
  it('finds the exact words across inline elements', () => {
    const p = el('<p>To book, call us at <a>949-945</a>-0927 or book online.</p>');
    const found = findTextRange(p, { excerpt: '949-945-0927' });
    expect(found?.range.toString()).toBe('949-945-0927');
  });

  it('takes the occurrence nearest the engine offset when the words appear twice', () => {
    const p = el('<p>Call 555 now. Or later call 555 again.</p>');
    const context = 'Call 555 now. Or later call 555 again.';
    const second = context.lastIndexOf('555');
    const found = findTextRange(p, { excerpt: '555', context, range: { block: 0, start: second, end: second + 3 } });
    expect(found?.index).toBe(second);
    expect(found?.range.startOffset).toBe(second);
  });

  it('matches despite curly quotes and different white space in the page', () => {
    const p = el('<p>We are the   “best clinic”\n in town</p>');
    expect(findTextRange(p, { excerpt: '"best clinic" in town' })?.range.toString()).toBe('“best clinic”\n in town');
  });

  it('a clipped excerpt covers the whole span the engine reported', () => {
    const words = 'schedule a consultation with our team today';
    const p = el(`<p>Please ${words} and more.</p>`);
    const found = findTextRange(p, { excerpt: 'schedule a consultation…', context: `Please ${words} and more.`.replace('more', 'more'.repeat(1)), range: { block: 0, start: 7, end: 7 + words.length } });
    expect(found?.range.toString()).toBe(words);
  });

  it('null when the words are not in the element (the overlay outlines the element instead)', () => {
    const p = el('<p>Nothing here.</p>');
    expect(findTextRange(p, { excerpt: 'something else' })).toBeNull();
    expect(findTextRange(p, { excerpt: '' })).toBeNull();
  });

  it('ignores text inside elements the caller skips (our own overlay)', () => {
    const p = el('<p>alpha <clinic-lint-highlight>beta</clinic-lint-highlight> gamma</p>');
    expect(findTextRange(p, { excerpt: 'beta' }, (e) => e.localName === 'clinic-lint-highlight')).toBeNull();
    expect(collectText(p, (e) => e.localName === 'clinic-lint-highlight').text).toBe('alpha gamma');
  });
});
