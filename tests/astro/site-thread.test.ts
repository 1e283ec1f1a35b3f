import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { addressOf, loadSite, siteAddress, type SiteSource } from '../../src/astro/load-site.ts';
import { loadSiteInThread } from '../../src/astro/site-thread.ts';
import { ContentError, EditorError } from '../../src/core/content/problems.ts';
import { contentWithSite, removeContentCopies } from '../support/content-copies.ts';
import { TEST_ACCESS_CODE } from '../support/astro-build.ts';

// A build loads its content in a thread of its own while Astro starts; what comes back must be what loading in
// the build's own thread gives, mistakes included, and the address Astro is configured with before it is known.

afterAll(removeContentCopies);
// The thread reads the environment it starts with, as a build's thread does.
afterEach(() => vi.unstubAllEnvs());

const source = (contentDir: string, base?: string): SiteSource => ({ root: '.', contentDir, includeDrafts: false, ...(base ? { base } : {}) });

describe('the site loaded in a thread of its own', () => {
  it('is the site loading it here gives: model, members-only plan, pictures and warnings', async () => {
    // A fixed link key, so that both loads give members-only entries the same opaque anchors.
    vi.stubEnv('FAQ_ACCESS_CODES', TEST_ACCESS_CODE);
    vi.stubEnv('FAQ_LINK_KEY', Buffer.from('a link key for the thread test').toString('base64url'));
    const here = await loadSite(source('tests/fixtures/valid/content'));
    const there = await loadSiteInThread(source('tests/fixtures/valid/content'));
    expect(there).toEqual(here);
    expect(there.members.mode).toBe('encrypt');
    expect(there.model.languages.map((view) => view.lang)).toEqual(['en', 'zh']);
  });

  it('rejects with every problem of broken content, as loading it here does', async () => {
    const here = await loadSite(source('tests/fixtures/invalid/content')).catch((error: unknown) => error);
    const there = await loadSiteInThread(source('tests/fixtures/invalid/content')).catch((error: unknown) => error);
    expect(there).toBeInstanceOf(ContentError);
    expect((there as ContentError).message).toBe((here as ContentError).message);
    expect((there as ContentError).problems).toEqual((here as ContentError).problems);
    expect((there as ContentError).problems.length).toBeGreaterThan(3);
  });

  it('rejects with what to fix, and no stack trace, when a setting is wrong', async () => {
    vi.stubEnv('FAQ_JSON_PART_BYTES', '20MB');
    const error = await loadSiteInThread(source('tests/fixtures/valid/content')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EditorError);
    expect((error as EditorError).message).toBe('FAQ_JSON_PART_BYTES is "20MB", not a number of bytes — set a whole number of at least 1000, such as 20000000, or leave it unset for 20000000');
    expect((error as EditorError).stack).toBe('');
  });
});

describe('the address a build starts with, before the content is loaded', () => {
  it('is the loaded site’s, from site.yaml or from BASE_PATH', async () => {
    const { dir } = contentWithSite('url: https://help.example.com\nbase: /help/\n');
    vi.stubEnv('FAQ_ACCESS_CODES', TEST_ACCESS_CODE);
    for (const base of [undefined, '/support/']) {
      const loaded = await loadSite({ ...source(dir, base), root: dir });
      expect(siteAddress(source(dir, base))).toEqual(addressOf(loaded));
    }
    expect(siteAddress(source(dir))).toEqual({ base: '/help/', url: 'https://help.example.com' });
    expect(siteAddress(source(dir, '/support/')).base).toBe('/support/');
  });

  it('is the root for a folder without content, whose build then stops on the missing folder', () => {
    expect(siteAddress(source('tests/fixtures/no-such-folder'))).toEqual({ base: '/', url: undefined });
  });
});
