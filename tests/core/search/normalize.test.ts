import { describe, expect, it } from 'vitest';
import { findRuns } from '../../../src/core/search/normalize.ts';

describe('word runs', () => {
  it('keep Chinese and Japanese together as unspaced runs, long-vowel marks included, and Korean and Latin as words', () => {
    const text = 'コーヒーを注文 and Ｒｅｆｕｎｄ，退货 한국어';
    expect(findRuns(text).map(({ text: run, unspaced }) => [run, unspaced])).toEqual([
      ['コーヒーを注文', true],
      ['and', false],
      ['Ｒｅｆｕｎｄ', false],
      ['退货', true],
      ['한국어', false],
    ]);
  });

  it('split where an unspaced script meets another, and keep each run’s place in the text', () => {
    const text = 'Lumen灯泡';
    expect(findRuns(text)).toEqual([
      { text: 'Lumen', start: 0, unspaced: false },
      { text: '灯泡', start: 5, unspaced: true },
    ]);
  });
});
