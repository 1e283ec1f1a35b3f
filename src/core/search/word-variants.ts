import * as RANKING from './ranking.ts';
import type { Alternative } from './analyze-query.ts';
import { STOPWORDS, stemWord } from './stem.ts';
import type { Token } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Other forms of a typed word that the index holds: `deletion` finds
 * `delete`, `archiving` finds `archive`. The stemmer only strips plurals and
 * -ed/-ing; words sharing all but their last few letters catch the rest,
 * counting less than the word itself. Only the most frequent few, as each
 * one may need another shard of the index.
 */
export function wordFormAlternatives(word: string, term: string, vocabulary: Vocabulary): Alternative[] {
  if (word.length < RANKING.wordFormMinLength) return [];
  const stem = word.slice(0, Math.max(RANKING.wordFormMinStem, word.length - RANKING.wordFormEnding));
  return vocabulary
    // As typed: the stem of `offs` (from `offset`) is `off`, which would find `office`.
    .withPrefix(stem, RANKING.wordFormExpansions, true)
    .filter((entry) => entry.term !== term)
    .map((entry) => ({ terms: [entry.term], weight: RANKING.wordFormWeight }));
}

/**
 * For a word the index does not know at all: it may be several words written
 * without spaces (`unsaturatedresin`), or sit inside a longer run-together
 * word of the index (`omron` in `welcometoomronhongkong`). Both are common in
 * Chinese text, where Latin words often lose their spaces. Failing both, the
 * longest known words inside it stand for it, in proportion to how much of
 * it they cover; failing those, the words sharing its longest run of letters
 * (`electricscooter` and `getscooters` share `scooter`).
 */
export function runTogetherAlternatives(word: string, vocabulary: Vocabulary): Alternative[] {
  // Splitting costs the square of the length and more: a pasted run of letters is left alone.
  if (word.length < RANKING.runTogetherMinLength || word.length > RANKING.runTogetherMaxLength) return [];
  const alternatives: Alternative[] = [];
  const pieces = vocabulary.split(word, RANKING.runTogetherMinPiece);
  if (pieces) alternatives.push({ terms: pieces.map((entry) => entry.term), weight: RANKING.runTogetherWeight });
  for (const entry of vocabulary.containing(word, RANKING.typoExpansions)) {
    alternatives.push({ terms: [entry.term], weight: RANKING.runTogetherWeight });
  }
  if (alternatives.length) return alternatives;
  const inside = vocabulary.piecesOf(word, RANKING.runTogetherMinCovering);
  if (inside.length) return inside.map((entry) => ({ terms: [entry.term], weight: (RANKING.runTogetherWeight * entry.word.length) / word.length }));
  return vocabulary
    .sharingLongest(word, RANKING.runTogetherMinShared, RANKING.typoExpansions)
    .map(({ entry, shared }) => ({ terms: [entry.term], weight: (RANKING.runTogetherWeight * shared) / word.length }));
}

/** The short words that end a phrasal verb written as one word: `setup`, `login`, `checkout`, `dropdown`. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'over', 'in', 'on']);

/**
 * Two words the customer wrote apart that the index holds as one: `back up`
 * finds `backup`, `spread sheet` finds `spreadsheet`, `log in` finds `login`.
 * The joined word is an alternative for each of the two words, as `wifi` is
 * for `wi-fi`, so an entry that says `backup` counts as much as one that says
 * `back` and `up`. A pair starting with a stopword is left apart (`for the`
 * is not `forth`, `for me` not `form`), and so is one ending in one, but for
 * the particles above.
 *
 * `words` are the query's Latin words in order; the result maps a word to
 * the joined words it is part of.
 */
export function joinedWordAlternatives(query: string, words: readonly Token[], vocabulary: Vocabulary): Map<Token, Alternative[]> {
  const joined = new Map<Token, Alternative[]>();
  words.forEach((first, position) => {
    const second = words[position + 1];
    if (!second || !/^\s+$/u.test(query.slice(first.end, second.start))) return;
    if (STOPWORDS.has(first.word) || (STOPWORDS.has(second.word) && !PARTICLES.has(second.word))) return;
    const term = stemWord(first.word + second.word);
    if (STOPWORDS.has(first.word + second.word) || !vocabulary.has(term)) return;
    for (const word of [first, second]) joined.set(word, [...(joined.get(word) ?? []), { terms: [term], weight: 1 }]);
  });
  return joined;
}

/**
 * Numbers in words and in digits, both ways: a customer writes `twenty
 * mails` where the answer says `20 results`, or `2 accounts` where it says
 * `two`. `one` is left out: it is more often a pronoun (`the one I sent`).
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
      .split(' ')
      .map((word, position) => [word, position + 2] as const),
    ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, position) => [word, 20 + 10 * position] as const),
    ['hundred', 100] as const,
    ['thousand', 1000] as const,
  ].flatMap(([word, number]) => [
    [word, String(number)],
    [String(number), word],
  ]),
);

/** The same number written the other way (`twenty` ↔ `20`), where the index holds it. */
export function numberAlternatives(word: string, vocabulary: Vocabulary): Alternative[] {
  const other = NUMBER_WORDS.get(word);
  const term = other === undefined ? undefined : stemWord(other);
  return term !== undefined && vocabulary.has(term) ? [{ terms: [term], weight: 1 }] : [];
}

const VOWELS = /[aeiou]/;

/**
 * A two-letter initialism (`fb`, `pw`, `ms`) stands for the index's most
 * frequent word made of two words with those initials (`facebook`: `face`
 * `book`; `password`; `microsoft`). Where the index holds the initialism
 * itself, the longer word must be far more common for it to count: `kb`
 * beside `keyboard` may be kilobytes. It counts as `weight`: as a synonym
 * once the word is typed, as a completion while it may still grow.
 */
export function initialismAlternatives(word: string, term: string, vocabulary: Vocabulary, weight: number): Alternative[] {
  if (!/^[a-z]{2}$/.test(word) || VOWELS.test(word) || STOPWORDS.has(word)) return [];
  const own = vocabulary.get(term)?.documentFrequency ?? 0;
  const known = (piece: string) => STOPWORDS.has(piece) || vocabulary.has(stemWord(piece));
  for (const entry of vocabulary.withPrefix(word.charAt(0), Number.MAX_SAFE_INTEGER, true)) {
    if (entry.documentFrequency < own * RANKING.initialismOwnRatio) break;
    const candidate = entry.word;
    for (let cut = RANKING.initialismMinPiece; cut <= candidate.length - RANKING.initialismMinPiece; cut++) {
      if (candidate.charAt(cut) === word.charAt(1) && known(candidate.slice(0, cut)) && known(candidate.slice(cut))) {
        return [{ terms: [entry.term], weight }];
      }
    }
  }
  return [];
}
