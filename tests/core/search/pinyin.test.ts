import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { pinyinPairTerms, pinyinSyllables as readAs } from '../../../src/core/search/pinyin.ts';
import { MANDARIN_SYLLABLES } from '../../../src/core/search/build-pinyin.ts';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

describe('reading a typed word as pinyin', () => {
  const mandarin = new Set(MANDARIN_SYLLABLES.split(' '));
  const pinyinSyllables = (word: string) => readAs(word, mandarin);

  it('splits it into the fewest syllables', () => {
    expect(pinyinSyllables('meituxiuxiu')).toEqual(['mei', 'tu', 'xiu', 'xiu']);
    expect(pinyinSyllables('xian')).toEqual(['xian']);
    expect(pinyinSyllables('heilongjiangjianzhu')).toEqual(['hei', 'long', 'jiang', 'jian', 'zhu']);
    expect(pinyinSyllables('nvzhuang')).toEqual(['nv', 'zhuang']);
  });

  it('knows every syllable the build writes for a common character', () => {
    const written = new Set<string>();
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      for (const reading of pinyin(String.fromCodePoint(code), { toneType: 'none', type: 'array', v: true, multiple: true })) written.add(reading);
    }
    const unknown = [...written].filter((syllable) => /^[a-z]+$/.test(syllable) && !mandarin.has(syllable));
    // A consonant alone (呣 m, 嗯 ng) is left out on purpose.
    expect(unknown.sort()).toEqual(['hm', 'hng', 'm', 'n', 'ng'].filter((syllable) => written.has(syllable)));
  });

  it('reads no word that is not pinyin throughout', () => {
    expect(pinyinSyllables('thermostat')).toBeUndefined();
    expect(pinyinSyllables('x200')).toBeUndefined();
    expect(pinyinSyllables('')).toBeUndefined();
  });

  it('asks for each two syllables in a row', () => {
    expect(pinyinPairTerms(['mei', 'tu', 'xiu', 'xiu'])).toEqual(["mei'tu", "tu'xiu", "xiu'xiu"]);
    expect(pinyinPairTerms(['xian'])).toEqual([]);
  });
});

describe('searching a Chinese site in pinyin', () => {
  const zh = (id: string, question: string, extra: Partial<Parameters<typeof doc>[0]> = {}) => doc({ id, question, lang: 'zh', url: `zh/q/${id}/`, ...extra });
  const corpus = [
    zh('meitu', '美图秀秀怎么去水印'),
    zh('bank', '银行卡怎么绑定'),
    zh('walk', '行走时手环不计步'),
    zh('refund', '退款多久到账', { keywords: ['退货'] }),
    zh('shade', 'Shade 窗帘电机怎么配对'),
    zh('shader', '沙德的保修范围'),
  ];

  it('finds the entry from pinyin typed without spaces, with spaces, or beside characters', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'meituxiuxiu'))[0]).toBe('meitu');
    expect((await idsFor(index, 'meitu xiuxiu'))[0]).toBe('meitu');
    expect((await idsFor(index, 'mei tu xiu xiu'))[0]).toBe('meitu');
    expect((await idsFor(index, 'meitu去水印'))[0]).toBe('meitu');
  });

  it('reads a character as its word says it', async () => {
    const index = await openIndex(corpus);
    expect(await idsFor(index, 'yinhang')).toEqual(['bank']);
    expect(await idsFor(index, 'xingzou')).toEqual(['walk']);
  });

  it('finds keywords typed in pinyin', async () => {
    expect(await idsFor(await openIndex(corpus), 'tuihuo')).toEqual(['refund']);
  });

  it('takes a word the site uses as that word, not as pinyin', async () => {
    expect(await idsFor(await openIndex(corpus), 'shade')).toEqual(['shade']);
  });

  it('leaves pinyin out of a site in another language', async () => {
    const index = await openIndex([doc({ id: 'meitu', question: 'How do I remove the watermark in 美图秀秀?' })]);
    expect(index.manifest.pinyin).toBeUndefined();
    expect(await idsFor(index, 'meituxiuxiu')).toEqual([]);
  });
});
