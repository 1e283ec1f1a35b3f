import { STOPWORDS } from './stem.ts';
import { tokenize } from './tokenize.ts';

/** One word or phrase of a synonym group. */
interface SynonymPhrase {
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

interface SynonymMatch {
  /** Which group of the list matched. */
  group: number;
  /** Where in the query's terms the phrase was found. */
  at: number;
  length: number;
  /** The phrase found, as the terms the index holds (`money back`: `money` `back`). */
  terms: string[];
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
  for (const [g, group] of synonyms.entries()) {
    for (const phrase of group) {
      for (let at = 0; at + phrase.match.length <= queryTerms.length; at++) {
        if (!phrase.match.every((term, i) => queryTerms[at + i] === term)) continue;
        const alternatives = group.filter((other) => other !== phrase && other.terms.length > 0).map((other) => other.terms);
        matches.push({ group: g, at, length: phrase.match.length, terms: phrase.terms, alternatives });
      }
    }
  }
  return matches;
}

/**
 * The synonym groups a public index may carry: only the words and phrases
 * that occur in its own (public) documents, and only groups left with two or
 * more of them. A group's other words could be members-only search terms
 * (`coupon`, `voucher` written only in members-only answers); the members-only
 * index carries the full groups. Depends on the public documents alone, so
 * the public files stay the same whatever the members-only entries say.
 */
export function synonymsFoundIn(groups: readonly (readonly string[])[], texts: readonly string[]): string[][] {
  // A build asks once per language with the same site-wide texts; reading them all is the expensive part.
  const byGroups = foundCache.get(texts) ?? new WeakMap<readonly (readonly string[])[], string[][]>();
  foundCache.set(texts, byGroups);
  let found = byGroups.get(groups);
  if (!found) byGroups.set(groups, (found = groupsFoundIn(groups, texts)));
  return found.map((group) => [...group]);
}

const foundCache = new WeakMap<readonly string[], WeakMap<readonly (readonly string[])[], string[][]>>();

function groupsFoundIn(groups: readonly (readonly string[])[], texts: readonly string[]): string[][] {
  // A phrase occurs when its terms do, in order, stopwords kept, within one text.
  const termsOf = (text: string) => tokenize(text, { keepStopwords: true }).filter((token) => !token.parts).map((token) => token.term);
  const keyOf = (terms: readonly string[]) => terms.join('\u0001');
  const phraseKeys = groups.map((group) => group.map((phrase) => keyOf(termsOf(phrase))));
  // The phrases not found yet, by their first term: each text's terms are looked up once, not searched for every phrase.
  const byFirstTerm = new Map<string, { terms: string[]; key: string }[]>();
  for (const key of new Set(phraseKeys.flat())) {
    const terms = key.split('\u0001');
    const [first] = terms;
    if (key && first !== undefined) byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), { terms, key }]);
  }
  let waiting = [...byFirstTerm.values()].reduce((sum, phrases) => sum + phrases.length, 0);
  const found = new Set<string>();
  // Every phrase found: the rest of the site's text cannot change the answer.
  for (let t = 0; t < texts.length && waiting > 0; t++) {
    const sequence = termsOf(texts[t] ?? '');
    sequence.forEach((term, at) => {
      const phrases = byFirstTerm.get(term);
      const here = phrases?.filter((phrase) => phrase.terms.every((each, i) => sequence[at + i] === each));
      if (!phrases || !here?.length) return;
      for (const phrase of here) found.add(phrase.key);
      waiting -= here.length;
      const left = phrases.filter((phrase) => !found.has(phrase.key));
      if (left.length) byFirstTerm.set(term, left);
      else byFirstTerm.delete(term);
    });
  }
  return groups.map((group, g) => group.filter((_, p) => found.has(phraseKeys[g]?.[p] ?? ''))).filter((group) => group.length > 1);
}
