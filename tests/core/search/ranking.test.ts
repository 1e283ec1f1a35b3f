import { describe, expect, it } from 'vitest';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

describe('ranking', () => {
  it('ranks a match in the question above one in the keywords, and keywords above the answer', async () => {
    const index = await openIndex([
      doc({ id: 'in-answer', question: 'How long does delivery take?', text: 'You can also start a return from My orders.' }),
      doc({ id: 'in-keywords', question: 'Can I send an item back?', keywords: ['return'] }),
      doc({ id: 'in-question', question: 'How do I return an item?' }),
    ]);
    expect(await idsFor(index, 'return')).toEqual(['in-question', 'in-keywords', 'in-answer']);
  });

  it('treats the other phrasings in `also` like the question', async () => {
    const index = await openIndex([
      doc({ id: 'keyword', question: 'Our policy', keywords: ['warranty'] }),
      doc({ id: 'also', question: 'What if it breaks?', also: ['Is there a warranty?'] }),
    ]);
    expect(await idsFor(index, 'warranty')).toEqual(['also', 'keyword']);
  });

  it('puts the higher priority first among equal matches', async () => {
    const index = await openIndex([
      doc({ id: 'rarely-asked', question: 'Where is my parcel?', priority: 10 }),
      doc({ id: 'most-asked', question: 'Where is my parcel?', priority: 90 }),
      doc({ id: 'unranked', question: 'Where is my parcel?' }),
    ]);
    expect(await idsFor(index, 'parcel')).toEqual(['most-asked', 'rarely-asked', 'unranked']);
  });

  it('puts the higher priority first among equal matches on a site with a priority for every entry, such as imported vote counts', async () => {
    const others = Array.from({ length: 60 }, (_, i) => doc({ id: `other-${i}`, question: `Other question ${i}`, priority: i * 7 }));
    const index = await openIndex([
      ...others,
      doc({ id: 'voted-40', question: 'Where is my parcel?', priority: 40 }),
      doc({ id: 'voted-350', question: 'Where is my parcel?', priority: 350 }),
      doc({ id: 'voted-100', question: 'Where is my parcel?', priority: 100 }),
    ]);
    expect(await idsFor(index, 'parcel')).toEqual(['voted-350', 'voted-100', 'voted-40']);
  });

  it('ranks documents matching more of the query first', async () => {
    const index = await openIndex([
      doc({ id: 'refund', question: 'How long does a refund take?' }),
      doc({ id: 'refund-card', question: 'How long does a refund to my card take?' }),
      doc({ id: 'card', question: 'Which card types do you accept?' }),
    ]);
    expect((await idsFor(index, 'refund card'))[0]).toBe('refund-card');
  });
});

describe('what customers type', () => {
  const corpus = [
    doc({ id: 'refund-timing', question: 'How long does a refund take?', text: 'Refunds reach your card within five days.' }),
    doc({ id: 'receive-order', question: 'When will I receive my order?', text: 'Orders ship the same day.' }),
    doc({ id: 'returns', question: 'How do I return an item?', text: 'Start a return from My orders.' }),
    doc({ id: 'cafe', question: 'Is there a café in the store?', text: 'Our Résumé service helps job seekers.' }),
    doc({ id: 'wifi', question: 'Why does my Wi-Fi keep dropping?' }),
  ];

  it('finds a word from its first letters while it is being typed', async () => {
    expect((await idsFor(await openIndex(corpus), 'ret'))[0]).toBe('returns');
  });

  it('forgives a typo in a word still being typed', async () => {
    expect((await idsFor(await openIndex(corpus), 'recie'))[0]).toBe('receive-order');
  });

  it('does not complete a word the customer has finished with a space', async () => {
    expect(await idsFor(await openIndex(corpus), 'ret ')).toEqual([]);
  });

  it('forgives one typo in a word of five letters or more', async () => {
    expect(await idsFor(await openIndex(corpus), 'recieve order late')).toContain('receive-order');
    expect((await idsFor(await openIndex(corpus), 'refnud'))[0]).toBe('refund-timing');
  });

  it('does not correct a long word through a short stem', async () => {
    // `shipping` is stemmed to `ship`, one letter from `shop`: no typo of a five-letter word.
    const index = await openIndex([doc({ id: 'shop', question: 'Where is your shop?' }), doc({ id: 'refund', question: 'How long does a refund take?' })]);
    expect(await idsFor(index, 'shipping')).toEqual([]);
    expect(await idsFor(index, 'refnuded')).toEqual(['refund']);
  });

  it('ignores case, plurals and tenses', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'RETURNED items'))[0]).toBe('returns');
    expect((await idsFor(index, 'refunds'))[0]).toBe('refund-timing');
    expect((await idsFor(index, 'receiving'))[0]).toBe('receive-order');
  });

  it('ignores accents both ways', async () => {
    const index = await openIndex(corpus);
    expect(await idsFor(index, 'cafe')).toEqual(['cafe']);
    expect(await idsFor(index, 'resume service')).toEqual(['cafe']);
    expect(await idsFor(index, 'réturn')).toEqual(['returns']);
  });

  it('reads full-width letters and punctuation as their plain forms', async () => {
    expect((await idsFor(await openIndex(corpus), 'ｒｅｆｕｎｄ？！'))[0]).toBe('refund-timing');
  });

  it('finds hyphenated words written together, and the other way round', async () => {
    const index = await openIndex(corpus);
    expect(await idsFor(index, 'wifi')).toEqual(['wifi']);
    expect(await idsFor(index, 'wi-fi dropping')).toEqual(['wifi']);
  });
});

