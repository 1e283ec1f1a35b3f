import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/build-index.ts';
import { SEARCH_FIELDS, SEARCH_FORMAT_VERSION, termShard } from '../../../src/core/search/settings.ts';
import { PRIORITY_STEP_BITS } from '../../../src/core/search/priority-levels.ts';
import type { DisplayShardFile, TermShardFile } from '../../../src/core/search/index-format.ts';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { decodeNumbers } from '../../../src/core/search/codec.ts';
import { doc, openFiles } from './search-fixtures.ts';

// Enough distinct words for several shards of each kind.
const corpus = Array.from({ length: 1200 }, (_, i) =>
  doc({
    id: `entry-${i}`,
    question: `Question ${i} about ${['refunds', 'shipping', 'warranty', 'passwords'][i % 4]} and item${i % 97}`,
    text: `Answer number ${i} mentions part${i % 89}, model${i % 53} and colour${i % 31}.`,
    category: ['orders/refunds', 'orders/shipping', 'products', 'account'][i % 4] ?? 'general',
  }),
);

describe('exported index files', () => {
  it('are one file every query reads (manifest, per-document data, vocabulary), term shards and display shards', () => {
    const paths = buildSearchIndex(corpus, { lang: 'en' }).map((file) => file.path);
    expect(paths[0]).toBe('index.json');
    expect(paths.filter((path) => /^terms\/\d+\.json$/.test(path)).length).toBeGreaterThan(1);
    expect(paths.filter((path) => /^display\/\d+\.json$/.test(path)).length).toBeGreaterThan(1);
    expect(paths.every((path) => /^index\.json$|^(terms|display)\/\d+\.json$/.test(path))).toBe(true);
  });

  it('are the same for the same documents, whatever their order', () => {
    const once = buildSearchIndex(corpus, { lang: 'en' });
    const again = buildSearchIndex([...corpus].reverse(), { lang: 'en' });
    expect(again).toEqual(once);
  });

  it('are read only as far as a query needs: the term shard of its word and the display shards of the hits shown', async () => {
    const files = buildSearchIndex(corpus, { lang: 'en' });
    const read: string[] = [];
    const index = await openFiles(files, read);
    const { hits } = await searchIndexes([index], 'warranty', { limit: 3 });
    // The hits shown are answers about warranty, with the question text their display shard holds.
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.question.text).toMatch(/^Question \d+ about warranty and item\d+$/);

    const holding = (folder: string, has: (contents: string) => boolean) =>
      files.filter((file) => file.path.startsWith(folder) && has(file.contents)).map((file) => file.path).sort();
    const termShardsOfWord = holding('terms/', (contents) => 'warranty' in (JSON.parse(contents) as TermShardFile).terms);
    const displayShardsOfHits = holding('display/', (contents) =>
      (JSON.parse(contents) as DisplayShardFile).docs.some(([id]) => hits.some((hit) => hit.id === id)));
    expect(termShardsOfWord).toHaveLength(1);
    expect(read.filter((path) => path.startsWith('terms/')).sort()).toEqual(termShardsOfWord);
    expect(read.filter((path) => path.startsWith('display/')).sort()).toEqual(displayShardsOfHits);
    // Most of the index stays unread.
    expect(index.manifest.termShardStarts.length).toBeGreaterThan(termShardsOfWord.length);
    expect(files.filter((file) => file.path.startsWith('display/')).length).toBeGreaterThan(displayShardsOfHits.length);
  });

  it('keep a Chinese character with the bigrams it starts, so a query reads one term shard per distinct first character', async () => {
    const phrases = ['如何申请退货', '退款多久到账', '门铃电池更换', '温控器离线了', '发票怎么开具', '保修期是多久', '密码忘记了怎么办', '配送需要几天'];
    // Characters of their own in every document, for many terms and so several shards.
    const characters = (i: number) => Array.from({ length: 12 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 131 + k * 977) % 6000))).join('');
    const zh = Array.from({ length: 600 }, (_, i) =>
      doc({ id: `zh${i}`, lang: 'zh', question: `${phrases[i % phrases.length]}${characters(i)}`, text: characters(i + 7919) }));
    const files = buildSearchIndex(zh, { lang: 'zh' });
    const read: string[] = [];
    const index = await openFiles(files, read);
    const { hits } = await searchIndexes([index], '退货申请', { limit: 3 });
    expect(hits[0]?.question.text).toMatch(/^如何申请退货/);
    // 退 货 申 请 and the bigrams 退货 货申 申请: terms of four first characters.
    const shardsOfFirstCharacters = new Set(['退', '货', '申', '请'].map((character) => termShard(character, index.manifest.termShardStarts)));
    expect(index.manifest.termShardStarts.length).toBeGreaterThan(shardsOfFirstCharacters.size);
    expect(new Set(read.filter((path) => path.startsWith('terms/'))).size).toBe(shardsOfFirstCharacters.size);
  });

  it('keep the words that start alike together, so completing a word as it is typed reads one term shard', async () => {
    const words = ['route', 'router', 'routers', 'routing', 'routine'];
    const documents = [...corpus, ...words.map((word, i) => doc({ id: `rout-${i}`, question: `Help with the ${word}`, text: `All about the ${word}.` }))];
    const files = buildSearchIndex(documents, { lang: 'en' });
    const read: string[] = [];
    const index = await openFiles(files, read);
    const { hits } = await searchIndexes([index], 'rout', { limit: 10, prefix: true });
    expect(hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(words.map((_, i) => `rout-${i}`)));
    expect(index.manifest.termShardStarts.length).toBeGreaterThan(10);
    expect(read.filter((path) => path.startsWith('terms/'))).toHaveLength(1);
  });

  it('refuse to load when built for another format version', async () => {
    const files = buildSearchIndex(corpus, { lang: 'en' }).map((file) =>
      file.path === 'index.json'
        ? { ...file, contents: JSON.stringify({ ...JSON.parse(file.contents), manifest: { ...JSON.parse(file.contents).manifest, formatVersion: SEARCH_FORMAT_VERSION + 1 } }) }
        : file,
    );
    await expect(openFiles(files)).rejects.toThrow(/format version .* rebuild the site/);
  });

  it('change their format version whenever the fields or the priority levels change', () => {
    // The version is all a browser compares between the search it holds and the index it fetches.
    // Changed a field, or how priorities are kept? Raise SEARCH_FORMAT_VERSION, then update this expectation.
    expect({ version: SEARCH_FORMAT_VERSION, priorityStepBits: PRIORITY_STEP_BITS, fields: SEARCH_FIELDS }).toEqual({
      version: 20,
      priorityStepBits: 1,
      fields: [
        { name: 'question', resolution: 1, tokenize: { unigrams: true }, lengthSteps: 4, pinyin: true, repeats: 3 },
        { name: 'keywords', resolution: 1, tokenize: { unigrams: true }, pinyin: true },
        { name: 'text', resolution: 1, tokenize: {}, maxTerms: 64, lengthSteps: 2, pinyin: false },
      ],
    });
  });

  it('say with the postings of the words of product names which products hold them, and in display records the products of each document', () => {
    const files = buildSearchIndex(
      [
        doc({ id: 'plain', question: 'Tempo energy use', products: ['Tempo Thermostat'] }),
        doc({ id: 'plus', question: 'Tempo Plus energy use', products: ['Tempo Plus Thermostat'] }),
        doc({ id: 'none', question: 'Delivery times' }),
      ],
      { lang: 'en' },
    );
    const shards = files.filter((file) => file.path.startsWith('terms/')).map((file) => JSON.parse(file.contents) as TermShardFile);
    const products = Object.assign({}, ...shards.map((shard) => shard.products ?? {})) as Record<string, string>;
    // Products are numbered by name: the Tempo Plus Thermostat (three words) is 0, the Tempo Thermostat (two) 1.
    expect(decodeNumbers(products.tempo ?? '')).toEqual([1, 0, 3, 1, 2]);
    expect(decodeNumbers(products.plus ?? '')).toEqual([1, 0, 3]);
    const records = files.filter((file) => file.path.startsWith('display/')).flatMap((file) => (JSON.parse(file.contents) as DisplayShardFile).docs);
    expect(Object.fromEntries(records.map((record) => [record[0], record[4]]))).toEqual({ plain: [1], plus: [0], none: undefined });
  });

  it('say in a Chinese index how many times a question or one of its wordings says a term, to three, and once in an English one', async () => {
    const chinese = await openFiles(buildSearchIndex(
      [
        doc({ id: 'once', lang: 'zh', question: '聊天软件' }),
        doc({ id: 'twice', lang: 'zh', question: '聊天室聊天交友' }),
        doc({ id: 'often', lang: 'zh', question: '聊天聊天聊天聊天' }),
        // Saying the question again in other words is not naming its subject twice.
        doc({ id: 'reworded', lang: 'zh', question: '聊天工具', also: ['聊天软件', '哪个聊天软件好'] }),
      ],
      { lang: 'zh' },
    ));
    await chinese.loadAll();
    const records = [...(await chinese.records([0, 1, 2, 3]))];
    const [once, twice, often, reworded] = ['once', 'twice', 'often', 'reworded'].map((id) => records.find(([, record]) => record[0] === id)?.[0]);
    expect(new Set(chinese.matches('聊天')[0])).toEqual(new Set([once, twice, often, reworded]));
    expect(chinese.repeats('聊天', 0)).toEqual(new Map([[twice, 2], [often, 3]]));
    // A pair's pinyin stands for the pair, whose own count says how often: it is posted once.
    expect(chinese.matches("liao'tian")[0]).toHaveLength(4);
    expect(chinese.repeats("liao'tian", 0)).toBeUndefined();

    const english = await openFiles(buildSearchIndex([doc({ id: 'also', question: 'Reset the router', also: ['Router reset'] })], { lang: 'en' }));
    await english.loadAll();
    expect(english.matches('router')[0]).toEqual([0]);
    expect(english.repeats('router', 0)).toBeUndefined();
  });

  it('refuse documents of another language, and two documents with one id', () => {
    expect(() => buildSearchIndex([doc({ id: 'a', lang: 'zh' })], { lang: 'en' })).toThrow(/is in zh, but this index is for en/);
    expect(() => buildSearchIndex([doc({ id: 'a' }), doc({ id: 'a' })], { lang: 'en' })).toThrow(/share the id a/);
  });

  it('leave out the URL of documents that follow the common pattern, and restore it on reading', async () => {
    const files = buildSearchIndex([...corpus.slice(0, 3), doc({ id: 'odd', question: 'An odd one', url: 'elsewhere/odd.html' })], { lang: 'en' });
    const { manifest } = JSON.parse(files.find((file) => file.path === 'index.json')?.contents ?? '{}') as { manifest: { urlPattern: string } };
    expect(manifest.urlPattern).toBe('q/{id}/');
    const { hits } = await searchIndexes([await openFiles(files)], 'odd question');
    expect(hits.map((hit) => hit.url)).toEqual(expect.arrayContaining(['elsewhere/odd.html', 'q/entry-0/']));
  });
});
