import { bigramWeight, wordSpans, type WordSpan } from './cjk-words.ts';
import * as RANKING from './ranking.ts';
import { STOPWORDS, stemWord } from './stem.ts';
import { withinOneEdit } from '../edit-distance.ts';
import { findSynonyms, type CompiledSynonyms } from './synonyms.ts';
import { isStopword, tokenize, type Token } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';
import { initialismAlternatives, joinedWordAlternatives, numberAlternatives, runTogetherAlternatives, wordFormAlternatives } from './word-variants.ts';
import { pinyinPairTerms, pinyinSyllables } from './pinyin.ts';
import { otherNumbers } from './chinese-numbers.ts';

/**
 * The pairs of characters that make a Chinese sentence a question or a request
 * ("how", "what", "can I", "please") rather than say what it is about: they
 * still count, but far less than the words of the topic. Those written
 * differently in traditional characters follow, as Taiwan writes them.
 */
const CJK_FUNCTION_BIGRAMS: ReadonlySet<string> = new Set(
  '怎么 么办 怎样 如何 什么 为什 么样 可以 能否 是否 请问 一下 我的 我想 想要 需要 哪里 哪些 多少 多久 为何 应该 要怎 有没 没有 还能 怎麼 麼辦 什麼 甚麼 為什 麼樣 請問 哪裡 為何 應該 有沒 沒有 還能'.split(' '),
);

/**
 * The English words that make a sentence a request ("is there a way", "I
 * want to", "is it possible", "can anyone", "how do I make it…") rather
 * than say what it is about. Customers' questions are full of them and FAQ
 * questions are not, so at full weight they favour whichever entry happens
 * to say `possible`.
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  'want need way possible able please anyone someone wonder make'.split(' ').map(stemWord),
);

/** One way to satisfy a clause: all of `terms` in a document. */
export interface Alternative {
  terms: string[];
  weight: number;
  /**
   * Evidence that counts only for a document something else of the query
   * found: a single character shared with a topic the index does not cover
   * is no reason to show an entry.
   */
  supporting?: boolean;
  /**
   * Another word of the query's synonym group, not a form of what was typed:
   * it counts as no rarer than the word typed, so a rare synonym does not
   * outweigh it (`wireless` for `wifi`).
   */
  synonym?: boolean;
}

/** Something the query asks for; a document scores the best of its alternatives. */
export interface Clause {
  alternatives: Alternative[];
  /** How much the clause counts next to the others. */
  weight: number;
  /** The query token it came from, when it came from one (not for synonyms). */
  token?: Token;
}

export interface AnalyzedQuery {
  clauses: Clause[];
  /** Every term a matching document may hold, for fetching shards and highlighting. */
  terms: Set<string>;
  /** The terms of the words as typed, without their alternatives: what the query names. */
  said: Set<string>;
}

interface AnalyzeOptions {
  /** Expand the last word as a prefix when the query does not end in a space. */
  prefix: boolean;
}

type Searched = { vocabulary: Vocabulary; synonyms: CompiledSynonyms; pinyinSyllables?: ReadonlySet<string> | undefined };

/**
 * Turns what the customer typed into clauses for one index: each word with
 * its prefix completions, other forms and typo corrections from that index's
 * vocabulary, each CJK bigram and character, and each synonym group the
 * query mentions; and, for a Chinese number that counts something
 * (`第四季`, `三年级`), the clauses of the query with it written the other
 * way (`第4季`), which the index may hold instead.
 */
export function analyzeQuery(query: string, index: Searched, options: AnalyzeOptions): AnalyzedQuery {
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (clause: Clause) => {
    const key = clause.alternatives.map((alternative) => alternative.terms.join('+')).sort().join('|');
    if (clause.alternatives.length && !seen.has(key)) {
      seen.add(key);
      clauses.push(clause);
    }
  };
  const said = new Set<string>();
  for (const written of new Set([query, otherNumbers(query)])) for (const term of addClauses(written, index, options, add)) said.add(term);

  const terms = new Set<string>();
  for (const clause of clauses) for (const alternative of clause.alternatives) for (const term of alternative.terms) terms.add(term);
  return { clauses, terms, said };
}

