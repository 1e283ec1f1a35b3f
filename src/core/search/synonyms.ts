import { STOPWORDS } from './stem.ts';
import { tokenize } from './tokenize.ts';

/** One word or phrase of a synonym group. */
export interface SynonymPhrase {
  /** Every term, stopwords included, to recognize the phrase in a query (`where is my order`). */
  match: string[];
  /** The terms the index holds (`order`), to find documents with it. */
  terms: string[];
}

/** Synonym groups, tokenized once per index. */
export type CompiledSynonyms = SynonymPhrase[][];

export function compileSynonyms(groups: readonly (readonly string[])[]): CompiledSynonyms {
  return groups
    .map((group) =>
      group
        .map((phrase): SynonymPhrase => {
          const tokens = tokenize(phrase, { keepStopwords: true }).filter((token) => !token.parts);
          return {
            match: tokens.map((token) => token.term),
            terms: tokens.filter((token) => token.unspaced || !STOPWORDS.has(token.word)).map((token) => token.term),
          };
        })
        .filter((phrase) => phrase.match.length > 0),
    )
    .filter((group) => group.length > 1);
}

export interface SynonymMatch {
  /** Where in the query's terms the phrase was found. */
  at: number;
  length: number;
  /** The other phrases of its group, as the terms to look for. */
  alternatives: string[][];
}

/**
 * Every place the query says one phrase of a group (`money back`), with the
 * group's other phrases (`refund`, `退款`) as alternatives. A phrase must be
 * there whole, stopwords included, so `where is my order` does not fire on
 * every `order`. CJK phrases are found inside unspaced text because both
 * sides are bigram sequences.
 */
export function findSynonyms(queryTerms: readonly string[], synonyms: CompiledSynonyms): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  for (const group of synonyms) {
    for (const phrase of group) {
      for (let at = 0; at + phrase.match.length <= queryTerms.length; at++) {
        if (!phrase.match.every((term, i) => queryTerms[at + i] === term)) continue;
        const alternatives = group.filter((other) => other !== phrase && other.terms.length > 0).map((other) => other.terms);
        matches.push({ at, length: phrase.match.length, alternatives });
      }
    }
  }
  return matches;
}
