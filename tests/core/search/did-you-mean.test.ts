import { describe, expect, it } from 'vitest';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { doc, openIndex } from './search-fixtures.ts';

const corpus = [
  doc({ id: 'warranty', question: 'How long is the warranty?' }),
  doc({ id: 'password', question: 'How do I reset my password?' }),
];

describe('did you mean', () => {
  it('respells words the index does not know, and shows what the respelled query finds', async () => {
    const response = await searchIndexes([await openIndex(corpus)], 'waranty pasword ');
    // One typo in a long word is forgiven outright…
    expect(response.hits.map((hit) => hit.id).sort()).toEqual(['password', 'warranty']);
    // …two are not, but a long word two edits away is offered instead.
    const none = await searchIndexes([await openIndex(corpus)], 'reset my pazzword ');
    expect(none.hits.map((hit) => hit.id)).toEqual(['password']);
    const nothing = await searchIndexes([await openIndex(corpus)], 'pazzword ');
    expect(nothing.hits).toEqual([]);
    expect(nothing.didYouMean).toEqual({ query: 'password ', questions: ['How do I reset my password?'] });
  });

  it('says nothing when there is nothing close', async () => {
    const response = await searchIndexes([await openIndex(corpus)], 'zebra crossing ');
    expect(response).toEqual({ hits: [] });
  });
});
