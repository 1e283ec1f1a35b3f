import { buildSearchIndex, type BuildSearchIndexOptions } from '../../../src/core/search/build-index.ts';
import { loadSearchIndex, type LoadedSearchIndex } from '../../../src/core/search/load-index.ts';
import { searchIndexes } from '../../../src/core/search/query.ts';
import type { SearchDocument, SearchIndexFile, SearchOptions } from '../../../src/core/search/types.ts';

/** A document with everything but what the test is about left plain. */
export function doc(fields: Partial<SearchDocument> & { id: string }): SearchDocument {
  return {
    lang: 'en',
    url: `q/${fields.id}/`,
    question: '',
    also: [],
    keywords: [],
    text: '',
    audience: ['prospect', 'new', 'loyal'],
    category: 'general',
    categoryTitle: 'General',
    priority: 0,
    ...fields,
  };
}

/** Opens built files through a loader, as the browser does over HTTP; records which files were read. */
export async function openFiles(files: readonly SearchIndexFile[], read: string[] = []): Promise<LoadedSearchIndex> {
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  return loadSearchIndex(async (path) => {
    read.push(path);
    const contents = byPath.get(path);
    if (contents === undefined) throw new Error(`no file ${path}`);
    return contents;
  });
}

export function openIndex(docs: readonly SearchDocument[], options: Partial<BuildSearchIndexOptions> = {}): Promise<LoadedSearchIndex> {
  return openFiles(buildSearchIndex(docs, { lang: docs[0]?.lang ?? 'en', ...options }));
}

/** The ids a query finds, best first. */
export async function idsFor(index: LoadedSearchIndex | LoadedSearchIndex[], query: string, options: SearchOptions = {}): Promise<string[]> {
  const { hits } = await searchIndexes(Array.isArray(index) ? index : [index], query, options);
  return hits.map((hit) => hit.id);
}
