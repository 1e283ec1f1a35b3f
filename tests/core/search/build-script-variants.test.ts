import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/build-index.ts';
import { scriptVariants } from '../../../src/core/search/build-script-variants.ts';
import type { TermShardFile } from '../../../src/core/search/index-format.ts';
import { doc } from './search-fixtures.ts';

/** An index's terms, each with how many documents hold it. */
const terms = (counts: Record<string, number>) => new Map(Object.entries(counts));

describe('the characters a site writes in the other script of Chinese', () => {
  it('gives a simplified site the simplified character for each traditional one', () => {
    const variants = scriptVariants(terms({ 设: 4, 发: 3, 网: 2, 货: 1 }));
    expect(variants.get('設')).toBe('设');
    expect(variants.get('網')).toBe('网');
    expect(variants.get('貨')).toBe('货');
    // 發 and 髮 are two characters in traditional writing, one in simplified.
    expect(variants.get('發')).toBe('发');
    expect(variants.get('髮')).toBe('发');
  });

  it('gives a traditional site every traditional form it writes of a simplified character, the most used first', () => {
    const variants = scriptVariants(terms({ 發: 5, 髮: 2, 設: 1 }));
    expect(variants.get('发')).toBe('發髮');
    expect(variants.get('设')).toBe('設');
  });

  it('knows the regional forms of traditional characters as one character', () => {
    // Taiwan writes 裡, Hong Kong and the standard 裏; simplified 里.
    const variants = scriptVariants(terms({ 裡: 3 }));
    expect(variants.get('裏')).toBe('裡');
    expect(variants.get('里')).toBe('裡');
  });

  it('leaves alone a character the site writes, even where it has another form', () => {
    // In traditional writing 后 (empress) and 後 (after) are different words.
    const variants = scriptVariants(terms({ 后: 1, 後: 3 }));
    expect(variants.has('后')).toBe(false);
    expect(variants.has('後')).toBe(false);
  });

  it('has nothing for characters written the same in both scripts', () => {
    expect([...scriptVariants(terms({ 我: 1, 你: 2, 大: 1, 人: 1 }))]).toEqual([]);
  });

  it('weighs a character by the documents holding the terms it is in', () => {
    // 發 is in one term held by four documents, 髮 in two held by one each.
    expect(scriptVariants(terms({ 發貨: 4, 頭髮: 1, 髮: 1 })).get('发')).toBe('發髮');
    expect(scriptVariants(terms({ 發: 1, 頭髮: 3, 髮: 1 })).get('发')).toBe('髮發');
  });

  it('gives the pair a traditional site writes where its characters alone would be read wrong', () => {
    const variants = scriptVariants(terms({ 發貨: 5, 頭髮: 1, 髮: 1, 以後: 2, 皇后: 1 }));
    expect(variants.get('发')).toBe('發髮');
    expect(variants.get('头发')).toBe('頭髮');
    // The site writes 后 too (皇后, empress), so 后 stays itself but for the pair it writes as 後.
    expect(variants.has('后')).toBe(false);
    expect(variants.get('以后')).toBe('以後');
    // Pairs the characters alone read right need nothing.
    expect(variants.has('发货')).toBe(false);
    expect(variants.has('皇后')).toBe(false);
  });

  it('gives the word a site uses where Taiwan or Hong Kong says it another way, in either script', () => {
    const mainland = scriptVariants(terms({ 打印: 3, 软件: 2 }));
    expect(mainland.get('列印')).toBe('打印');
    expect(mainland.get('軟體')).toBe('软件');
    expect(mainland.get('软体')).toBe('软件');
    const taiwan = scriptVariants(terms({ 列印: 3, 軟體: 2 }));
    expect(taiwan.get('打印')).toBe('列印');
    expect(taiwan.get('软件')).toBe('軟體');
    expect(taiwan.get('軟件')).toBe('軟體');
    // A site that uses both words is searched for each as it is.
    expect(scriptVariants(terms({ 打印: 1, 列印: 1 })).has('打印')).toBe(false);
  });

  it('puts each counterpart in a Chinese index’s term shards, and none in other languages’ indexes', () => {
    const shardVariants = (lang: string, question: string) =>
      Object.assign({}, ...buildSearchIndex([doc({ id: 'a', lang, question })], { lang })
        .filter((file) => file.path.startsWith('terms/'))
        .map((file) => (JSON.parse(file.contents) as TermShardFile).variants ?? {})) as Record<string, string>;
    expect(shardVariants('zh', '周末发货吗')).toMatchObject({ 發: '发', 貨: '货', 嗎: '吗' });
    expect(shardVariants('zh-TW', '週末發貨嗎')).toMatchObject({ 发: '發', 货: '貨', 吗: '嗎' });
    expect(shardVariants('ja', '発送について')).toEqual({});
  });
});
