import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/astro/load-site.ts';
import { publicSearchIndex } from '../../src/astro/build-outputs.ts';
import { startPublicSearchIndexes } from '../../src/astro/search-index-thread.ts';
import { TEST_ACCESS_CODE } from '../support/astro-build.ts';

describe('the public search indexes built in a thread of their own', () => {
  it('are the files the dev server builds in its own thread, for every language, members-only entries left out', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    const indexes = await startPublicSearchIndexes(site);
    expect(indexes.map((index) => index.lang)).toEqual(['en', 'zh']);
    for (const { lang, files } of indexes) expect(files, lang).toEqual(publicSearchIndex(site, lang));
    const everything = indexes.flatMap((index) => index.files.map((file) => file.contents)).join('\n');
    expect(everything).toContain('return-window');
    expect(everything).not.toContain('widget-tuning');
  });
});
