import { termsOf } from './tokenize.ts';

/** A synonym group with each word or phrase as the terms the index stores. */
export type CompiledSynonyms = string[][][];

/** Tokenizes each group once per index; phrases that fold to nothing are dropped. */
export function compileSynonyms(groups: readonly (readonly string[])[]): CompiledSynonyms {
  return groups
    .map((group) => group.map((phrase) => termsOf(phrase)).filter((terms) => terms.length > 0))
    .filter((group) => group.length > 1);
}

export interface SynonymMatch {
  /** Where in the query's terms the phrase was found. */
  at: number;
  length: number;
  /** The other phrases of its group, as terms. */
  alternatives: string[][];
}

/**
 * Every place the query says one phrase of a group (`money back`), with the
 * group's other phrases (`refund`, `退款`) as alternatives. CJK phrases are
 * found inside unspaced text because both sides are bigram sequences.
 */
export function findSynonyms(queryTerms: readonly string[], synonyms: CompiledSynonyms): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  for (const group of synonyms) {
    for (const phrase of group) {
      for (let at = 0; at + phrase.length <= queryTerms.length; at++) {
        if (phrase.every((term, i) => queryTerms[at + i] === term)) {
          matches.push({ at, length: phrase.length, alternatives: group.filter((other) => other !== phrase) });
        }
      }
    }
  }
  return matches;
}
