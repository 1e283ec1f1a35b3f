import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/build-index.ts';
import { INDEX_PATH, type SearchDocument } from '../../../src/core/search/index.ts';
import type { IndexFile } from '../../../src/core/search/index-format.ts';
import { synonymsFoundIn } from '../../../src/core/search/synonyms.ts';
import { doc } from './search-fixtures.ts';

const GROUPS = [
  ['refund', 'money back', 'reimbursement', '退款'],
  ['discount', 'coupon', 'promo code', 'voucher', '优惠'],
  ['where is my order', 'track parcel'],
];

describe('synonyms in a public index', () => {
  it('keep only the words and phrases public text uses, and groups left with two or more', () => {
    const texts = ['When do I get my money back? Refunds take five days.', '退款需要多久？', 'Track my order', 'Where is my order?'];
    expect(synonymsFoundIn(GROUPS, texts)).toEqual([['refund', 'money back', '退款']]);
  });

  it('find a phrase only whole and in order, stopwords included, in any case and form', () => {
    expect(synonymsFoundIn([['money back', 'refund']], ['The MONEY comes BACK', 'refunded'])).toEqual([]);
    expect(synonymsFoundIn([['money back', 'refund']], ['Money back, as a refund.'])).toEqual([['money back', 'refund']]);
    expect(synonymsFoundIn([['where is my order', 'track parcel']], ['Where is the order?', 'track parcel'])).toEqual([]);
  });

  it('leave out the words only members-only entries use; the members-only index keeps every group', () => {
    const documents: SearchDocument[] = [
      doc({ id: 'refund', question: 'When do I get my money back?', text: 'A refund takes five days.' }),
      doc({ id: 'loyalty', question: 'How do I use my loyalty code?', keywords: ['coupon', 'voucher', 'discount'], members: true }),
    ];
    const manifestOf = (scope: 'public' | 'members') => {
      const files = buildSearchIndex(scope === 'public' ? documents : documents.filter((document) => document.members), { lang: 'en', synonyms: GROUPS, scope });
      return (JSON.parse(files.find((file) => file.path === INDEX_PATH)!.contents) as IndexFile).manifest;
    };
    expect(manifestOf('public').synonyms).toEqual([['refund', 'money back']]);
    expect(JSON.stringify(manifestOf('public'))).not.toMatch(/coupon|voucher|discount|优惠/);
    expect(manifestOf('members').synonyms).toEqual(GROUPS);
  });
});
