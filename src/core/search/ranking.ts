/**
 * How matches are weighed. Query-time only (changing these needs no rebuild);
 * tuned on the real-query development set, checked against the ranking tests.
 *
 * Import as a namespace (`import * as RANKING`): each weight is its own
 * constant, which the browser bundle shrinks to a short name.
 */

/**
 * Per field (shard order: question, keywords, text): how much a match
 * counts, and how much a longer field dilutes it (BM25F's b).
 */
export const fieldWeight: readonly number[] = [6, 3, 1];
export const lengthNormalization: readonly number[] = [0.4, 0, 0.3];
/**
 * A Chinese index's: its questions are diluted more. Each character of a
 * Chinese question is a term, and so is each pair, so a long page title
 * holds the odd pair and character of many queries it is not about.
 */
export const chineseLengthNormalization: readonly number[] = [0.6, 0, 0.3];
/**
 * A word the answers say in passing (`particular`, `possible`: topicality
 * 0, see `topicality.ts`) counts this much; its weight rises with its
 * topicality, to 1 for a topicality of `1 - passingWordWeight` and above.
 */
export const passingWordWeight = 0.7;
/**
 * A term a Chinese question says again counts (times said) to this power:
 * 1.15 twice, 1.25 three times or more (`FieldSettings.repeats`).
 */
export const repetitionPower = 0.2;
/** Saturation of the combined field evidence for one term (BM25's k1). */
export const saturation = 3;
/** Alternatives to what was typed count less than the word itself. */
export const synonymWeight = 0.9;
export const prefixWeight = 0.7;
export const typoWeight = 0.75;
/** How many vocabulary words an unfinished word or a typo may stand for. */
export const prefixExpansions = 12;
export const typoExpansions = 4;
/** Words shorter than this are not corrected: too many short words are one edit apart. */
export const typoMinLength = 5;
/**
 * An initialism (`fb`) is read as a word of the index made of two words with
 * its initials (`facebook`), each of `initialismMinPiece` letters or more,
 * counting as a synonym once typed and as a completion while it is typed;
 * where the index holds the initialism too, only if that word is in
 * `initialismOwnRatio` times as many entries.
 */
export const initialismMinPiece = 3;
export const initialismOwnRatio = 10;
/**
 * Other forms of a word of at least `wordFormMinLength` letters: the
 * index's words that share all of it but its last `wordFormEnding` letters
 * (and at least `wordFormMinStem`), the `wordFormExpansions` most frequent.
 */
export const wordFormWeight = 0.6;
export const wordFormMinLength = 5;
export const wordFormEnding = 3;
export const wordFormMinStem = 4;
export const wordFormExpansions = 4;
/**
 * An unknown word (of 4 to 64 letters) run together from others: split into known words of
 * `runTogetherMinPiece` letters or more, found inside a longer word, or
 * else stood for by the known words of `runTogetherMinCovering` letters
 * inside it, or else by the words sharing its longest run of letters, of
 * `runTogetherMinShared` at least; in proportion to how much of it they cover.
 */
export const runTogetherWeight = 0.5;
export const runTogetherMinLength = 4;
export const runTogetherMaxLength = 64;
export const runTogetherMinPiece = 4;
export const runTogetherMinCovering = 5;
export const runTogetherMinShared = 6;
/**
 * Question and request words next to the words of the topic: Chinese
 * (怎么, 如何, 可以…) and English (`want`, `way`, `possible`…).
 */
export const requestWordWeight = 0.25;
/** Two syllables in a row of a word typed in pinyin (`mei'tu` of `meituxiuxiu`), as the characters they may stand for. */
export const pinyinWeight = 0.9;
/** A character of a query's bigram, in an entry that has it but not the bigram. */
export const cjkCharacterWeight = 0.3;
/** A bigram across two Chinese words of two or more characters (see `bigramWeight`). */
export const cjkCrossWordWeight = 0.3;
/**
 * An entry about products the query does not name, where it names one
 * (`tempo` for the Tempo Thermostat, not the Tempo Plus), counts this much of
 * its score among the results shown (`product-names.ts`).
 */
export const unaskedProductWeight = 0.8;
