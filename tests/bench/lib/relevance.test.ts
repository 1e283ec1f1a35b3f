import { describe, expect, it } from 'vitest';
import { readJudgedQueries, scoreRanking } from '../../../bench/lib/relevance.mjs';

describe('a query file', () => {
  it('of the generated corpus gives each query its one expected entry', () => {
    const [query] = readJudgedQueries('{"query":"reset the hub","lang":"en","expected":"reset-hub","members":false}\n', 'queries.jsonl');
    expect(query).toEqual({ query: 'reset the hub', lang: 'en', relevant: ['reset-hub'], grades: { 'reset-hub': 1 }, members: false });
  });

  it('of a judged set keeps every relevant entry and its grade, 1 where none is given', () => {
    const [query] = readJudgedQueries('{"query":"天气","lang":"zh","relevant":["a","b"],"grades":{"a":2}}', 'dev/queries.jsonl');
    expect(query!.relevant).toEqual(['a', 'b']);
    expect(query!.grades).toEqual({ a: 2, b: 1 });
  });

  it('names the file and line of a line that is no query', () => {
    expect(() => readJudgedQueries('{"query":"a","lang":"en","expected":"x"}\n\n{"query":"b","lang":"en"}', 'q.jsonl')).toThrow(/^q\.jsonl:3: a query needs/);
    expect(() => readJudgedQueries('not json', 'q.jsonl')).toThrow('q.jsonl:1: not a JSON line');
  });
});

describe('a ranking', () => {
  const [query] = readJudgedQueries('{"query":"q","lang":"en","relevant":["best","good"],"grades":{"best":2,"good":1}}', 'q.jsonl');

  it('in the best order scores 1 for both P@1 and nDCG@10', () => {
    expect(scoreRanking(query!, ['best', 'good', 'other'])).toEqual({ precisionAt1: 1, ndcgAt10: 1 });
  });

  it('with a relevant entry first but in the wrong order gets P@1 and less than the full nDCG', () => {
    const { precisionAt1, ndcgAt10 } = scoreRanking(query!, ['good', 'best']);
    expect(precisionAt1).toBe(1);
    expect(ndcgAt10).toBeCloseTo((1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3)), 10);
  });

  it('that finds its answers only below the tenth place, or nothing, scores 0', () => {
    const late = [...Array.from({ length: 10 }, (_, i) => `other-${i}`), 'best'];
    expect(scoreRanking(query!, late)).toEqual({ precisionAt1: 0, ndcgAt10: 0 });
    expect(scoreRanking(query!, [])).toEqual({ precisionAt1: 0, ndcgAt10: 0 });
  });
});
