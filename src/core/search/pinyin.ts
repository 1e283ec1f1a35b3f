/**
 * Pinyin without tones, as people type it when their input method is off
 * or they do not know the characters: `meituxiuxiu` for 美图秀秀. A Chinese
 * index holds, beside each character pair of its questions and keywords, the
 * pair's pinyin (`mei'tu`); a query's unknown Latin words that read as
 * pinyin, run together or apart (`meitu xiuxiu`), ask for those pairs. The
 * pinyin of the site's text is worked out when the site is built
 * (`build-pinyin.ts`), which also gives a Chinese index the syllables of
 * Mandarin; here is only what the browser needs to read a typed word with
 * them.
 *
 * Pure and browser-safe.
 */

const LONGEST_SYLLABLE = 6;

/** A word longer than this is not read as pinyin: the reading costs its length times six. */
const MAX_PINYIN_LENGTH = 64;

/** The index term of two syllables in a row: the apostrophe keeps it apart from every word the tokenizer makes, which folds apostrophes away. */
export function pinyinPairTerm(first: string, second: string): string {
  return `${first}'${second}`;
}

export function isPinyinPairTerm(term: string): boolean {
  return term.includes("'");
}

/**
 * A folded Latin word read as pinyin syllables, the fewest that make it
 * (`xian` is one syllable, not `xi` `an`), or undefined when it is not
 * pinyin throughout.
 */
export function pinyinSyllables(word: string, syllables: ReadonlySet<string>): string[] | undefined {
  if (!word || word.length > MAX_PINYIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  // fewest[i]: the fewest syllables that make the first i letters.
  const fewest: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
      const before = fewest[start];
      const syllable = word.slice(start, end);
      if (!before || !syllables.has(syllable)) continue;
      const current = fewest[end];
      if (!current || before.length + 1 < current.length) fewest[end] = [...before, syllable];
    }
  }
  return fewest[word.length];
}

/** The pair terms of syllables typed in a row (`mei` `tu` `xiu` → `mei'tu`, `tu'xiu`). */
export function pinyinPairTerms(syllables: readonly string[]): string[] {
  return syllables.slice(1).map((syllable, i) => pinyinPairTerm(syllables[i] ?? '', syllable));
}
