/**
 * What a reader's question is about, as a small set of terms, so that the
 * many ways of typing one question meet: the search's own folding, stemming
 * and stopwords (`Refunds?` and `refund` meet), a typo corrected to a word of
 * the site's vocabulary the way the search corrects it (`refnud`), and the
 * site's synonym groups (`money back`, `退款` and `refund` all become `~refund`),
 * which are also what joins English and Chinese.
 */

import { REDACTED } from '../events/redact.ts';
import { findSynonyms, type CompiledSynonyms } from '../search/synonyms.ts';
import { isStopword, tokenize, type Token } from '../search/tokenize.ts';
import type { Vocabulary } from '../search/vocabulary.ts';

/**
 * Chinese words that make a sentence a question or a request rather than say
 * what it is about. Cut out before the characters are paired, so that
 * `礼品卡怎么用` and `礼品卡能退吗` both come down to `礼品卡` and its pairs.
 */
const CHINESE_FUNCTION_WORDS = [
  '为什么', '有没有', '怎么用', '用不了', '怎么办', '怎么样', '是不是', '可不可以',
  '怎么', '怎样', '如何', '什么', '可以', '能否', '是否', '请问', '一下', '我的', '我想', '想要', '需要', '哪里', '哪些',
  '多少', '多久', '为何', '应该', '没有', '还能', '我要', '你们', '我们', '能不能', '一个',
  // Single characters only where they are almost never part of a word: `能` is in `太阳能`, `会` in `会员`.
  '吗', '呢', '吧', '了', '的', '我', '你', '啊', '呀',
].sort((a, b) => b.length - a.length);
const REDACTION_MARKERS = new RegExp(Object.values(REDACTED).map((marker) => marker.replace(/[[\]]/g, '\\$&')).join('|'), 'g');
const FUNCTION_WORD_PATTERN = new RegExp(CHINESE_FUNCTION_WORDS.join('|'), 'gu');

/** Words shorter than this are not corrected: too many short words are one edit from each other. */
const TYPO_MIN_LENGTH = 4;
/** Distinct questions remembered with their terms; most exports repeat the same questions many times. */
const CACHE_LIMIT = 50_000;

/** A question without its redaction markers and Chinese question words, for searching what it is about. */
export function topicText(query: string): string {
  return query.replace(REDACTION_MARKERS, ' ').replace(FUNCTION_WORD_PATTERN, ' ').replace(/\s+/g, ' ').trim();
}

export interface QueryTermsOptions {
  /** The vocabulary of each language's search index, to correct typos against. */
  vocabularies: ReadonlyMap<string, Vocabulary>;
  synonyms: CompiledSynonyms;
  defaultLang: string;
}

/** A question's terms, sorted, and the key questions with the same terms share. */
export interface QuestionTerms {
  terms: readonly string[];
  key: string;
}

export type QueryTerms = (query: string, lang: string) => QuestionTerms;

export function createQueryTerms(options: QueryTermsOptions): QueryTerms {
  const caches = new Map<string, Map<string, QuestionTerms>>();
  const groupNames = options.synonyms.map((group) => `~${group[0]!.terms.join(' ')}`);
  return (query, lang) => {
    let cache = caches.get(lang);
    if (!cache) caches.set(lang, (cache = new Map()));
    const cached = cache.get(query);
    if (cached) return cached;
    const terms = computeTerms(query, lang, options, groupNames);
    // A question of question words only is grouped by its own words.
    const result = { terms, key: terms.length ? terms.join(' ') : `"${query.trim().toLowerCase()}"` };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(query, result);
    return result;
  };
}

function computeTerms(query: string, lang: string, options: QueryTermsOptions, groupNames: readonly string[]): string[] {
  // Redaction markers say something was there, not what the question is about.
  const text = topicText(query);
  const vocabularies = [options.vocabularies.get(lang), options.vocabularies.get(options.defaultLang)].filter((vocabulary): vocabulary is Vocabulary => vocabulary !== undefined);
  const words = wordsOf(tokenize(text, { keepStopwords: true })).map((token) => ({ ...token, term: corrected(token, vocabularies) }));
  const terms = words.map((token) => token.term);
  const replaced = new Map<number, string>();
  const covered = new Set<number>();
  for (const [groupIndex, group] of options.synonyms.entries()) {
    for (const match of findSynonyms(terms, [group])) {
      replaced.set(match.at, groupNames[groupIndex]!);
      for (let i = match.at; i < match.at + match.length; i++) covered.add(i);
    }
  }
  const result = new Set<string>();
  words.forEach((token, i) => {
    const group = replaced.get(i);
    if (group) result.add(group);
    else if (!covered.has(i) && !isStopword(token)) result.add(token.term);
  });
  return [...result].sort();
}

/** A hyphenated word stands for its parts (`wi-fi` is `wifi`, as the search also reads it). */
function wordsOf(tokens: Token[]): Token[] {
  const chains = tokens.filter((token) => token.parts);
  return tokens.filter((token) => token.parts || !chains.some((chain) => token.start >= chain.start && token.end <= chain.end));
}

function corrected(token: Token, vocabularies: readonly Vocabulary[]): string {
  if (token.unspaced || token.word.length < TYPO_MIN_LENGTH || isStopword(token)) return token.term;
  if (vocabularies.some((vocabulary) => vocabulary.has(token.term))) return token.term;
  for (const vocabulary of vocabularies) {
    const [nearest] = vocabulary.near(token.word, token.term, 1, 1);
    if (nearest) return nearest.term;
  }
  return token.term;
}
