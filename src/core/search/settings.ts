import type { TokenizeOptions } from './tokenize.ts';
import { UNSPACED } from '../cjk.ts';

/**
 * Everything the index builder and the browser must agree on. The manifest
 * carries this version: a site built by another version is refused, not
 * misread. Bump it whenever a setting below, the tokenizer or a file's
 * layout changes.
 */
export const SEARCH_FORMAT_VERSION = 3;

export interface FieldSettings {
  name: 'question' | 'keywords' | 'text';
  /**
   * FlexSearch's scoring slots: where in the field a term first appears.
   * One slot everywhere: ranking is ours (BM25F in score.ts), and split
   * posting lists compress half as well.
   */
  resolution: number;
  tokenize: TokenizeOptions;
  /** Index only this many of a document's terms in the field, the rarest first (see `build-postings.ts`). */
  maxTerms?: number;
  /** Export each document's length in this field, for length normalization. Keywords are a list: their count means little. */
  lengths: boolean;
}

/** The fields of an entry, in the order their postings appear in a term shard. */
export const SEARCH_FIELDS: readonly FieldSettings[] = [
  // Single CJK characters only in the short fields: a one-character query
  // should find questions, and indexing every character of every answer
  // would double the size of a Chinese index.
  { name: 'question', resolution: 1, tokenize: { unigrams: true }, lengths: true },
  { name: 'keywords', resolution: 1, tokenize: { unigrams: true }, lengths: false },
  { name: 'text', resolution: 1, tokenize: {}, maxTerms: 64, lengths: true },
];

/** Shards and display data are sized for a few kilobytes each once gzipped. */
export const SHARDING = {
  /** Raw bytes of encoded postings aimed at per term shard. */
  termShardBytes: 2_000,
  /** Raw bytes of display records aimed at per display shard. */
  displayShardBytes: 16_000,
  /** Width of the answer kept for the snippet, from its start (a CJK character is two columns). */
  snippetSourceWidth: 120,
} as const;

const STARTS_UNSPACED = new RegExp(`^[${UNSPACED}]`, 'u');

/**
 * FNV-1a over UTF-16 code units: the same shard for a term in Node and in
 * every browser. A CJK term is placed by its first character only, so a
 * query's characters travel with its bigrams: `退` and `退货` share a shard,
 * and asking for every character of a query costs no extra download.
 */
export function termShard(term: string, shardCount: number): number {
  const key = STARTS_UNSPACED.test(term) ? String.fromCodePoint(term.codePointAt(0) ?? 0) : term;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}