describe('synonyms', () => {
  const corpus = [
    doc({ id: 'refund-timing', question: 'How long does a refund take?' }),
    doc({ id: 'shipping', question: 'How long does shipping take?' }),
  ];
  const synonyms = [['refund', 'money back', '退款']];
  // Public text elsewhere on the site (another entry, another language) that says "money back" and "退款".
  const synonymTexts = ['When do I get my money back?', '退款需要多久？', 'How long does a refund take?'];

  it('finds an entry by another word of its group, in every entry', async () => {
    const index = await openIndex(corpus, { synonyms, synonymTexts });
    expect(await idsFor(index, 'how do I get my money back')).toEqual(['refund-timing']);
  });

  it('crosses languages when a group does', async () => {
    const index = await openIndex(corpus, { synonyms, synonymTexts });
    expect(await idsFor(index, '退款')).toEqual(['refund-timing']);
  });

  it('counts a group as one word: an entry that says the word and its synonym too is not counted twice', async () => {
    const index = await openIndex(
      [
        doc({ id: 'says-both', question: 'Refund policy', text: 'Your money back within five days.' }),
        doc({ id: 'says-refund', question: 'Refund policy', text: 'Paid back within five days.', priority: 10 }),
      ],
      { synonyms, synonymTexts },
    );
    // Equal matches: the higher priority comes first.
    expect(await idsFor(index, 'refund')).toEqual(['says-refund', 'says-both']);
  });

  it('counts a group once, however many of its words the query says', async () => {
    const index = await openIndex(
      [
        doc({ id: 'plan-price', question: 'What do cloud plans cost?', text: 'How much you pay depends on the plan; prices include VAT.' }),
        doc({ id: 'ship-countries', question: 'Which countries do you ship to?', text: 'Prices at checkout include import duties.' }),
        doc({ id: 'returns', question: 'How do I return an item?' }),
      ],
      { synonyms: [['price', 'cost', 'how much']], synonymTexts: ['What do cloud plans cost?', 'How much you pay', 'prices include VAT'] },
    );
    expect((await idsFor(index, 'how much does shipping cost'))[0]).toBe('ship-countries');
  });

  it('ranks the word typed above a synonym, however much rarer the synonym is', async () => {
    const index = await openIndex(
      [
        doc({ id: 'wireless', question: 'Wireless range' }),
        doc({ id: 'wifi', question: 'Wifi range' }),
        doc({ id: 'wifi-password', question: 'Where is the wifi password?' }),
        doc({ id: 'wifi-bands', question: 'Which wifi bands are supported?' }),
      ],
      { synonyms: [['wifi', 'wireless']], synonymTexts: ['Wifi range', 'Wireless range'] },
    );
    expect(await idsFor(index, 'wifi range')).toEqual(['wifi', 'wireless', 'wifi-password', 'wifi-bands']);
  });

  it('needs the whole phrase of a group: "back" alone is not "money back"', async () => {
    const index = await openIndex(corpus, { synonyms, synonymTexts });
    expect(await idsFor(index, 'back')).toEqual([]);
  });
});

describe('synonym phrases', () => {
  it('fire only when the whole phrase is there, stopwords included', async () => {
    const index = await openIndex(
      [doc({ id: 'tracking', question: 'How do I track a parcel?' }), doc({ id: 'cancel', question: 'Can I cancel an order?' })],
      { synonyms: [['where is my order', 'track parcel']], synonymTexts: ['Where is my order?', 'Track parcel'] },
    );
    expect((await idsFor(index, 'where is my order')).sort()).toEqual(['cancel', 'tracking']);
    expect(await idsFor(index, 'cancel order')).toEqual(['cancel']);
  });
});
