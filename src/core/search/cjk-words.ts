/**
 * Chinese word boundaries from the dictionary of ICU's word segmenter, which
 * Chromium, Firefox, Safari and Node all carry: the browser downloads nothing
 * for it. Where `Intl.Segmenter` is missing, there are no boundaries and
 * every bigram counts alike, as before.
 */

export interface WordSpan {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** The words of a text, as offsets into it. */
export function wordSpans(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const segment of wordSegmenter()?.segment(text) ?? []) {
    if (segment.isWordLike) words.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  return words;
}

/**
 * How much a character bigram at `[start, end)` says about what the text is
 * about, given its words. A bigram inside a word of n characters is one of
 * its n − 1 bigrams, so a long word counts about as much as a short one
 * (`天气预报` is not three times `新余`). A bigram that straddles two words of
 * two or more characters (`余天` in `新余天气`) is mostly noise and counts
 * `crossWeight`. Between single characters, where the dictionary knew no
 * word (names, places), the bigram is the best guess at one and counts fully.
 */
export function bigramWeight(start: number, end: number, words: readonly WordSpan[], crossWeight: number): number {
  const inside = words.find((word) => start >= word.start && end <= word.end);
  if (inside) return 1 / Math.max(1, inside.end - inside.start - 1);
  const left = words.find((word) => start >= word.start && start < word.end);
  const right = words.find((word) => end > word.start && end <= word.end);
  if (!left || !right) return 1;
  return left.end - left.start === 1 && right.end - right.start === 1 ? 1 : crossWeight;
}
