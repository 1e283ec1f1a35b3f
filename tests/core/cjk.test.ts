import { describe, expect, it } from 'vitest';
import { charClass, COMMON_HAN, HAN, LONG_VOWEL_MARK, UNSPACED, WIDE } from '../../src/core/cjk.ts';

const CLASSES = { COMMON_HAN, HAN, UNSPACED, LONG_VOWEL_MARK, WIDE };

/** The names of the classes a character belongs to. */
const classesOf = (char: string) =>
  Object.entries(CLASSES)
    .filter(([, chars]) => charClass(chars).test(char))
    .map(([name]) => name);

describe('the CJK character classes', () => {
  it.each([
    ['a common Han character', '中', ['COMMON_HAN', 'HAN', 'UNSPACED', 'WIDE']],
    ['a rare Han character (extension A)', '㐀', ['HAN', 'UNSPACED', 'WIDE']],
    ['a Han character beyond the BMP (extension B)', '𠀀', ['HAN', 'UNSPACED', 'WIDE']],
    ['hiragana', 'あ', ['UNSPACED', 'WIDE']],
    ['katakana', 'ア', ['UNSPACED', 'WIDE']],
    ['the long-vowel mark', 'ー', ['LONG_VOWEL_MARK']],
    ['Hangul, written with spaces', '한', ['WIDE']],
    ['a full-width comma', '，', []],
    ['an ideographic full stop', '。', []],
    ['a full-width Latin letter', 'Ｒ', []],
    ['a Latin letter', 'e', []],
    ['an accented Latin letter', 'é', []],
    ['a digit', '7', []],
  ])('place %s (%s) in %j', (_name, char, expected) => {
    expect(classesOf(char)).toEqual(expected);
  });

  it('combine with flags and with characters of the caller', () => {
    expect('退货 within 30 天，한국'.match(charClass(WIDE, 'g'))).toEqual(['退', '货', '天', '한', '국']);
    expect('コーヒー'.replace(new RegExp(`[${UNSPACED}${LONG_VOWEL_MARK}]+`, 'u'), '*')).toBe('*');
    expect('订单 order 状态'.replace(new RegExp(`[^${HAN}]+`, 'gu'), ' ')).toBe('订单 状态');
  });
});
