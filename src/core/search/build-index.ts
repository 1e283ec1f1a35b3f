import { encodeCounts, encodeNumbers, encodeSlots, encodeSortedWords } from './codec.ts';
import { buildFieldPostings, type FieldPostings } from './build-postings.ts';
import { commonUrlPattern, displayFiles, displayRecord, displayShardSize } from './build-display.ts';
import { productNames, productTerms } from './build-product-names.ts';
import { keepsLevels, priorityLevel } from './priority-levels.ts';
import { isChineseLanguage, SEARCH_FIELDS, SEARCH_FORMAT_VERSION, SHARDING, termShardKey } from './settings.ts';
import {
  AUDIENCE_BITS, INDEX_PATH, termShardPath,
  type DocsFile, type IndexFile, type ManifestCategory, type SearchManifest, type TermShardFile, type VocabFile,
} from './index-format.ts';
import { synonymsFoundIn } from './synonyms.ts';
import { searchTextsOf } from './document-text.ts';
import { MANDARIN_SYLLABLES } from './build-pinyin.ts';
import { scriptVariants } from './build-script-variants.ts';
import type { SearchDocument, SearchIndexFile } from './types.ts';

export interface BuildSearchIndexOptions {
  lang: string;
  /** Site-wide synonym groups (`synonyms.yaml`). */
  synonyms?: readonly (readonly string[])[];
  /**
   * `public` (default) leaves out every document marked `members`, whatever
   * the caller passed; `members` indexes exactly the documents given.
   */
  scope?: 'public' | 'members';
  /**
   * A public index publishes only the synonyms that occur in public text
   * (`synonymsFoundIn`): the texts of every public entry of the site, in
   * every language, so groups that cross languages keep working (see
   * `publicSearchTexts`). Defaults to the indexed documents' own text.
   */
  synonymTexts?: readonly string[];
}

/**
 * Builds the static search index of one language and returns its files,
 * ready to be written (or encrypted) under one folder. Runs anywhere: no
 * file system, no network.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], options: BuildSearchIndexOptions): SearchIndexFile[] {
  const scope = options.scope ?? 'public';
  const docs = orderDocuments(documents.filter((doc) => scope === 'members' || !doc.members));
  checkDocuments(docs, options.lang);

  const chinese = isChineseLanguage(options.lang);
  const postings = buildFieldPostings(docs, { pinyin: chinese, repeats: chinese });
  const urlPattern = commonUrlPattern(docs);
  const products = productNames(docs);
  const productNumbers = new Map(products.map((name, number) => [name, number]));
  const records = docs.map((doc) => displayRecord(doc, urlPattern, productNumbers));
  const shardSize = displayShardSize(records);
  const terms = termShardFiles(postings, chinese ? scriptVariants(postings.documentFrequency) : new Map(), productTerms(products));

  const manifest: SearchManifest = {
    formatVersion: SEARCH_FORMAT_VERSION,
    lang: options.lang,
    scope,
    docCount: docs.length,
    fields: SEARCH_FIELDS.map((field, i) => ({
      name: field.name,
      resolution: field.resolution,
      averageLength: average(postings.lengths[i] ?? []),
    })),
    termShardStarts: terms.starts,
    displayShardSize: shardSize,
    urlPattern,
    categories: categoryRanges(docs),
    synonyms: scope === 'members' ? (options.synonyms ?? []).map((group) => [...group]) : synonymsFoundIn(options.synonyms ?? [], options.synonymTexts ?? docs.flatMap(searchTextsOf)),
    ...(chinese ? { pinyin: MANDARIN_SYLLABLES } : {}),
  };
  const priorities = docs.map((doc) => doc.priority);
  const levels = keepsLevels(priorities);
  const docsFile: DocsFile = {
    audience: docs.map(audienceBits).join(''),
    priority: encodeNumbers(levels ? priorities.map(priorityLevel) : priorities),
    ...(levels ? { priorityLevels: true as const } : {}),
    lengths: postings.lengths.map((lengths, f) => {
      const steps = SEARCH_FIELDS[f]?.lengthSteps;
      return steps ? encodeCounts(lengths, steps) : '';
    }),
  };

  return [
    // Words before numbers: gzip, which compresses each block with one code, does better on them apart.
    { path: INDEX_PATH, contents: JSON.stringify({ vocabulary: vocabulary(postings), manifest, docs: docsFile } satisfies IndexFile) },
    ...terms.files,
    ...displayFiles(records, shardSize),
  ];
}

/**
 * Documents are numbered by home category, so that filtering by a category
 * is a range check; within a category by answer, so that similar answers sit
 * next to each other: their posting lists then have small gaps and their
 * display records compress together (about a fifth smaller than by priority).
 */
function orderDocuments(docs: readonly SearchDocument[]): SearchDocument[] {
  // Each path split once, not once per comparison.
  const segments = new Map(docs.map((doc) => [doc.category, doc.category.split('/')]));
  const path = (doc: SearchDocument) => segments.get(doc.category) ?? [];
  return [...docs].sort(
    (a, b) => compareCategoryPaths(path(a), path(b)) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Segment by segment, so `orders/returns` stays next to `orders` and `orders-b` does not fall between them. */
function compareCategoryPaths(left: readonly string[], right: readonly string[]): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    if (l !== r) return l < r ? -1 : 1;
  }
  return left.length - right.length;
}

function checkDocuments(docs: readonly SearchDocument[], lang: string): void {
  const ids = new Set<string>();
  for (const doc of docs) {
    if (doc.lang !== lang) throw new Error(`Search document ${doc.id} is in ${doc.lang}, but this index is for ${lang}: build one index per language.`);
    if (ids.has(doc.id)) throw new Error(`Two search documents share the id ${doc.id}; ids must be unique within a language.`);
    ids.add(doc.id);
  }
}

