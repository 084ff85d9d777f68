// Marks in the page are numbered in reading order (issue 13): document order, then where the words start.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { inReadingOrder } from '../../../entrypoints/content/reading-order';

describe('inReadingOrder', () => {
  const { document } = new JSDOM('<main><h1 id="a">Title</h1><p id="b">Call us at 949-945-0927 or book online.</p><footer id="c">© 2019</footer></main>').window;
  const el = (id: string) => document.getElementById(id)!;
  const words = (id: string, from: number, to: number) => {
    const r = document.createRange();
    r.setStart(el(id).firstChild!, from);
    r.setEnd(el(id).firstChild!, to);
    return r;
  };

  it('sorts by document position, then by where the words start; the element before its words', () => {
    const items = [
      { name: 'footer', el: el('c'), range: null },
      { name: 'book online', el: el('b'), range: words('b', 27, 38) },
      { name: 'title', el: el('a'), range: null },
      { name: 'number', el: el('b'), range: words('b', 11, 23) },
      { name: 'paragraph', el: el('b'), range: null },
    ];
    expect(inReadingOrder(items).map((x) => x.name)).toEqual(['title', 'paragraph', 'number', 'book online', 'footer']);
  });

  it('keeps the given order for elements of different documents (frames) and for ties', () => {
    const other = new JSDOM('<p id="x">framed</p>').window.document.getElementById('x')!;
    const items = [
      { name: 'framed', el: other, range: null },
      { name: 'title', el: el('a'), range: null },
      { name: 'title again', el: el('a'), range: null },
    ];
    expect(inReadingOrder(items).map((x) => x.name)).toEqual(['framed', 'title', 'title again']);
  });
});
