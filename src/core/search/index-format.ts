import { SEARCH_FORMAT_VERSION } from './settings.ts';
import { AUDIENCES, type Audience } from '../audiences.ts';

/**
 * The files of one exported index, relative to its folder:
 *
 * ```
 * index.json           what every query reads, in one file:
 *   manifest           version, counts, where each term shard starts, categories, synonyms
 *   docs               per document: audience, priority, field lengths (for filters and ranking)
 *   vocabulary         the words of the index, for prefixes, typos and "did you mean"
 * terms/<n>.json       postings of the terms whose key falls in shard n's range
 * display/<n>.json     question, url, snippet text and products of documents n·size … (n+1)·size-1
 * ```
 *
 * A first query reads index.json, the term shards of its words and the
 * display shards of the hits it shows; nothing else.
 */

export const INDEX_PATH = 'index.json';
export const termShardPath = (shard: number) => `terms/${shard}.json`;
export const displayShardPath = (shard: number) => `display/${shard}.json`;

/** Documents are numbered by home category, so a category and everything below it is one range. */
export interface ManifestCategory {
  path: string;
  title: string;
  /** First document number in this category. */
  first: number;
  /** One past the last. */
  end: number;
}

export interface SearchManifest {
  formatVersion: number;
  lang: string;
  /** `members` for an index of members-only documents. */
  scope: 'public' | 'members';
  docCount: number;
  /** Field names in shard order and their average length in terms, for length normalization. */
  fields: { name: string; resolution: number; averageLength: number }[];
  /** Each term shard's first key (`termShardKey`), ascending; the first is empty. */
  termShardStarts: string[];
  /** Documents per display shard. */
  displayShardSize: number;
  /** The URL of most documents, with `{id}` for the id; their display records leave the URL empty. */
  urlPattern: string;
  categories: ManifestCategory[];
  /** Site-wide synonym groups as the editors wrote them. */
  synonyms: string[][];
  /**
   * A Chinese index's: the syllables of Mandarin, space-separated, to read
   * what a customer types in pinyin; its questions' and keywords' character
   * pairs are also posted as pinyin (`pinyin.ts`). Absent from other indexes.
   */
  pinyin?: string;
}

export interface DocsFile {
  /** One digit per document: bit 0 prospect, bit 1 new, bit 2 loyal. */
  audience: string;
  /** Every document's priority, or its level where `priorityLevels` says so, encoded with `encodeNumbers`. */
  priority: string;
  /** Present when the index holds too many distinct priorities to keep them exactly, and keeps their levels (`priority-levels.ts`). */
  priorityLevels?: true;
  /** Per field (shard order), every document's length in terms, encoded with `encodeCounts` at the field's `lengthSteps`; empty for fields whose length is not kept. */
  lengths: string[];
}

export interface VocabFile {
  /** Spaced-script words of the index, sorted, with `encodeSortedWords`; the most common spelling of each stem. */
  words: string;
  /** How many documents hold each word's stem, to within a few percent (`encodeCounts`): it orders a word's completions and corrections. */
  documentFrequency: string;
}

export interface TermShardFile {
  /**
   * Per term, its postings in each field (shard order), encoded with
   * `encodeSlots`: one slot, or in a field that counts repeats the documents
   * saying it once, twice… (`FieldSettings.repeats`).
   */
  terms: Record<string, string[]>;
  /** Per term of the shard said in passing in the answers, its topicality in hundredths (`topicality.ts`); other terms are topical, and a shard with none leaves it out. */
  topicality?: Record<string, number>;
  /**
   * A Chinese index's: per character of the shard's range that the site never
   * writes, the characters it writes in its place in the other script (`設` →
   * `设` on a simplified site), the most used first; and per pair of
   * characters those would misread, the pair the site writes (`头发` →
   * `頭髮`). See `build-script-variants.ts`.
   */
  variants?: Record<string, string>;
  /**
   * Per term of the shard that product names hold, with `encodeNumbers`:
   * 1 if it can name a product, else 0, then each product holding it (by
   * number, as display records give it) and how many words its name has.
   * See `build-product-names.ts`; a shard with none leaves it out.
   */
  products?: Record<string, string>;
}

/**
 * `[id, url (empty when the manifest's `urlPattern` gives it), question, snippet source, products]`;
 * products are numbers, as term shards give them (`TermShardFile.products`), and left out when the document names none.
 */
export type DisplayRecord = [id: string, url: string, question: string, snippetSource: string, products?: number[]];

export interface DisplayShardFile {
  docs: DisplayRecord[];
}

/** Stands for the document's id in the manifest's `urlPattern`. */
export const URL_ID = '{id}';

export function urlFromPattern(pattern: string, id: string): string {
  return pattern.replace(URL_ID, id);
}

/** One bit per audience, in AUDIENCES order: the order is part of the index format, so a new audience is appended, never inserted. */
export const AUDIENCE_BITS: Readonly<Record<Audience, number>> = Object.fromEntries(AUDIENCES.map((audience, index) => [audience, 1 << index])) as Record<Audience, number>;

export interface IndexFile {
  manifest: SearchManifest;
  docs: DocsFile;
  vocabulary: VocabFile;
}

/**
 * Reads `index.json`, refusing one written for another version of the index
 * format: a browser may hold a search engine from an earlier build while the
 * site serves a newer index.
 */
export function parseIndexFile(json: string): IndexFile {
  const file = JSON.parse(json) as Partial<IndexFile>;
  const manifest: Partial<SearchManifest> = file.manifest ?? {};
  if (manifest.formatVersion !== SEARCH_FORMAT_VERSION) {
    throw new Error(
      `The search index has format version ${String(manifest.formatVersion)} but this site's search reads version ${SEARCH_FORMAT_VERSION}; rebuild the site so the index and the search code come from the same build.`,
    );
  }
  // The fields are part of the format: a change to them changes the version (tests/core/search/index-files.test.ts holds them to it).
  return file as IndexFile;
}
