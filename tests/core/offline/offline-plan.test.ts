import { describe, expect, it } from 'vitest';
import {
  buildOfPage,
  cacheKindOf,
  cacheName,
  isEntryPage,
  isStaleCache,
  languageOf,
  mayStore,
  questionOfPage,
  requestKind,
  searchFolderOf,
  searchIndexFiles,
  type OfflineLanguage,
} from '../../../src/core/offline/offline-plan.ts';

const languages: OfflineLanguage[] = [
  { lang: 'en', home: '/help/', offlineUrl: '/help/offline/', savedUrl: '/help/saved/' },
  { lang: 'zh', home: '/help/zh/', offlineUrl: '/help/zh/offline/', savedUrl: '/help/zh/saved/' },
];
const encrypted = { base: '/help/', hostedMembers: false };
const hosted = { base: '/help/', hostedMembers: true };

describe('what the service worker does with a request', () => {
  it('reads pages from the network first and keeps them, under the site’s base only', () => {
    expect(requestKind('/help/q/wifi/', true, encrypted)).toBe('page');
    expect(requestKind('/help/zh/c/orders/', true, encrypted)).toBe('page');
    expect(requestKind('/other-site/q/wifi/', true, encrypted)).toBe('never');
  });

  it('sorts the build’s files: hashed assets, search index files, encrypted members-only files, the lists of what may be saved', () => {
    expect(requestKind('/help/_astro/site.Ab12.css', false, encrypted)).toBe('asset');
    expect(requestKind('/help/_faq/search/en/terms/3.json', false, encrypted)).toBe('search');
    expect(requestKind('/help/_faq/m/manifest.json', false, encrypted)).toBe('members');
    expect(requestKind('/help/_faq/offline/en.json', false, encrypted)).toBe('offline-list');
    expect(requestKind('/help/faq.json', false, encrypted)).toBe('never');
    expect(requestKind('/help/sw.js', false, encrypted)).toBe('never');
  });

  it('keeps the encrypted members page, but never a members-only page a host serves readable behind its login', () => {
    expect(requestKind('/help/members/', true, encrypted)).toBe('page');
    for (const path of ['/help/members', '/help/members/', '/help/members/q/secret/', '/help/members/_search/en/index.json']) {
      expect(requestKind(path, path.endsWith('/'), hosted), path).toBe('never');
    }
  });

  it('never stores what the server marked private or not to be stored, nor an error', () => {
    expect(mayStore(200, null)).toBe(true);
    expect(mayStore(200, 'no-cache')).toBe(true);
    expect(mayStore(200, 'private, no-store')).toBe(false);
    expect(mayStore(200, 'max-age=0, No-Store')).toBe(false);
    expect(mayStore(200, 'private')).toBe(false);
    expect(mayStore(404, null)).toBe(false);
  });
});

describe('caches named by build', () => {
  const build = { base: '/help/', build: 'b2' };
  it('carry the base and the build, so that another build’s caches of this site, and only those, are stale', () => {
    expect(cacheName('pages', build)).toBe('faq|/help/|pages|b2');
    expect(isStaleCache('faq|/help/|pages|b1', build)).toBe(true);
    expect(isStaleCache('faq|/help/|search|b2', build)).toBe(false);
    // Another help center on the same origin, and caches of other code, are left alone.
    expect(isStaleCache('faq|/docs/|pages|b1', build)).toBe(false);
    expect(isStaleCache('workbox-precache-v2', build)).toBe(false);
  });

  it('tell their kind whatever their build', () => {
    expect(cacheKindOf('faq|/help/|saved|b1', '/help/')).toBe('saved');
    expect(cacheKindOf('faq|/docs/|saved|b1', '/help/')).toBeUndefined();
  });
});

describe('pages', () => {
  it('belong to the language with the longest home they start with', () => {
    expect(languageOf('/help/zh/q/wifi/', languages)?.lang).toBe('zh');
    expect(languageOf('/help/q/wifi/', languages)?.lang).toBe('en');
  });

  it('are answers when they are an entry’s own page', () => {
    expect(isEntryPage('/help/q/wifi/', languages)).toBe(true);
    expect(isEntryPage('/help/zh/q/wifi/', languages)).toBe(true);
    expect(isEntryPage('/help/c/orders/', languages)).toBe(false);
    expect(isEntryPage('/help/q/wifi/extra/', languages)).toBe(false);
  });

  it('tell their build and their question', () => {
    const html = '<html><head><meta name="faq-build" content="mx33qrw7"></head><body><h1 class="q">Can I use &lt;5 GHz&gt; &amp; 2.4 GHz? It&#39;s &#x201C;fine&#x201D;</h1></body></html>';
    expect(buildOfPage(html)).toBe('mx33qrw7');
    expect(buildOfPage('<html></html>')).toBeUndefined();
    expect(questionOfPage(html)).toBe('Can I use <5 GHz> & 2.4 GHz? It\'s “fine”');
  });
});

describe('a language’s search index', () => {
  it('is every file its index.json names: the index, each term shard and each display shard; and the toolbar’s results panel', () => {
    expect(searchIndexFiles({ manifest: { termShardStarts: ['', 'k', 's'], docCount: 250, displayShardSize: 100 } })).toEqual([
      'index.json',
      'panel.json',
      'terms/0.json',
      'terms/1.json',
      'terms/2.json',
      'display/0.json',
      'display/1.json',
      'display/2.json',
    ]);
  });

  it('is found by its folder', () => {
    expect(searchFolderOf('/help/_faq/search/zh/terms/1.json', '/help/')).toBe('/help/_faq/search/zh/');
    expect(searchFolderOf('/help/_faq/m/manifest.json', '/help/')).toBeUndefined();
  });
});
