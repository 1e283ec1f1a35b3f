/**
 * How matches are weighed. Query-time only (changing these needs no rebuild);
 * tuned on the real-query development set, checked against the ranking tests.
 */
export const RANKING = {
  /**
   * Per field (shard order: question, keywords, text): how much a match
   * counts, and how much a longer field dilutes it (BM25F's b).
   */
  fieldWeight: [6, 3, 1] as readonly number[],
  lengthNormalization: [0.4, 0, 0.3] as readonly number[],
  /** Saturation of the combined field evidence for one term (BM25's k1). */
  saturation: 3,
  /** Alternatives to what was typed count less than the word itself. */
  synonymWeight: 0.9,
  prefixWeight: 0.7,
  typoWeight: 0.75,
  /** How many vocabulary words an unfinished word or a typo may stand for. */
  prefixExpansions: 12,
  typoExpansions: 4,
  /** Words shorter than this are not corrected: too many short words are one edit apart. */
  typoMinLength: 5,
  /** Chinese question and request words (怎么, 如何, 可以…) next to the words of the topic. */
  cjkFunctionWeight: 0.25,
} as const;
