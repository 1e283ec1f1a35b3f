import { decodeCounts, decodeNumbers, decodeSlots } from './codec.ts';
import { levelPriority } from './priority-levels.ts';
import { isChineseLanguage, SEARCH_FIELDS, termShard } from './settings.ts';
import { Vocabulary } from './vocabulary.ts';
import { compileSynonyms, type CompiledSynonyms } from './synonyms.ts';
import type { ProductTerm } from './product-names.ts';
import {
  displayShardPath, INDEX_PATH, parseIndexFile, termShardPath,
  type DisplayRecord, type DisplayShardFile, type DocsFile, type ManifestCategory, type SearchManifest,
  type TermShardFile, type VocabFile, urlFromPattern,
} from './index-format.ts';
import type { SearchIndexLoader } from './types.ts';

/** The documents holding a term in one field (document numbers). */
type FieldMatches = readonly number[];

const NO_MATCHES: FieldMatches = [];

/**
 * One exported index, opened: the manifest, per-document data and vocabulary
 * up front, term shards and display shards fetched the first time a query
 * needs them. FlexSearch builds the postings; reading them back needs no
 * more than a map per field from term to documents, so the browser
 * downloads none of FlexSearch's code.
 */
export class LoadedSearchIndex {
  readonly manifest: SearchManifest;
  readonly vocabulary: Vocabulary;
  readonly synonyms: CompiledSynonyms;
  /** An index of Chinese of any region or script (`zh`, `zh-Hant-TW`): its questions are weighed by their length differently (`ranking.ts`). */
  readonly chinese: boolean;
  /** The syllables a typed word is read as pinyin with, in a Chinese index only. */
  readonly pinyinSyllables: ReadonlySet<string> | undefined;
  /** Per document: the audience bits of `AUDIENCE_BITS`. */
  readonly audience: Uint8Array;
  /** Per document: its priority, to order equal matches; to within a level in an index that keeps levels (`priority-levels.ts`). */
  readonly priority: readonly number[];
  /** Per field, per document: length in terms (no list for fields whose length is not kept). */
  readonly lengths: readonly (readonly number[] | undefined)[];
  private readonly loader: SearchIndexLoader;
  private readonly fields: Map<string, FieldMatches>[];
  /** Per field, per term: the documents that say it more than once, and how many times (to the field's `repeats`). */
  private readonly repeated: Map<string, Map<number, number>>[];
  private readonly passingTerms = new Map<string, number>();
  /** Characters and pairs of the other script of Chinese, as the site writes them (`TermShardFile.variants`). */
  private readonly variants: Record<string, string> = {};
  private readonly productTerms = new Map<string, ProductTerm>();
  private readonly termShards = new Map<number, Promise<void>>();
  private readonly loadedTermShards = new Set<number>();
  /**
   * Scores per term, kept between queries: typing a query asks for the same
   * terms keystroke after keystroke. Filled by `score.ts`; bounded.
   */
  readonly termScores = new Map<string, ReadonlyMap<number, number>>();
  private readonly displayShards = new Map<number, Promise<DisplayRecord[]>>();

  constructor(loader: SearchIndexLoader, manifest: SearchManifest, docs: DocsFile, vocabulary: VocabFile) {
    this.loader = loader;
    this.manifest = manifest;
    this.vocabulary = new Vocabulary(vocabulary);
    this.synonyms = compileSynonyms(manifest.synonyms);
    this.chinese = isChineseLanguage(manifest.lang);
    this.pinyinSyllables = manifest.pinyin ? new Set(manifest.pinyin.split(' ')) : undefined;
    this.audience = Uint8Array.from(docs.audience, (digit) => Number(digit));
    const priority = decodeNumbers(docs.priority);
    this.priority = docs.priorityLevels ? priority.map(levelPriority) : priority;
    this.lengths = docs.lengths.map((lengths, f) => (lengths ? decodeCounts(lengths, SEARCH_FIELDS[f]?.lengthSteps) : undefined));
    this.fields = SEARCH_FIELDS.map(() => new Map<string, FieldMatches>());
    this.repeated = SEARCH_FIELDS.map(() => new Map<string, Map<number, number>>());
  }

  get members(): boolean {
    return this.manifest.scope === 'members';
  }

  /** Fetches the shards holding these terms, once each; concurrent callers share the fetch. */
  async loadTerms(terms: Iterable<string>): Promise<void> {
    const shards = new Set<number>();
    for (const term of terms) shards.add(termShard(term, this.manifest.termShardStarts));
    await Promise.all([...shards].map((shard) => this.loadTermShard(shard)));
  }

  /** Fetches every shard: for the command line and benchmarks, which query a whole index. */
  async loadAll(): Promise<void> {
    await Promise.all(this.manifest.termShardStarts.map((_, shard) => this.loadTermShard(shard)));
  }

  /** True once the shard that holds this term (if any index does) has been imported. */
  hasLoaded(term: string): boolean {
    return this.loadedTermShards.has(termShard(term, this.manifest.termShardStarts));
  }

