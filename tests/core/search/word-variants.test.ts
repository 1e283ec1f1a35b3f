import { describe, expect, it } from 'vitest';
import { runTogetherAlternatives, wordFormAlternatives } from '../../../src/core/search/word-variants.ts';
import { doc, openIndex } from './search-fixtures.ts';

const index = await openIndex([
  doc({ id: 'a', question: 'Unsaturated resin for the garden table', text: 'Delete the old coat first.' }),
  doc({ id: 'b', question: 'Setting the office printer', text: 'Offset printing is not supported.' }),
]);

describe('word variants', () => {
  it('split a run-together word into the known words that make it', () => {
    expect(runTogetherAlternatives('unsaturatedresin', index.vocabulary).map((alternative) => alternative.terms)).toContainEqual(['unsaturat', 'resin']);
  });

  it('leave a pasted run of letters longer than a word could be alone, however many known words it holds', () => {
    expect(runTogetherAlternatives('unsaturatedresin'.repeat(5), index.vocabulary)).toEqual([]);
  });

  it('look other forms up by the letters typed, not by their stem', () => {
    const forms = wordFormAlternatives('offsets', 'offset', index.vocabulary).map((alternative) => alternative.terms[0]);
    expect(forms).not.toContain('offic');
    expect(wordFormAlternatives('deletion', 'deletion', index.vocabulary).map((alternative) => alternative.terms[0])).toEqual(['delet']);
  });
});
