import { describe, expect, it } from 'vitest';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

const corpus = [
  doc({ id: 'before-buying', question: 'Can I spread a payment over months?', audience: ['prospect'], category: 'billing/payments' }),
  doc({ id: 'after-buying', question: 'Why was my payment declined?', audience: ['new', 'loyal'], category: 'billing' }),
  doc({ id: 'refund-payment', question: 'Which payment method gets my refund?', audience: ['new'], category: 'orders/refunds' }),
  doc({ id: 'billing-like', question: 'Payment on a billing-lite plan', audience: ['new'], category: 'billing-lite' }),
];

describe('filters', () => {
  it('keeps the entries written for one audience', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'payment', { audience: 'prospect' })).sort()).toEqual(['before-buying']);
    expect((await idsFor(index, 'payment', { audience: 'loyal' })).sort()).toEqual(['after-buying']);
  });

  it('keeps a top-level category and everything below it, and nothing whose name merely starts the same', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'payment', { category: 'billing' })).sort()).toEqual(['after-buying', 'before-buying']);
    expect(await idsFor(index, 'payment', { category: 'orders' })).toEqual(['refund-payment']);
  });

  it('combines filters, without the query changing', async () => {
    const index = await openIndex(corpus);
    expect(await idsFor(index, 'payment', { category: 'billing', audience: 'new' })).toEqual(['after-buying']);
    expect(await idsFor(index, 'payment', { category: 'nowhere' })).toEqual([]);
  });

  it('reports each hit’s home category and its title', async () => {
    const index = await openIndex([doc({ id: 'a', question: 'Payment', category: 'billing/payments', categoryTitle: 'Payments' })]);
    const { searchIndexes } = await import('../../../src/core/search/query.ts');
    const [hit] = (await searchIndexes([index], 'payment')).hits;
    expect(hit).toMatchObject({ category: 'billing/payments', categoryTitle: 'Payments', url: 'q/a/' });
  });

  it('reports who each hit is written for', async () => {
    const index = await openIndex(corpus);
    const { searchIndexes } = await import('../../../src/core/search/query.ts');
    const hits = (await searchIndexes([index], 'declined')).hits;
    expect(hits.map((hit) => [hit.id, hit.audience])).toEqual([['after-buying', ['new', 'loyal']]]);
  });
});
