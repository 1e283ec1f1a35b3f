import { buildSearchIndex } from '../core/search/build-index.ts';
import { searchTextsOf } from '../core/search/document-text.ts';
import { publicSearchDocuments } from '../core/search/search-documents.ts';
import type { SearchDocument, SearchIndexFile } from '../core/search/types.ts';
import type { LoadedSite } from './load-site.ts';

/** What the public search indexes are made of: plain data, so a worker thread can receive it. */
export interface PublicSearchInput {
  languages: { lang: string; documents: SearchDocument[] }[];
  synonyms: string[][];
}

export interface PublicSearchIndex {
  lang: string;
  files: SearchIndexFile[];
}

export function publicSearchInput(site: LoadedSite): PublicSearchInput {
  return {
    languages: site.model.languages.map((view) => ({ lang: view.lang, documents: publicSearchDocuments(site.model, view.lang) })),
    synonyms: site.content.synonyms.map((group) => [...group]),
  };
}

/**
 * The public search index of every language. A public index may only carry
 * synonyms found in public text, of every language (see `synonymsFoundIn`),
 * which is exactly the text of these documents.
 */
export function buildPublicSearchIndexes({ languages, synonyms }: PublicSearchInput): PublicSearchIndex[] {
  const synonymTexts = languages.flatMap(({ documents }) => documents.flatMap(searchTextsOf));
  return languages.map(({ lang, documents }) => ({ lang, files: buildSearchIndex(documents, { lang, synonyms, scope: 'public', synonymTexts }) }));
}
