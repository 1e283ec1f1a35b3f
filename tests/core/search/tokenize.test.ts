import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../../src/core/search/tokenize.ts';
import { stemWord } from '../../../src/core/search/stem.ts';
import { foldWord } from '../../../src/core/search/normalize.ts';

describe('tokenizing', () => {
  it('folds case, accents, full-width forms and apostrophes', () => {
    expect(['Café', 'RÉSUMÉ', 'Ｒｅｆｕｎｄ', "customer's", 'Straße', 'Ærø'].map(foldWord)).toEqual([
      'cafe', 'resume', 'refund', 'customers', 'strasse', 'aero',
    ]);
  });

  it('reads Arabic and Hebrew with or without their vowel signs, and Arabic letters written either way as one', () => {
    // With vowel signs, with and without hamza, teh marbuta or heh, alef maksura or yeh, stretched by tatweel.
    const arabic = [['ثَلاثُونَ', 'ثلاثون'], ['إرجاع', 'ارجاع'], ['آخر', 'اخر'], ['مكتبة', 'مكتبه'], ['مستشفى', 'مستشفي'], ['كتـــاب', 'كتاب']];
    for (const [written, typed] of arabic) expect(foldWord(written!), written).toBe(foldWord(typed!));
    expect(foldWord('שָׁלוֹם')).toBe(foldWord('שלום'));
    // Japanese voicing marks make another word: ガ is not カ.
    expect(foldWord('ガイド')).not.toBe(foldWord('カイド'));
  });

  it('brings plurals and tenses together, and leaves codes alone', () => {
    const groups = [
      ['return', 'returns', 'returned', 'returning'],
      ['receive', 'received', 'receiving', 'receives'],
      ['ship', 'ships', 'shipped', 'shipping'],
      ['delivery', 'deliveries'],
      ['box', 'boxes'],
      ['use', 'used', 'using', 'uses'],
    ];
    for (const group of groups) expect(new Set(group.map(stemWord)).size, group.join(' ')).toBe(1);
    expect(['e157', 'x2s', 'ios'].map(stemWord)).toEqual(['e157', 'x2s', 'ios']);
  });

  it('brings British and American spellings together, and the forms of a verb that doubles its l', () => {
    const groups = [
      ['colour', 'color', 'colours', 'coloured'],
      ['colorful', 'colourful'],
      ['favourite', 'favorites', 'favourites'],
      ['neighbourhood', 'neighborhood'],
      ['behaviour', 'behavior'],
      ['behavioural', 'behavioral'],
      ['organise', 'organize', 'organised', 'organizing', 'organises'],
      ['organisation', 'organization'],
      ['analyse', 'analyze', 'analysed', 'analyzing'],
      ['licence', 'license', 'licences', 'licensing'],
      ['defence', 'defense'],
      ['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling'],
      ['travellers', 'travelers', 'traveler'],
      ['label', 'labelled', 'labeled'],
      ['marvellous', 'marvelous'],
      ['catalogue', 'catalog', 'catalogues', 'catalogued', 'cataloging'],
      ['dialogue', 'dialog'],
    ];
    for (const group of groups) expect(new Set(group.map(stemWord)).size, group.join(' ')).toBe(1);
  });

  it('keeps together the forms of a word that met before, in English and in other languages', () => {
    const groups = [
      ['install', 'installs', 'installed', 'installing'],
      ['misspell', 'misspelled'],
      ['anglais', 'anglaise'],
      ['preis', 'preise'],
      ['bestell', 'bestelle'],
      ['feliz', 'felizes'],
    ];
    for (const group of groups) expect(new Set(group.map(stemWord)).size, group.join(' ')).toBe(1);
  });

  it('keeps words apart that only look like another spelling of each other', () => {
    const apart = [
      ['score', 'scour'],
      ['filled', 'filed'],
      ['filling', 'filing'],
      ['spell', 'spel'],
      ['encore', 'encours'],
      ['retour', 'retors'],
      ['votre', 'voter'],
      ['montre', 'monter'],
    ];
    for (const [a = '', b = ''] of apart) expect(stemWord(a), `${a} ${b}`).not.toBe(stemWord(b));
  });

  it('drops English stopwords from what is indexed', () => {
    expect(termsOf('How do I get my money back?')).toEqual(['get', 'money', 'back']);
  });

  it('keeps `done`, a state customers ask about, among the forms of `do` it drops', () => {
    expect(termsOf('How do I mark a card as done?')).toEqual(['mark', 'card', stemWord('done')]);
  });

  it('keeps `only`, the filter a customer asks for', () => {
    expect(termsOf('Can I see only the mail I archived?')).toEqual(['see', 'only', 'mail', stemWord('archived')]);
  });

  it('keeps an English stopword written on its own among Chinese, where it is the word asked about', () => {
    expect(termsOf('their是什么意思')).toEqual([stemWord('their'), '是什', '什么', '么意', '意思']);
    expect(termsOf('“All” 标签')).toEqual(['all', '标签']);
    expect(termsOf('Where is the 订单')).toEqual(['订单']);
  });

  it('cuts CJK text into overlapping bigrams, keeping Latin words whole', () => {
    expect(termsOf('如何申请退货')).toEqual(['如何', '何申', '申请', '请退', '退货']);
    expect(termsOf('电水壶Pro显示E157')).toEqual(['电水', '水壶', 'pro', '显示', 'e157']);
    expect(termsOf('退', {})).toEqual(['退']);
    expect(termsOf('退货', { unigrams: true })).toEqual(['退货', '退', '货']);
  });

  it('treats full-width punctuation as a separator', () => {
    expect(termsOf('退款，多久？')).toEqual(['退款', '多久']);
  });

  it('adds hyphenated words written as one after their parts', () => {
    expect(termsOf('Wi-Fi e-mail')).toEqual(['wi', 'fi', 'wifi', 'e', 'mail', 'email']);
  });

  it('keeps where each token came from, for highlighting', () => {
    const [token] = tokenize('  Ｒｅｆｕｎｄ!');
    expect(token).toMatchObject({ term: 'refund', start: 2, end: 8 });
  });
});
