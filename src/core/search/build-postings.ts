import { Index } from 'flexsearch';
import { SEARCH_FIELDS, TOPICALITY, type FieldSettings } from './settings.ts';
import { TopicalityCounter, writtenTopicality } from './topicality.ts';
import { tokenize, type Token } from './tokenize.ts';
import { pinyinPairTokens } from './build-pinyin.ts';
import { isPinyinPairTerm } from './pinyin.ts';
import type { SlotPostings } from './codec.ts';
import type { SearchDocument } from './types.ts';

/** The text of each field of a document, in `SEARCH_FIELDS` order. */
function fieldTexts(doc: SearchDocument): string[] {
  return SEARCH_FIELDS.map((field) => {
    if (field.name === 'question') return [doc.question, ...doc.also].join('\n');
    if (field.name === 'keywords') return doc.keywords.join('\n');
    return doc.text;
  });
}

const TEXT_FIELD = SEARCH_FIELDS.findIndex((field) => field.name === 'text');

export interface FieldPostings {
  /** Per field (shard order): term → document numbers per scoring slot, as FlexSearch exported them. */
  fields: Map<string, SlotPostings>[];
  /** Per field, every document's length in terms. */
  lengths: number[][];
  /** Per term: how many documents hold it in any field. */
  documentFrequency: Map<string, number>;
  /** Latin tokens as written, counted per stem, for the vocabulary. */
  spellings: Map<string, Map<string, number>>;
  /** Per term said in passing in the answers, its topicality in hundredths (see `topicality.ts`). */
  topicality: Map<string, number>;
}

/**
 * Indexes every field with FlexSearch and reads its export back: FlexSearch
 * does the indexing; the export is re-encoded and sharded afterwards.
 * Document numbers are positions in `docs`.
 */
export function buildFieldPostings(docs: readonly SearchDocument[], options: PostingOptions): FieldPostings {
  const read = readFields(docs, options);
  const indexes = SEARCH_FIELDS.map(createFieldIndex);
  const documentFrequency = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const repeated = SEARCH_FIELDS.map(() => new Map<string, Map<number, number>>());
  read.fields.forEach((fields, docNumber) => {
    const seen = new Set<string>();
    fields.forEach((field, f) => {
      // A term is posted in the first field that holds it only: ranking counts
      // a document's best field for each term, and an answer repeats most of
      // its question's words.
      const fresh = field.terms.flatMap((term, i) => (seen.has(term) ? [] : [i]));
      const kept = keepRarest(fresh, field.terms, SEARCH_FIELDS[f]?.maxTerms, read.rarity);
      if (kept.length) indexes[f]?.add(docNumber, kept.map((i) => field.terms[i]).join(' '));
      for (const i of fresh) seen.add(field.terms[i] ?? '');
      for (const i of kept) {
        const term = field.terms[i] ?? '';
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        const times = field.times?.[i] ?? 1;
        if (times > 1) {
          let byDocument = repeated[f]!.get(term);
          if (!byDocument) repeated[f]!.set(term, (byDocument = new Map()));
          byDocument.set(docNumber, times);
        }
        const word = field.words[i];
        if (word !== undefined) countSpelling(spellings, term, word);
      }
    });
  });
  const fields = indexes.map(exportedMap);
  fields.forEach((postings, f) => splitByRepeats(postings, repeated[f]!, SEARCH_FIELDS[f]?.repeats ?? 1));
  return { fields, lengths: read.lengths, documentFrequency, spellings, topicality: read.topicality };
}

export interface PostingOptions {
  /** Post each character pair's pinyin too, in the fields that say so. */
  pinyin: boolean;
  /** Split the postings of the fields that say so by how many times each document says the term (`FieldSettings.repeats`). */
  repeats: boolean;
}

/** Slot n of a term's postings: the documents that say it n + 1 times, the last slot that many or more. */
function splitByRepeats(postings: Map<string, SlotPostings>, repeated: ReadonlyMap<string, ReadonlyMap<number, number>>, slots: number): void {
  for (const [term, byDocument] of repeated) {
    const split: number[][] = Array.from({ length: slots }, () => []);
    for (const docNumber of (postings.get(term) ?? []).flatMap((ids) => ids ?? [])) {
      split[Math.min(byDocument.get(docNumber) ?? 1, slots) - 1]!.push(docNumber);
    }
    postings.set(term, split);
  }
}

/**
 * A field's distinct terms, in the order first written, each spaced term's
 * word as first written, and how many times each is said where the field
 * counts repeats.
 */
interface FieldTerms {
  terms: string[];
  words: (string | undefined)[];
  times?: number[];
}

