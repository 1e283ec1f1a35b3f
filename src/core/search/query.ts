import { analyzeQuery, type AnalyzedQuery } from './analyze-query.ts';
import { highlight, snippet } from './highlight.ts';
import { compareScores, scoreDocuments } from './score.ts';
import { documentFilter } from './filters.ts';
import { unaskedProducts } from './product-names.ts';
import * as RANKING from './ranking.ts';
import { isStopword, tokenize } from './tokenize.ts';
import { UNSPACED } from '../cjk.ts';
import type { LoadedSearchIndex } from './load-index.ts';
import { AUDIENCE_BITS } from './index-format.ts';
import type { SearchAudience, SearchHit, SearchOptions, SearchResponse } from './types.ts';

/** Two unspaced characters in a row (`课表`): split apart (`课 表`), each is a word of its own. */
const CHARACTER_PAIR = new RegExp(`([${UNSPACED}])(?=[${UNSPACED}])`, 'gu');

interface RankedDocument {
  index: LoadedSearchIndex;
  docNumber: number;
  score: number;
  query: AnalyzedQuery;
}

/**
 * Searches one or more indexes at once (e.g. the public index and a
 * decrypted members-only one) and merges their hits by score. Fetches the
 * term shards the query needs and the display shards of the hits returned.
 */
export async function searchIndexes(
  indexes: readonly LoadedSearchIndex[],
  query: string,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const limit = options.limit ?? 10;
  let ranked = await rankDocuments(indexes, query, options, limit);
  // A Chinese abbreviation (课表 for 课程表, 北大 for 北京大学) shares no pair of
  // characters with what it stands for, only the characters: entries holding them all.
  const characters = query.replace(CHARACTER_PAIR, '$1 ');
  if (!ranked.length && characters !== query) ranked = await rankDocuments(indexes, characters, options, limit, { everyClause: true });
  const hits = await displayHits(ranked);
  if (hits.length) return { hits };
  const didYouMean = await respell(indexes, query, options);
  return didYouMean ? { hits, didYouMean } : { hits };
}

/** The best `limit` documents over all indexes, best first; among equal scores the higher priority first. */
async function rankDocuments(
  indexes: readonly LoadedSearchIndex[],
  query: string,
  options: SearchOptions,
  limit: number,
  scoring: { everyClause?: boolean } = {},
): Promise<RankedDocument[]> {
  const perIndex = await Promise.all(
    indexes.map(async (index) => {
      let analyzed = analyzeQuery(query, index, { prefix: options.prefix !== false });
      await index.loadTerms(analyzed.terms);
      // Typed in the other script of Chinese: searched again as the site writes it, once the shards say how.
      const inSiteScript = index.inSiteScript(query);
      if (inSiteScript !== query) {
        analyzed = analyzeQuery(inSiteScript, index, { prefix: options.prefix !== false });
        await index.loadTerms(analyzed.terms);
      }
      const keep = documentFilter(index, options);
      return scoreDocuments(index, analyzed, keep, limit, scoring).map((scored): RankedDocument => ({ index, ...scored, query: analyzed }));
    }),
  );
  const order = new Map(indexes.map((index, i) => [index, i]));
  return perIndex
    .flat()
    .sort(
      (a, b) =>
        compareScores(b.score, a.score) ||
        (b.index.priority[b.docNumber] ?? 0) - (a.index.priority[a.docNumber] ?? 0) ||
        (order.get(a.index) ?? 0) - (order.get(b.index) ?? 0) ||
        a.docNumber - b.docNumber,
    )
    .slice(0, limit);
}

/**
 * The ranked documents as hits, with what the results list shows; among them,
 * an entry about a product the query does not name comes after those about
 * the one it does (`product-names.ts`), from the products their display
 * records name, which need no download of their own.
 */
async function displayHits(ranked: readonly RankedDocument[]): Promise<SearchHit[]> {
  const byIndex = new Map<LoadedSearchIndex, number[]>();
  for (const { index, docNumber } of ranked) byIndex.set(index, [...(byIndex.get(index) ?? []), docNumber]);
  const records = new Map(
    await Promise.all([...byIndex].map(async ([index, docNumbers]) => [index, await index.records(docNumbers)] as const)),
  );
  const unasked = new Map<LoadedSearchIndex, (products: readonly number[]) => boolean>();
  for (const { index, query } of ranked) if (!unasked.has(index)) unasked.set(index, unaskedProducts(query.said, (term) => index.productTerm(term)));
  const hits: SearchHit[] = [];
  for (const { index, docNumber, score, query } of ranked) {
    const record = records.get(index)?.get(docNumber);
    if (!record) continue;
    const [id, url, question, snippetSource, products = []] = record;
    const category = index.categoryOf(docNumber);
    hits.push({
      id,
      url,
      question: highlight(question, query.terms),
      snippet: snippet(snippetSource, query.terms),
      category: category?.path ?? '',
      categoryTitle: category?.title ?? '',
      priority: index.priority[docNumber] ?? 0,
      audience: audiencesOf(index.audience[docNumber] ?? 0),
      score: unasked.get(index)?.(products) ? score * RANKING.unaskedProductWeight : score,
      members: index.members,
    });
  }
  // Stable: hits the product leaves as they were keep their order.
  return hits.sort((a, b) => compareScores(b.score, a.score));
}

function audiencesOf(bits: number): SearchAudience[] {
  return (Object.entries(AUDIENCE_BITS) as [SearchAudience, number][]).filter(([, bit]) => bits & bit).map(([audience]) => audience);
}

/**
 * "Did you mean": each word no index knows is replaced by the closest word
 * of the vocabularies (two edits at most for long words), and the respelled
 * query is run to show what it would find.
 */
async function respell(
  indexes: readonly LoadedSearchIndex[],
  query: string,
  options: SearchOptions,
): Promise<SearchResponse['didYouMean']> {
  let respelled = '';
  let at = 0;
  let changed = false;
  for (const token of tokenize(query, { keepStopwords: true })) {
    if (token.unspaced || isStopword(token) || indexes.some((index) => index.vocabulary.has(token.term))) continue;
    const maxDistance = token.word.length >= 8 ? 2 : token.word.length >= 3 ? 1 : 0;
    const best = indexes
      .flatMap((index) => index.vocabulary.near(token.word, token.term, maxDistance, 1))
      .sort((a, b) => a.distance - b.distance || b.documentFrequency - a.documentFrequency)[0];
    if (!best) continue;
    respelled += query.slice(at, token.start) + best.word;
    at = token.end;
    changed = true;
  }
  if (!changed) return undefined;
  respelled += query.slice(at);
  const ranked = await rankDocuments(indexes, respelled, { ...options, prefix: false }, 3);
  const hits = await displayHits(ranked);
  return { query: respelled, questions: hits.map((hit) => hit.question.text) };
}
