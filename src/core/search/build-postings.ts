import { Index } from 'flexsearch';
import { SEARCH_FIELDS, TOPICALITY, type FieldSettings } from './settings.ts';
import { answerTopicality, writtenTopicality } from './topicality.ts';
import { tokenize, type Token } from './tokenize.ts';
import { pinyinPairTokens } from './build-pinyin.ts';
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
export function buildFieldPostings(docs: readonly SearchDocument[], options: { pinyin: boolean }): FieldPostings {
  const texts = docs.map(fieldTexts);
  const tokenized = texts.map((fields) => fields.map((text, f) => tokenize(text, SEARCH_FIELDS[f]?.tokenize)));
  // Lengths before pinyin: a pair and its pinyin are one word of the question, not two.
  const lengths = SEARCH_FIELDS.map((_, f) => tokenized.map((fields) => fields[f]?.length ?? 0));
  if (options.pinyin) {
    tokenized.forEach((fields, d) => fields.forEach((tokens, f) => {
      if (SEARCH_FIELDS[f]?.pinyin) tokens.push(...pinyinPairTokens(texts[d]?.[f] ?? '', tokens));
    }));
  }
  const rarity = documentFrequencies(tokenized);

  const indexes = SEARCH_FIELDS.map(createFieldIndex);
  const documentFrequency = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  tokenized.forEach((fields, docNumber) => {
    const seen = new Set<string>();
    fields.forEach((tokens, f) => {
      // A term is posted in the first field that holds it only: ranking counts
      // a document's best field for each term, and an answer repeats most of
      // its question's words.
      const fresh = uniqueTerms(tokens).filter((token) => !seen.has(token.term));
      const kept = keepRarest(fresh, SEARCH_FIELDS[f]?.maxTerms, rarity);
      if (kept.length) indexes[f]?.add(docNumber, kept.map((token) => token.term).join(' '));
      for (const token of fresh) seen.add(token.term);
      for (const token of kept) {
        documentFrequency.set(token.term, (documentFrequency.get(token.term) ?? 0) + 1);
        countSpelling(spellings, token);
      }
    });
  });

  // Every word of every answer, not just the rarest kept: how a word spreads is the point.
  const answers = tokenized.map((fields) => fields[TEXT_FIELD] ?? []);
  const topicality = writtenTopicality(answerTopicality(answers, docs.length, TOPICALITY), TOPICALITY);
  return { fields: indexes.map(exportedMap), lengths, documentFrequency, spellings, topicality };
}

function uniqueTerms(tokens: readonly Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((token) => !seen.has(token.term) && seen.add(token.term));
}

function documentFrequencies(tokenized: readonly Token[][][]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const fields of tokenized) {
    for (const term of new Set(fields.flat().map((token) => token.term))) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  return frequencies;
}

/**
 * The `limit` rarest terms of a field, in their original order. The common
 * words of a long answer have long posting lists and say little about it;
 * its rare ones say most. Without a limit, every term.
 */
function keepRarest(tokens: readonly Token[], limit: number | undefined, frequencies: ReadonlyMap<string, number>): Token[] {
  if (limit === undefined || tokens.length <= limit) return [...tokens];
  const kept = new Set(
    [...tokens]
      .sort((a, b) => (frequencies.get(a.term) ?? 0) - (frequencies.get(b.term) ?? 0) || (a.term < b.term ? -1 : 1))
      .slice(0, limit),
  );
  return tokens.filter((token) => kept.has(token));
}

function countSpelling(spellings: Map<string, Map<string, number>>, token: Token): void {
  if (token.unspaced) return;
  let forms = spellings.get(token.term);
  if (!forms) spellings.set(token.term, (forms = new Map()));
  forms.set(token.word, (forms.get(token.word) ?? 0) + 1);
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