/**
 * Tokenizes every document once, keeping only what posting needs: each
 * field's distinct terms (one shared string per term), its length, how many
 * documents hold each term, and the answers' topicality. A document's tokens
 * are dropped as soon as it is read: at tens of thousands of entries, holding
 * every token of every answer at once made the collector the build's
 * largest cost.
 */
function readFields(docs: readonly SearchDocument[], options: PostingOptions) {
  const lengths = SEARCH_FIELDS.map(() => new Array<number>(docs.length).fill(0));
  const rarity = new Map<string, number>();
  const shared = new Map<string, string>();
  const intern = (text: string) => shared.get(text) ?? (shared.set(text, text), text);
  const answers = new TopicalityCounter();
  const fields = docs.map((doc, docNumber) => {
    const inDocument = new Set<string>();
    const read = fieldTexts(doc).map((text, f): FieldTerms => {
      const settings = SEARCH_FIELDS[f];
      const tokens = tokenize(text, settings?.tokenize);
      // Before pinyin: a pair and its pinyin are one word of the question, not two.
      lengths[f]![docNumber] = tokens.length;
      if (options.pinyin && settings?.pinyin) tokens.push(...pinyinPairTokens(text, tokens));
      // Every word of every answer, not just the rarest kept: how a word spreads is the point.
      if (f === TEXT_FIELD) answers.add(tokens);
      const field: FieldTerms = { terms: [], words: [] };
      const inField = new Set<string>();
      for (const token of tokens) {
        if (inField.has(token.term)) continue;
        inField.add(token.term);
        inDocument.add(token.term);
        field.terms.push(intern(token.term));
        field.words.push(token.unspaced ? undefined : intern(token.word));
      }
      if (options.repeats && settings?.repeats) field.times = timesSaid(text, tokens, field.terms);
      return field;
    });
    for (const term of inDocument) rarity.set(term, (rarity.get(term) ?? 0) + 1);
    return read;
  });
  const topicality = writtenTopicality(answers.topicality(docs.length, TOPICALITY), TOPICALITY);
  return { fields, lengths, rarity, topicality };
}

/**
 * How many times each of `terms` is said by the one line of the field (the
 * question, or one of its `also:` wordings) that says it most: a wording
 * that says the question again is not a title naming its subject twice. A
 * pair's pinyin is counted once: the pair's own count says how often.
 */
function timesSaid(text: string, tokens: readonly Token[], terms: readonly string[]): number[] {
  const counts = new Map<string, number>();
  const most = new Map<string, number>();
  let line = 0;
  let lineEnd = text.indexOf('\n');
  for (const token of tokens) {
    if (isPinyinPairTerm(token.term)) continue;
    // Tokens come line by line; within a line, in any order.
    while (lineEnd !== -1 && token.start > lineEnd) {
      line++;
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    const key = `${line} ${token.term}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    most.set(token.term, Math.max(count, most.get(token.term) ?? 0));
  }
  return terms.map((term) => most.get(term) ?? 1);
}

/**
 * The `limit` rarest of a field's terms (given as positions in `terms`), in
 * their original order. The common words of a long answer have long posting
 * lists and say little about it; its rare ones say most. Without a limit,
 * every term.
 */
function keepRarest(positions: readonly number[], terms: readonly string[], limit: number | undefined, frequencies: ReadonlyMap<string, number>): number[] {
  if (limit === undefined || positions.length <= limit) return [...positions];
  const frequency = (i: number) => frequencies.get(terms[i] ?? '') ?? 0;
  const kept = new Set(
    [...positions]
      .sort((a, b) => frequency(a) - frequency(b) || ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1))
      .slice(0, limit),
  );
  return positions.filter((i) => kept.has(i));
}

function countSpelling(spellings: Map<string, Map<string, number>>, term: string, word: string): void {
  let forms = spellings.get(term);
  if (!forms) spellings.set(term, (forms = new Map()));
  forms.set(word, (forms.get(word) ?? 0) + 1);
}

/** FlexSearch's own export, read back into term → slots. */
function exportedMap(index: ReturnType<typeof createFieldIndex>): Map<string, SlotPostings> {
  const map = new Map<string, SlotPostings>();
  index.export((key: string, data: string) => {
    if (!key.endsWith('map')) return;
    for (const [term, slots] of JSON.parse(data) as [string, SlotPostings][]) map.set(term, slots);
  });
  return map;
}

/**
 * Terms reach FlexSearch already tokenized by `tokenize.ts` (stemmed words,
 * CJK bigrams) and joined by spaces; its encoder only splits them back, so
 * the tokenizer is the one place that decides what a term is.
 */
function splitTerms(text: string): string[] {
  return text ? text.split(' ') : [];
}

function createFieldIndex(field: FieldSettings): Index {
  return new Index({ tokenize: 'strict', resolution: field.resolution, encode: splitTerms });
}
