/**
 * Folding that makes what customers type comparable with what editors wrote:
 * full-width forms become ASCII (`Ｒｅｆｕｎｄ` → `refund`), case and accents go
 * (`Café` → `cafe`, `إرجاع` → `ارجاع`), apostrophes inside words go
 * (`customer's` → `customers`).
 */

import { COMMON_HAN, LONG_VOWEL_MARK, UNSPACED } from '../cjk.ts';

/**
 * Letters NFD does not decompose into a base letter and an accent, and the
 * Arabic ones written either way (teh marbuta as heh, alef maksura as yeh;
 * tatweel only stretches a word).
 */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ة: 'ه', ى: 'ي', ـ: '',
};

// Accents on Latin letters, and the vowel signs and hamza of Arabic and the points of Hebrew, which
// readers seldom type. Japanese voicing marks change the word, so they stay.
const ACCENT = /([\p{Script=Latin}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
const APOSTROPHE = /['’ʼ]/g;
const SPECIAL_LETTER = /[ßæœøđðþłıةىـ]/g;

const PLAIN = /^[a-z0-9]*$/;
const PLAIN_IGNORING_CASE = /^[A-Za-z0-9]*$/;
const ONE_COMMON_HAN = new RegExp(`^[${COMMON_HAN}]$`, 'u');

/** Folds one run of letters and digits; the result has no upper case, no accents and no apostrophes. */
export function foldWord(word: string): string {
  // Most words are plain ASCII or one common Han character: nothing to fold but case.
  if (PLAIN.test(word) || ONE_COMMON_HAN.test(word)) return word;
  if (PLAIN_IGNORING_CASE.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(ACCENT, '$1')
    .normalize('NFC')
    .replace(SPECIAL_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(APOSTROPHE, '');
}

/** A run of text that forms words: Latin-like letters and digits, or CJK characters. */
export interface TextRun {
  text: string;
  /** Offset of the run in the original string. */
  start: number;
  /** True for CJK runs, which hold no spaces between their words. */
  unspaced: boolean;
}

/*
 * A run is either CJK characters, or letters, digits and marks of any other
 * script, with apostrophes allowed between letters. Full-width Latin letters
 * and digits are letters and digits too, so `ｒｅｆｕｎｄ` is one run; full-width
 * punctuation (`，。？！`) is neither and separates runs like a space.
 */
const RUN = new RegExp(`([${UNSPACED}${LONG_VOWEL_MARK}]+)|((?:(?![${UNSPACED}])[\\p{L}\\p{N}\\p{M}]|['’ʼ](?=[\\p{L}\\p{N}]))+)`, 'gu');

/** Splits text into word runs, keeping their offsets so matches can be highlighted in the original. */
export function findRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const value = match[0];
    // A leading apostrophe is a quotation mark, not part of the word.
    const trimmed = value.replace(/^['’ʼ]+/, '');
    if (!trimmed) continue;
    runs.push({ text: trimmed, start: (match.index ?? 0) + value.length - trimmed.length, unspaced: match[1] !== undefined });
  }
  return runs;
}