function categoryRanges(docs: readonly SearchDocument[]): ManifestCategory[] {
  const ranges: ManifestCategory[] = [];
  docs.forEach((doc, i) => {
    const last = ranges[ranges.length - 1];
    if (last && last.path === doc.category) last.end = i + 1;
    else ranges.push({ path: doc.category, title: doc.categoryTitle, first: i, end: i + 1 });
  });
  return ranges;
}

/** The terms of one shard key, or of one shard. */
interface TermGroup {
  terms: Record<string, string[]>;
  /** Characters and pairs of the other script of Chinese, as the site writes them (`build-script-variants.ts`). */
  variants: Record<string, string>;
  /** What the product names say of its terms (`build-product-names.ts`). */
  products: Record<string, string>;
  /** About the JSON's length, topicality included, for cutting shards to size. */
  bytes: number;
}

/**
 * Terms in sorted ranges of their shard key (`termShardKey`), cut before a
 * shard would pass the target size but never inside one key's terms. Each
 * shard's start is the shortest beginning of its first key that sorts after
 * the previous shard's last key: enough for `termShard` to tell them apart.
 */
function termShardFiles(
  postings: FieldPostings,
  variants: ReadonlyMap<string, string>,
  products: ReadonlyMap<string, string>,
): { starts: string[]; files: SearchIndexFile[] } {
  const byKey = new Map<string, TermGroup>();
  const groupOf = (key: string): TermGroup => {
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { terms: {}, variants: {}, products: {}, bytes: 0 }));
    return group;
  };
  for (const term of postings.documentFrequency.keys()) {
    const perField = postings.fields.map((field) => {
      const slots = field.get(term);
      return slots ? encodeSlots(slots) : '';
    });
    while (perField.length && !perField[perField.length - 1]) perField.pop();
    const group = groupOf(termShardKey(term));
    group.terms[term] = perField;
    group.bytes += term.length + perField.reduce((sum, text) => sum + text.length + 3, 6);
    if (postings.topicality.has(term)) group.bytes += term.length + 6;
  }
  // A character or pair travels with the terms it starts, so a query that holds it fetches how the site writes it along with them.
  for (const [spelling, written] of variants) {
    const group = groupOf(termShardKey(spelling));
    group.variants[spelling] = written;
    group.bytes += spelling.length + written.length + 6;
  }
  // A product name's word travels with its postings: a query that says it reads which products it names.
  for (const [term, encoded] of products) {
    const group = groupOf(termShardKey(term));
    group.products[term] = encoded;
    group.bytes += term.length + encoded.length + 6;
  }
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: (TermGroup & { start: string })[] = [];
  let previousKey = '';
  for (const key of keys) {
    const group = byKey.get(key);
    if (!group) continue;
    let shard = shards[shards.length - 1];
    if (!shard || (shard.bytes > 0 && shard.bytes + group.bytes > SHARDING.termShardBytes)) {
      shard = { terms: {}, variants: {}, products: {}, start: shards.length ? shortestStartAfter(previousKey, key) : '', bytes: 0 };
      shards.push(shard);
    }
    // Terms in sorted order within a shard, whatever order the postings came in.
    for (const term of Object.keys(group.terms).sort()) shard.terms[term] = group.terms[term] ?? [];
    Object.assign(shard.variants, group.variants);
    Object.assign(shard.products, group.products);
    shard.bytes += group.bytes;
    previousKey = key;
  }
  if (!shards.length) shards.push({ terms: {}, variants: {}, products: {}, start: '', bytes: 0 });
  return {
    starts: shards.map((shard) => shard.start),
    files: shards.map((shard, i) => ({ path: termShardPath(i), contents: JSON.stringify(termShardFile(shard, postings.topicality)) })),
  };
}

/** A shard's postings, the topicality of those of its terms said in passing, its characters' counterparts and its product words, each only if any. */
function termShardFile({ terms, variants, products }: TermGroup, passing: ReadonlyMap<string, number>): TermShardFile {
  const topicality = Object.fromEntries(Object.keys(terms).flatMap((term) => {
    const value = passing.get(term);
    return value === undefined ? [] : [[term, value] as const];
  }));
  return {
    terms,
    ...(Object.keys(topicality).length ? { topicality } : {}),
    ...(Object.keys(variants).length ? { variants } : {}),
    ...(Object.keys(products).length ? { products } : {}),
  };
}

/** The shortest beginning of `key` that sorts after `previous` (which sorts before `key`). */
function shortestStartAfter(previous: string, key: string): string {
  for (let length = 1; length < key.length; length++) {
    const start = key.slice(0, length);
    if (start > previous) return start;
  }
  return key;
}

/** Latin-script words, for prefix and typo matching: each stem under its most common spelling. */
function vocabulary(postings: FieldPostings): VocabFile {
  const entries = [...postings.spellings].map(([term, forms]) => {
    const [word] = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0] ?? [term];
    return { word, df: postings.documentFrequency.get(term) ?? 0 };
  });
  entries.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { words: encodeSortedWords(entries.map((entry) => entry.word)), documentFrequency: encodeCounts(entries.map((entry) => entry.df)) };
}

function audienceBits(doc: SearchDocument): number {
  return doc.audience.reduce((bits, audience) => bits | AUDIENCE_BITS[audience], 0);
}

function average(values: readonly number[]): number {
  return values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100 : 0;
}
