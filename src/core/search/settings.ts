import type { TokenizeOptions } from './tokenize.ts';
import { UNSPACED } from '../cjk.ts';
import { isPinyinPairTerm } from './pinyin.ts';
import type { TopicalitySettings } from './topicality.ts';

/**
 * Everything the index builder and the browser must agree on. The manifest
 * carries this version: a site built by another version is refused, not
 * misread. Bump it whenever a setting below, the tokenizer or a file's
 * layout changes.
 */
export const SEARCH_FORMAT_VERSION = 20;

export interface FieldSettings {
  name: 'question' | 'keywords' | 'text';
  /**
   * FlexSearch's scoring slots: where in the field a term first appears.
   * One slot everywhere: ranking is ours (BM25F in score.ts), and split
   * posting lists compress half as well.
   */
  resolution: number;
  /**
   * In a Chinese index, the field's postings are split by how many times a
   * document says the term: the first list once, the next twice, up to this
   * many times or more. A page title that names its subject again
   * (`爱聊聊天室-聊天交友`) is more about it; English questions seldom repeat
   * a word. Counted per wording (the question, each `also:`), the most of any.
   */
  repeats?: number;
  tokenize: TokenizeOptions;
  /** Index only this many of a document's terms in the field, the rarest first (see `build-postings.ts`). */
  maxTerms?: number;
  /**
   * Export each document's length in this field, for length normalization,
   * to within this many steps each time the length doubles (`encodeCounts`);
   * none for keywords, a list whose count means little.
   */
  lengthSteps?: number;
  /** In a Chinese index, also post each character pair's pinyin (`mei'tu`, see `pinyin.ts`): the names a customer would type. */
  pinyin: boolean;
}

/** The fields of an entry, in the order their postings appear in a term shard. */
export const SEARCH_FIELDS: readonly FieldSettings[] = [
  // Single CJK characters only in the short fields: a one-character query
  // should find questions, and indexing every character of every answer
  // would double the size of a Chinese index.
  // An answer's length dilutes it less than a question's (`ranking.ts`), so half the precision serves: a first
  // query on the generated corpus reads 0.8 kB less, and no development set moves.
  { name: 'question', resolution: 1, tokenize: { unigrams: true }, lengthSteps: 4, pinyin: true, repeats: 3 },
  { name: 'keywords', resolution: 1, tokenize: { unigrams: true }, pinyin: true },
  { name: 'text', resolution: 1, tokenize: {}, maxTerms: 64, lengthSteps: 2, pinyin: false },
];

/** Which words' topicality the index carries (see `topicality.ts`). */
export const TOPICALITY: TopicalitySettings = { minIndexAnswers: 300, minAnswers: 5, writtenBelow: 1, stepHundredths: 5 };

/** Shards and display data are sized for a few kilobytes each once gzipped. */
export const SHARDING = {
  /** Raw bytes of encoded postings aimed at per term shard. */
  termShardBytes: 1_500,
  /** Raw bytes of display records aimed at per display shard. */
  displayShardBytes: 4_000,
  /** Width of the answer kept for the snippet, from its start (a CJK character is two columns). */
  snippetSourceWidth: 120,
} as const;

const STARTS_UNSPACED = new RegExp(`^[${UNSPACED}]`, 'u');

/**
 * What places a term in a shard. Shards hold sorted ranges of keys, so terms
 * that share a key or its start sit together: a CJK term is keyed by its
 * first character, so a query's characters travel with its bigrams (`退` and
 * `退货`); pinyin pairs (`mei'tu`) in a range of their own; any other term by
 * itself, so a word's completions and forms (`rout`, `route`, `router`,
 * `routing`) are mostly one file.
 */
export function termShardKey(term: string): string {
  if (STARTS_UNSPACED.test(term)) return String.fromCodePoint(term.codePointAt(0) ?? 0);
  // After every ASCII word: mixed in with them, pinyin would spread a product name's completions over more files.
  return isPinyinPairTerm(term) ? `~${term}` : term;
}

/**
 * The shard holding a term, given each shard's first key (the manifest's
 * `termShardStarts`, ascending, the first one empty): the last shard that
 * starts at or before the term's key. Keys compare by UTF-16 code unit, the
 * same in Node and in every browser.
 */
export function termShard(term: string, shardStarts: readonly string[]): number {
  const key = termShardKey(term);
  let low = 0;
  let high = shardStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((shardStarts[middle] ?? '') <= key) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

/** `zh`, `zh-CN`, `zh-Hant-TW`…: Chinese of any region or script, whose readers may type pinyin. */
export function isChineseLanguage(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'zh';
}