/** Adds the clauses of one way of writing the query; returns the terms of its words as typed. */
function addClauses(query: string, index: Searched, options: AnalyzeOptions, add: (clause: Clause) => void): string[] {
  const tokens = tokenize(query, { keepStopwords: true });
  const last = tokens.filter((token) => !token.parts).pop();
  const unfinished = options.prefix && last !== undefined && !last.unspaced && last.end === query.length ? last : undefined;
  // `wi-fi` is asked for once, as `wi fi` or `wifi`, unless its last part is still being typed.
  const chains = tokens.filter((token) => token.parts && !(unfinished && unfinished.end === token.end));
  const inChain = (token: Token) => !token.parts && chains.some((chain) => token.start >= chain.start && token.end <= chain.end);

  const words = tokens.some((token) => token.unspaced) ? wordSpans(query) : [];
  const joined = joinedWordAlternatives(
    query,
    tokens.filter((token) => !token.unspaced && !token.parts && !inChain(token)),
    index.vocabulary,
  );
  const asWord = (token: Token) => wordClause(token, token === unfinished, index.vocabulary, joined.get(token) ?? []);
  const plain = tokens.filter((token) => !token.parts);
  const queryTerms = plain.map((token) => token.term);
  const groups = synonymGroups(plain, findSynonyms(queryTerms, index.synonyms), asWord);
  const inGroup = (token: Token) => groups.covered.has(token);

  for (const token of tokens) {
    if (token.unspaced) add({ alternatives: cjkAlternatives(token), weight: cjkWeight(token, words), token });
    else if (token.parts) {
      if (chains.includes(token) && !plain.some((part) => inGroup(part) && part.start >= token.start && part.end <= token.end)) add(chainClause(token, index.vocabulary));
    } else if (inChain(token) || inGroup(token)) continue;
    else if (!isStopword(token) || token === unfinished) add(asWord(token));
  }
  if (index.pinyinSyllables) for (const clause of pinyinClauses(tokens, index.vocabulary, index.pinyinSyllables)) add(clause);
  for (const clause of groups.clauses) add(clause);
  return queryTerms;
}

/**
 * One clause per synonym group the query names, however often and in
 * whichever of its words (`how much does it cost`): a group is one word. The
 * words typed count fully, with their completions and other forms, and the
 * group's other words count `synonymWeight`; so an entry that says the word
 * and its synonym too is not counted twice for it. Those typed words have no
 * clause of their own (`covered`). A Chinese phrase keeps its pairs of
 * characters as clauses, which find the parts of a longer word
 * (`净化器` of `空气净化器`), and its group then adds only the other words.
 */
function synonymGroups(
  plain: readonly Token[],
  matches: ReturnType<typeof findSynonyms>,
  asWord: (token: Token) => Clause,
): { clauses: Clause[]; covered: Set<Token> } {
  const groups = new Map<number, Alternative[]>();
  const covered = new Set<Token>();
  for (const match of matches) {
    const alternatives = groups.get(match.group) ?? [];
    groups.set(match.group, alternatives);
    const typed = plain.slice(match.at, match.at + match.length);
    if (!typed.some((token) => token.unspaced)) {
      for (const token of typed) covered.add(token);
      const [word, ...more] = typed.filter((token) => !isStopword(token));
      if (word) alternatives.push(...(more.length ? [{ terms: match.terms, weight: 1 }] : asWord(word).alternatives));
    }
    for (const terms of match.alternatives) alternatives.push({ terms, weight: RANKING.synonymWeight, synonym: true });
  }
  return { clauses: [...groups.values()].map((alternatives) => ({ alternatives, weight: 1 })), covered };
}

/**
 * A bigram, or failing it either of its characters on its own: `诗意` finds
 * a question that names `诗` alone. As alternatives of one clause, the
 * characters count only where the bigram is missing, so an entry holding
 * the bigram is not counted twice for it; and only in an entry the rest of
 * the query found, so a topic the site does not cover still finds nothing.
 */
function cjkAlternatives(token: Token): Alternative[] {
  const characters = [...token.term];
  if (characters.length < 2) return [{ terms: [token.term], weight: 1 }];
  return [{ terms: [token.term], weight: 1 }, ...characters.map((character) => ({ terms: [character], weight: RANKING.cjkCharacterWeight, supporting: true }))];
}

