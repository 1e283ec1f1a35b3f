import * as RANKING from './ranking.ts';
import type { AnalyzedQuery, Alternative } from './analyze-query.ts';
import type { LoadedSearchIndex } from './load-index.ts';

interface ScoredDocument {
  docNumber: number;
  score: number;
}

type TermScores = ReadonlyMap<number, number>;

/**
 * The best `limit` documents of one index, best first; among equal scores the
 * higher priority first.
 *
 * BM25F without term frequencies (the index records whether a field holds a
 * term, not how often): a term's evidence is weighted by field and field
 * length, saturated, and scaled by how rare the term is in this index. A
 * clause scores its best alternative (of a synonym group, none rarer than
 * the word typed); a document scores the sum of its clauses.
 * With `everyClause`, only documents satisfying every clause are returned.
 */
export function scoreDocuments(
  index: LoadedSearchIndex,
  query: AnalyzedQuery,
  keep: (docNumber: number) => boolean,
  limit: number,
  { everyClause = false }: { everyClause?: boolean } = {},
): ScoredDocument[] {
  // Flat arrays rather than maps: a query touches thousands of documents on every keystroke.
  const totals = new Float64Array(index.manifest.docCount);
  const best = new Float64Array(index.manifest.docCount);
  const found = new Uint8Array(index.manifest.docCount);
  const clausesMatched = everyClause ? new Uint16Array(index.manifest.docCount) : undefined;
  const touched: number[] = [];
  for (const clause of query.clauses) {
    const clauseTouched: number[] = [];
    // How rare the rarest word typed of a synonym group is (one the index lacks is rarest of all); nothing typed, no limit.
    const typed = Math.max(...clause.alternatives.map((alternative) => (alternative.synonym ? 0 : rarity(index, alternative)))) || Infinity;
    for (const alternative of clause.alternatives) {
      const scale = alternative.synonym ? Math.min(1, typed / rarity(index, alternative)) : 1;
      scoreAlternative(alternative, alternative.terms.map((term) => termScores(index, term)), (docNumber, unscaled) => {
        const score = unscaled * scale;
        if (!alternative.supporting) found[docNumber] = 1;
        if (score <= (best[docNumber] ?? 0)) return;
        if (!best[docNumber]) clauseTouched.push(docNumber);
        best[docNumber] = score;
      });
    }
    for (const docNumber of clauseTouched) {
      if (!totals[docNumber]) touched.push(docNumber);
      totals[docNumber] = (totals[docNumber] ?? 0) + clause.weight * (best[docNumber] ?? 0);
      best[docNumber] = 0;
      if (clausesMatched) clausesMatched[docNumber] = (clausesMatched[docNumber] ?? 0) + 1;
    }
  }
  const matched = (docNumber: number) => !clausesMatched || clausesMatched[docNumber] === query.clauses.length;
  return selectBest(touched.filter((docNumber) => found[docNumber] && matched(docNumber) && keep(docNumber)), totals, index.priority, limit);
}

/** Documents holding every term of the alternative, scored by the mean of its terms. */
function scoreAlternative(alternative: Alternative, scores: TermScores[], found: (docNumber: number, score: number) => void): void {
  const [first, ...rest] = scores;
  if (!first) return;
  for (const [docNumber, firstScore] of first) {
    let sum = firstScore;
    for (const other of rest) {
      const score = other.get(docNumber);
      if (score === undefined) {
        sum = Number.NaN;
        break;
      }
      sum += score;
    }
    if (!Number.isNaN(sum)) found(docNumber, (alternative.weight * sum) / scores.length);
  }
}

/** Scores within rounding of each other are equal, so priority decides between them. */
export function compareScores(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) ? 0 : a - b;
}

/** The top `limit` by score, then priority, then document number, without sorting every candidate. */
function selectBest(candidates: readonly number[], totals: Float64Array, priority: readonly number[], limit: number): ScoredDocument[] {
  const better = (a: number, b: number) =>
    compareScores(totals[a] ?? 0, totals[b] ?? 0) || (priority[a] ?? 0) - (priority[b] ?? 0) || b - a;
  const top: number[] = [];
  for (const docNumber of candidates) {
    if (top.length === limit && better(docNumber, top[top.length - 1] ?? 0) <= 0) continue;
    let at = top.length;
    while (at > 0 && better(docNumber, top[at - 1] ?? 0) > 0) at--;
    top.splice(at, 0, docNumber);
    if (top.length > limit) top.pop();
  }
  return top.map((docNumber) => ({ docNumber, score: totals[docNumber] ?? 0 }));
}

const REMEMBERED_TERMS = 500;

/** A term's score in every document holding it, remembered once its shard is in. */
function termScores(index: LoadedSearchIndex, term: string): TermScores {
  const cached = index.termScores.get(term);
  if (cached) return cached;
  const scores = scoreTerm(index, term);
  if (index.hasLoaded(term)) {
    // Maps iterate in insertion order: the first key is the oldest.
    if (index.termScores.size >= REMEMBERED_TERMS) index.termScores.delete(index.termScores.keys().next().value as string);
    index.termScores.set(term, scores);
  }
  return scores;
}

/** How rare an alternative's terms are in this index, on average. */
function rarity(index: LoadedSearchIndex, alternative: Alternative): number {
  return alternative.terms.reduce((sum, term) => sum + termRarity(index, term, termScores(index, term).size), 0) / alternative.terms.length;
}

function termRarity(index: LoadedSearchIndex, term: string, documents: number): number {
  const count = index.manifest.docCount;
  return Math.log(1 + (count - documents + 0.5) / (documents + 0.5)) * topicalWeight(index.topicality(term));
}

/** Rarity is not all: a word said in passing all over the answers tells less than its rarity says. */
function topicalWeight(topicality: number | undefined): number {
  return topicality === undefined ? 1 : Math.min(1, RANKING.passingWordWeight + topicality);
}

function scoreTerm(index: LoadedSearchIndex, term: string): Map<number, number> {
  // Each term is posted in one field per document (see build-postings.ts); summing is for safety only.
  const evidence = new Map<number, number>();
  const normalization = index.chinese ? RANKING.chineseLengthNormalization : RANKING.lengthNormalization;
  index.matches(term).forEach((docNumbers, f) => {
    const weight = RANKING.fieldWeight[f] ?? 1;
    const repeats = index.repeats(term, f);
    const lengths = index.lengths[f];
    const b = lengths ? (normalization[f] ?? 0) : 0;
    const average = index.manifest.fields[f]?.averageLength || 1;
    for (const docNumber of docNumbers) {
      const length = lengths?.[docNumber] ?? average;
      const said = repeats ? (repeats.get(docNumber) ?? 1) ** RANKING.repetitionPower : 1;
      evidence.set(docNumber, (evidence.get(docNumber) ?? 0) + (weight * said) / (1 - b + (b * length) / average));
    }
  });
  const rarity = termRarity(index, term, evidence.size);
  const k1 = RANKING.saturation;
  for (const [docNumber, value] of evidence) evidence.set(docNumber, (rarity * value * (k1 + 1)) / (k1 + value));
  return evidence;
}
