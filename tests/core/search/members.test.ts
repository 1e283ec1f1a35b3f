import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/build-index.ts';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { doc, idsFor, openFiles } from './search-fixtures.ts';

const corpus = [
  doc({ id: 'public-warranty', question: 'How long is the warranty?', text: 'Two years from delivery.', audience: ['prospect', 'new'] }),
  doc({
    id: 'm-7f3a', url: 'members/#m-7f3a', question: 'How do I claim the loyalty warranty extension?',
    text: 'Quote the secret code LOYAL-EXTEND-42 to support.', keywords: ['zanzibar'], audience: ['loyal'], members: true,
  }),
];

describe('members-only entries', () => {
  it('never reach a public index, in any file, while the public entries do', async () => {
    const files = buildSearchIndex(corpus, { lang: 'en' });
    const everything = files.map((file) => file.contents).join('\n');
    for (const secret of ['m-7f3a', 'loyalty', 'LOYAL-EXTEND-42', 'zanzibar', 'extension']) expect(everything).not.toContain(secret);
    // The same files hold the public entry and find it: the index is not merely empty.
    expect(everything).toContain('public-warranty');
    const publicIndex = await openFiles(files);
    expect(publicIndex.manifest).toMatchObject({ scope: 'public', docCount: 1 });
    expect(await idsFor(publicIndex, 'warranty')).toEqual(['public-warranty']);
    expect(await idsFor(publicIndex, 'two years delivery')).toEqual(['public-warranty']);
    for (const secret of ['zanzibar', 'loyalty extension']) expect(await idsFor(publicIndex, secret)).toEqual([]);
  });

  it('are found in an index of their own, built by the same builder', async () => {
    const members = await openFiles(buildSearchIndex(corpus.filter((entry) => entry.members), { lang: 'en', scope: 'members' }));
    expect(members.manifest).toMatchObject({ scope: 'members', docCount: 1 });
    // By its keyword, its question and its answer alike.
    for (const query of ['zanzibar', 'loyalty extension', 'claim the warranty', 'secret code']) expect(await idsFor(members, query)).toEqual(['m-7f3a']);
    const { hits } = await searchIndexes([members], 'zanzibar');
    expect(hits.map((hit) => [hit.members, hit.url, hit.question.text])).toEqual([[true, 'members/#m-7f3a', 'How do I claim the loyalty warranty extension?']]);
  });

  it('merge with public hits when both indexes are searched, marked as members-only', async () => {
    const publicIndex = await openFiles(buildSearchIndex(corpus, { lang: 'en' }));
    const members = await openFiles(buildSearchIndex(corpus.filter((entry) => entry.members), { lang: 'en', scope: 'members' }));
    const { hits } = await searchIndexes([publicIndex, members], 'warranty');
    expect(hits.map((hit) => [hit.id, hit.members, hit.url])).toEqual(
      expect.arrayContaining([
        ['public-warranty', false, 'q/public-warranty/'],
        ['m-7f3a', true, 'members/#m-7f3a'],
      ]),
    );
    expect(await idsFor([publicIndex, members], 'loyalty warranty')).toEqual(['m-7f3a', 'public-warranty']);
  });
});