function cjkWeight(token: Token, words: readonly WordSpan[]): number {
  const asked = CJK_FUNCTION_BIGRAMS.has(token.term) ? RANKING.requestWordWeight : 1;
  return token.end - token.start === 2 ? asked * bigramWeight(token.start, token.end, words, RANKING.cjkCrossWordWeight) : asked;
}

/**
 * Words the index does not know, read as pinyin (`meituxiuxiu`, `meitu
 * xiuxiu`): a clause for each two syllables in a row, as a Chinese query has
 * one for each two characters in a row.
 */
function pinyinClauses(tokens: readonly Token[], vocabulary: Vocabulary, mandarin: ReadonlySet<string>): Clause[] {
  const clauses: Clause[] = [];
  let syllables: string[] = [];
  const endRun = () => {
    for (const term of pinyinPairTerms(syllables)) clauses.push({ alternatives: [{ terms: [term], weight: 1 }], weight: RANKING.pinyinWeight });
    syllables = [];
  };
  for (const token of tokens) {
    if (token.unspaced || token.parts || vocabulary.has(token.term)) endRun();
    else {
      const read = pinyinSyllables(token.word, mandarin);
      if (read) syllables.push(...read);
      else endRun();
    }
  }
  endRun();
  return clauses;
}

function chainClause(token: Token, vocabulary: Vocabulary): Clause {
  const alternatives: Alternative[] = [];
  if (token.parts?.length) alternatives.push({ terms: token.parts, weight: 1 });
  if (vocabulary.has(token.term)) alternatives.push({ terms: [token.term], weight: 1 });
  return { alternatives, weight: token.parts?.length || 1, token };
}

function wordClause(token: Token, unfinished: boolean, vocabulary: Vocabulary, joined: readonly Alternative[]): Clause {
  const alternatives: Alternative[] = [];
  const known = vocabulary.has(token.term);
  // `threre` is `there` mistyped, not a word to correct into `three`: a query's word is not its topic.
  if (!known && !unfinished && slippedStopword(token.word)) return { alternatives, weight: 0, token };
  // A stopword is only here as the start of a longer word (`the` → `thermostat`).
  if (known && !isStopword(token)) alternatives.push({ terms: [token.term], weight: 1 });
  if (unfinished) {
    for (const entry of vocabulary.withPrefix(token.word, RANKING.prefixExpansions)) {
      if (entry.term !== token.term) alternatives.push({ terms: [entry.term], weight: RANKING.prefixWeight });
    }
  }
  if (!known && token.word.length >= RANKING.typoMinLength) {
    const typos = vocabulary.near(token.word, token.term.length >= RANKING.typoMinLength ? token.term : token.word, 1, RANKING.typoExpansions);
    for (const entry of typos) alternatives.push({ terms: [entry.term], weight: RANKING.typoWeight });
    // A typo in a word still being typed: `wiyho` on the way to `without`.
    if (unfinished && !alternatives.length) {
      for (const entry of vocabulary.withNearPrefix(token.word, RANKING.typoExpansions)) {
        alternatives.push({ terms: [entry.term], weight: RANKING.prefixWeight * RANKING.typoWeight });
      }
    }
  }
  for (const form of wordFormAlternatives(token.word, token.term, vocabulary)) {
    if (!alternatives.some((alternative) => alternative.terms[0] === form.terms[0])) alternatives.push(form);
  }
  if (!known && !alternatives.length) alternatives.push(...runTogetherAlternatives(token.word, vocabulary));
  alternatives.push(...joined, ...numberAlternatives(token.word, vocabulary));
  alternatives.push(...initialismAlternatives(token.word, token.term, vocabulary, unfinished ? RANKING.prefixWeight : RANKING.synonymWeight));
  return { alternatives, weight: REQUEST_WORDS.has(token.term) ? RANKING.requestWordWeight : 1, token };
}

/** Stopwords long enough that one slip away from them is not another short word (`there`, `which`, `would`). */
const LONG_STOPWORDS = [...STOPWORDS].filter((word) => word.length >= RANKING.typoMinLength - 1);

/** A word one slip away from a stopword (`threre`, `whcih`), for a word the index does not know. */
function slippedStopword(word: string): boolean {
  return word.length >= RANKING.typoMinLength && LONG_STOPWORDS.some((stopword) => withinOneEdit(word, stopword));
}