  /** Per field, the documents holding the term; empty for an unknown term or a shard not loaded yet. */
  matches(term: string): FieldMatches[] {
    return this.fields.map((field) => field.get(term) ?? NO_MATCHES);
  }

  /** How many times each document that says the term more than once in this field says it; undefined where none does. */
  repeats(term: string, field: number): ReadonlyMap<number, number> | undefined {
    return this.repeated[field]?.get(term);
  }

  /** What product names say of a term, once its shard is loaded (`product-names.ts`). */
  productTerm(term: string): ProductTerm | undefined {
    return this.productTerms.get(term);
  }

  /** How much the answers are about this term (`topicality.ts`): undefined for a topic word, or one the answers say too seldom to tell. */
  topicality(term: string): number | undefined {
    return this.passingTerms.get(term);
  }

  /**
   * The query as the site writes it, where a reader typed it in the other
   * script of Chinese (`設定` → `设定` on a simplified site): each character
   * the site never writes as its most used counterpart, and each pair that
   * would read wrong so as the site writes it (`头发` → `頭髮`, not `頭發`).
   * The shards of the query's own terms hold what this needs.
   */
  inSiteScript(query: string): string {
    const variants = this.variants;
    // Each character of the variants is one UTF-16 unit (`build-script-variants.ts`): a pair's second is its [1].
    return query.replace(/./g, (character, at: number) =>
      variants[`${query[at - 1]}${character}`]?.[1] ?? variants[character + query[at + 1]]?.[0] ?? variants[character]?.[0] ?? character);
  }

  /** The home category of a document. */
  categoryOf(docNumber: number): ManifestCategory | undefined {
    const categories = this.manifest.categories;
    let low = 0;
    let high = categories.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const category = categories[middle];
      if (!category) break;
      if (docNumber < category.first) high = middle - 1;
      else if (docNumber >= category.end) low = middle + 1;
      else return category;
    }
    return undefined;
  }

  /** Question, url, snippet source and products of the given documents, fetching only their shards. */
  async records(docNumbers: readonly number[]): Promise<Map<number, DisplayRecord>> {
    const size = this.manifest.displayShardSize;
    const shards = [...new Set(docNumbers.map((docNumber) => Math.floor(docNumber / size)))];
    const loaded = await Promise.all(shards.map((shard) => this.loadDisplayShard(shard)));
    const records = new Map<number, DisplayRecord>();
    for (const docNumber of docNumbers) {
      const shard = shards.indexOf(Math.floor(docNumber / size));
      const record = loaded[shard]?.[docNumber % size];
      if (record) records.set(docNumber, record[1] ? record : [record[0], urlFromPattern(this.manifest.urlPattern, record[0]), ...record.slice(2)] as DisplayRecord);
    }
    return records;
  }

  private loadTermShard(shard: number): Promise<void> {
    let pending = this.termShards.get(shard);
    if (!pending) {
      pending = this.loader(termShardPath(shard)).then((json) => {
        this.importTermShard(JSON.parse(json) as TermShardFile);
        this.loadedTermShards.add(shard);
      });
      // A failed fetch may be retried by the next query.
      pending.catch(() => this.termShards.delete(shard));
      this.termShards.set(shard, pending);
    }
    return pending;
  }

  /** Decodes a shard's postings into each field's map. */
  private importTermShard(shard: TermShardFile): void {
    for (const [term, hundredths] of Object.entries(shard.topicality ?? {})) this.passingTerms.set(term, hundredths / 100);
    Object.assign(this.variants, shard.variants);
    for (const [term, encoded] of Object.entries(shard.products ?? {})) {
      const [naming, ...products] = decodeNumbers(encoded);
      this.productTerms.set(term, { naming: naming === 1, products });
    }
    for (const [term, encoded] of Object.entries(shard.terms)) {
      encoded.forEach((text, field) => {
        if (!text) return;
        // Slot n holds the documents saying the term n + 1 times (`FieldSettings.repeats`); most terms have one.
        const slots = decodeSlots(text);
        this.fields[field]?.set(term, slots.length === 1 ? (slots[0] ?? NO_MATCHES) : slots.flatMap((ids) => ids ?? []));
        if (slots.length > 1) this.repeated[field]?.set(term, new Map(slots.flatMap((ids, slot) => (slot ? (ids ?? []).map((docNumber) => [docNumber, slot + 1] as const) : []))));
      });
    }
  }

  private loadDisplayShard(shard: number): Promise<DisplayRecord[]> {
    let pending = this.displayShards.get(shard);
    if (!pending) {
      pending = this.loader(displayShardPath(shard)).then((json) => (JSON.parse(json) as DisplayShardFile).docs);
      pending.catch(() => this.displayShards.delete(shard));
      this.displayShards.set(shard, pending);
    }
    return pending;
  }
}

/**
 * Opens an exported index through `loader` (paths relative to the index's
 * folder). Refuses an index of another format version.
 */
export async function loadSearchIndex(loader: SearchIndexLoader): Promise<LoadedSearchIndex> {
  const { manifest, docs, vocabulary } = parseIndexFile(await loader(INDEX_PATH));
  return new LoadedSearchIndex(loader, manifest, docs, vocabulary);
}
