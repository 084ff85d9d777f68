// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createKeyHandler, moveFocus } from '@/entrypoints/popup/keyboard';

describe('moveFocus', () => {
  const heads = [1, 2, 3].map((i) => Object.assign(document.createElement('button'), { id: `h${i}` }));
  it('moves down, up, home and end, stopping at the ends', () => {
    expect(moveFocus(heads, heads[0]!, 'ArrowDown')?.id).toBe('h2');
    expect(moveFocus(heads, heads[2]!, 'ArrowDown')?.id).toBe('h3');
    expect(moveFocus(heads, heads[1]!, 'ArrowUp')?.id).toBe('h1');
    expect(moveFocus(heads, heads[0]!, 'ArrowUp')?.id).toBe('h1');
    expect(moveFocus(heads, heads[1]!, 'Home')?.id).toBe('h1');
    expect(moveFocus(heads, heads[0]!, 'End')?.id).toBe('h3');
    expect(moveFocus(heads, heads[0]!, 'x')).toBeNull();
    expect(moveFocus([], null, 'ArrowDown')).toBeNull();
  });
});

describe('createKeyHandler', () => {
  function setup(cleared: boolean) {
    document.body.innerHTML = `
      <input id="cl-search" type="search">
      <ul><li><button class="cl-finding__head" id="a"></button></li><li><button class="cl-finding__head" id="b"></button></li></ul>`;
    const clearPage = vi.fn(() => cleared);
    const handler = createKeyHandler(clearPage);
    const press = (key: string) => {
      const e = new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true });
      handler(e);
      return e;
    };
    return { clearPage, press };
  }

  it('"/" jumps to the search field, arrows move between findings', () => {
    const { press } = setup(false);
    document.getElementById('a')!.focus();
    expect(press('/').defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('cl-search');
    document.getElementById('a')!.focus();
    press('ArrowDown');
    expect(document.activeElement?.id).toBe('b');
  });

  it('Escape: clears the search text first, then the page; lets the popup close when there is nothing to clear', () => {
    const { press, clearPage } = setup(true);
    const search = document.getElementById('cl-search') as HTMLInputElement;
    search.value = 'phone';
    search.focus();
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(search.value).toBe('');
    expect(clearPage).not.toHaveBeenCalled();
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(clearPage).toHaveBeenCalledTimes(1);
    const nothing = setup(false);
    expect(nothing.press('Escape').defaultPrevented).toBe(false);
  });
});
