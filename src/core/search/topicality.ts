import type { Token } from './tokenize.ts';

/**
 * How much a word is what answers are about, rather than how people write
 * (residual IDF, Church & Gale 1995). A word an answer is about tends to come
 * back within that answer (`delete`, `backup`, `trello`); a word said in
 * passing (`particular`, `possible`, `directly`) turns up once here and once
 * there, as often as chance would scatter it. Rarity alone cannot tell them
 * apart: both kinds can be rare. Residual IDF is the rarity a word has beyond
 * what a Poisson scatter of its occurrences would give it: about 0 for a word
 * said in passing, 1 or more for a topic word.
 *
 * It is learned from the site's own answers, so it needs answers that are
 * long enough for a word to come back, and a word seen in a few of them at
 * least. A site whose entries are questions alone learns nothing and
 * searches as before.
 */
export interface TopicalitySettings {
  /** An index with fewer answers than this learns nothing: in a small site, chance decides how words spread. */
  minIndexAnswers: number;
  /** A word found in fewer answers than this says too little about how it spreads. */
  minAnswers: number;
  /** Words this topical or more are not written out: the ranking never counts them down. */
  writtenBelow: number;
  /** Values are written in hundredths, in steps of this many (the ranking needs no more). */
  stepHundredths: number;
}

/**
 * Residual IDF of the spaced-script terms of answers, counted one answer at
 * a time (its tokens in order, repeats included), so a large site's build
 * never holds every answer's tokens at once. `topicality` gives the terms
 * found in at least `minAnswers` answers, over `documents` documents in all;
 * nothing when fewer than `minIndexAnswers` documents have an answer.
 */
export class TopicalityCounter {
  #answers = 0;
  readonly #occurrences = new Map<string, number>();
  readonly #answersWith = new Map<string, number>();

  add(tokens: readonly Token[]): void {
    if (tokens.length > 0) this.#answers++;
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.unspaced) continue;
      this.#occurrences.set(token.term, (this.#occurrences.get(token.term) ?? 0) + 1);
      if (!seen.has(token.term)) {
        seen.add(token.term);
        this.#answersWith.set(token.term, (this.#answersWith.get(token.term) ?? 0) + 1);
      }
    }
  }

  topicality(documents: number, { minIndexAnswers, minAnswers }: Pick<TopicalitySettings, 'minIndexAnswers' | 'minAnswers'>): Map<string, number> {
    const topicality = new Map<string, number>();
    if (this.#answers < minIndexAnswers) return topicality;
    for (const [term, df] of this.#answersWith) {
      if (df < minAnswers) continue;
      const observedIdf = -Math.log2(df / documents);
      // The share of documents a Poisson scatter of the word's occurrences would reach.
      const expectedIdf = -Math.log2(1 - Math.exp(-(this.#occurrences.get(term) ?? df) / documents));
      topicality.set(term, observedIdf - expectedIdf);
    }
    return topicality;
  }
}

/** The values worth writing into the index, in whole hundredths: topic words are left out. */
export function writtenTopicality(topicality: ReadonlyMap<string, number>, settings: TopicalitySettings): Map<string, number> {
  const written = new Map<string, number>();
  const step = settings.stepHundredths;
  for (const [term, value] of topicality) {
    if (value < settings.writtenBelow) written.set(term, Math.max(0, Math.round((value * 100) / step) * step));
  }
  return written;
}
