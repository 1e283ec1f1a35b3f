import { describe, expect, it } from 'vitest';
import { snippetSource } from '../../../src/core/search/build-display.ts';

describe('the snippet kept for a search result', () => {
  it('counts Chinese, Japanese and Korean characters as two columns, and Latin ones as one', () => {
    expect(snippetSource('一二三四五六七八九十', 10)).toBe('一二三四五…');
    expect(snippetSource('あいうえおかきくけこ', 10)).toBe('あいうえお…');
    expect(snippetSource('가나다라마바사아자차', 10)).toBe('가나다라마…');
    expect(snippetSource('abcdefghijklmnopqrst', 10)).toBe('abcdefghij…');
  });

  it('keeps a text that fits whole', () => {
    expect(snippetSource('退货 ok', 7)).toBe('退货 ok');
  });
});
