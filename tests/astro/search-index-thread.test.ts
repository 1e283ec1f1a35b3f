import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/astro/load-site.ts';
import { writeBuildOutputs, type BuildOutputContext } from '../../src/astro/build-outputs.ts';
import { buildMembersSearchIndexes, publicSearchIndex } from '../../src/astro/build-search-indexes.ts';
import { INDEX_BESIDE_PAGES_UP_TO, indexesBesidePages, startSearchIndexes } from '../../src/astro/search-index-thread.ts';
import { membersSearchInput } from '../../src/astro/members-search.ts';
import { TEST_ACCESS_CODE } from '../support/astro-build.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the search indexes built in a thread of their own', () => {
  it('are the files the dev server builds in its own thread, for every language, members-only entries left out', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    const indexes = (await startSearchIndexes(site)).public;
    expect(indexes.map((index) => index.lang)).toEqual(['en', 'zh']);
    for (const { lang, files } of indexes) expect(files, lang).toEqual(publicSearchIndex(site, lang));
    const everything = indexes.flatMap((index) => index.files.map((file) => file.contents)).join('\n');
    expect(everything).toContain('return-window');
    expect(everything).not.toContain('widget-tuning');
  });

  it('include the members-only catalogues’ indexes, each tier in each language, found by opaque id only', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    if (site.members.mode !== 'encrypt') throw new Error('the fixture has an encrypted members-only section');
    const members = (await startSearchIndexes(site)).members!;
    expect(members).toEqual(buildMembersSearchIndexes(membersSearchInput(site, site.members)));
    expect(members.map((index) => `${index.tier} ${index.lang}`)).toEqual(site.members.tiers.flatMap((tier) => site.membersOnly.map((view) => `${tier} ${view.lang}`)));
    const everything = members.flatMap((index) => Object.values(index.files)).join('\n');
    expect(everything).toContain('secret calibration mode');
    for (const id of site.members.opaqueIds.values()) expect(everything).toContain(id);
    for (const entry of site.members.opaqueIds.keys()) expect(everything).not.toContain(`"${entry.id}"`);
  });

  it('are built beside the pages for a site of up to 50,000 public entries, and after them past that, where both at once would take the most memory', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    const publicEntries = site.model.languages.reduce((count, view) => count + view.entryOrder.length, 0);
    expect(INDEX_BESIDE_PAGES_UP_TO).toBe(50_000);
    expect(indexesBesidePages(site)).toBe(true);
    expect(indexesBesidePages(site, publicEntries)).toBe(true);
    expect(indexesBesidePages(site, publicEntries - 1)).toBe(false);
  });

  it('are built in the build’s own thread when the worker thread failed, so the site still gets its index', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-outputs-'));
    folders.push(out);
    const failed = Promise.reject(new Error('the search index thread stopped (exit code 1) before it sent the index'));
    failed.catch(() => {});
    await writeBuildOutputs({ dir: pathToFileURL(`${out}/`), site, cacheDir: pathToFileURL(`${out}/.cache/`), searchIndexes: failed } as unknown as BuildOutputContext);
    for (const { lang, files } of (await startSearchIndexes(site)).public) {
      for (const file of files) expect(fs.readFileSync(path.join(out, '_faq/search', lang, file.path), 'utf8'), `${lang}/${file.path}`).toBe(file.contents);
    }
  });
});
