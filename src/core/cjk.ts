/**
 * The Chinese, Japanese and Korean character classes the build, the editors'
 * checks and the browser's search share. Each is the inside of a regular
 * expression's `[...]` (with the `u` flag), so a caller can negate it or add
 * characters of its own; `charClass()` makes the plain one-character test.
 * Pure and browser-safe: search runs this in the reader's browser too.
 */

/**
 * The CJK Unified Ideographs block, the everyday Han characters: NFKC, case
 * and accent folding leave them unchanged, and YAML reads them unquoted.
 * Rarer Han characters (extension blocks, compatibility ideographs) are not in it.
 */
export const COMMON_HAN = '\\u4e00-\\u9fff';

/** Every Han character: Chinese hanzi, Japanese kanji, Korean hanja. */
export const HAN = '\\p{Script=Han}';

/**
 * Scripts written without spaces between words (Chinese, Japanese), which
 * search splits into character pairs. Korean separates its words with
 * spaces, so Hangul is not among them.
 */
export const UNSPACED = `${HAN}\\p{Script=Hiragana}\\p{Script=Katakana}`;

/**
 * The long-vowel mark of Japanese (`コーヒー`): Unicode counts it in no script
 * of its own, yet it belongs inside an unspaced word.
 */
export const LONG_VOWEL_MARK = 'ー';

/**
 * Characters that take two columns on screen and carry about as much as two
 * Latin letters: Han, kana and Hangul. Snippet widths and reading lengths
 * count them double.
 */
export const WIDE = `${UNSPACED}\\p{Script=Hangul}`;

/** A regular expression for one character of `chars`; `flags` are added to the `u` flag the classes need. */
export function charClass(chars: string, flags = ''): RegExp {
  return new RegExp(`[${chars}]`, `u${flags}`);
}
