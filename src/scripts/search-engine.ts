import { loadSearchIndex, searchIndexes, type LoadedSearchIndex } from '../core/search/index.ts';
import type { SearchOptions, SearchResponse } from '../core/search/types.ts';
import { extraSearchIndexes } from './search-sources.ts';
import { searchIndexFolder } from '../core/output-folders.ts';
import { onThisSite } from './site-path.ts';
import { takeIndexText } from './search-prefetch.ts';

/**
 * The search engine in the browser: the very code `npm run search` runs,
 * reading the static index files of one language, fetched only when needed.
 * Members-only search loads its index through this module too, so the
 * engine and the search code arrive as one file.
 */
export { loadSearchIndex };
const opened = new Map<string, Promise<LoadedSearchIndex>>();

export function openPublicIndex(lang: string): Promise<LoadedSearchIndex> {
  let pending = opened.get(lang);
  if (!pending) {
    const folder = onThisSite(searchIndexFolder(lang));
    pending = loadSearchIndex((path) => takeIndexText(folder + path));
    // A failed load may be a passing network problem: let the next attempt fetch again.
    pending.catch(() => opened.delete(lang));
    opened.set(lang, pending);
  }
  return pending;
}

export async function search(lang: string, query: string, options: SearchOptions): Promise<SearchResponse> {
  const [publicIndex, extra] = await Promise.all([openPublicIndex(lang), extraSearchIndexes(lang)]);
  const response = await searchIndexes([publicIndex, ...extra.indexes], query, options);
  // An answer readable in two members-only tiers the code opens is in both tiers' indexes: show it once.
  const seen = new Set<string>();
  response.hits = response.hits.filter((hit) => !seen.has(hit.url) && Boolean(seen.add(hit.url)));
  // Members-only answers that could not load may be the ones asked for: "no answers" would not be true.
  if (extra.failed && response.hits.length === 0) throw new Error('an extra search index failed to load');
  return response;
}
