import { publicSearchDocuments } from '../core/search/search-documents.ts';
import type { SearchDocument, SearchIndexFile } from '../core/search/types.ts';
import type { LoadedSite } from './load-site.ts';
import { membersSearchInput, type MembersSearchIndex, type MembersSearchInput } from './members-search.ts';

/**
 * What a build's search indexes are made of, as plain data, so that a worker
 * thread can receive it. The indexes themselves are built by
 * `build-search-indexes.ts`, which the build's own thread loads only when it
 * builds them itself.
 */

/** What the public search indexes are made of. */
export interface PublicSearchInput {
  languages: { lang: string; documents: SearchDocument[] }[];
  synonyms: string[][];
}

/** One language's search index, as the files it is written in. */
export interface LanguageSearchIndex {
  lang: string;
  files: SearchIndexFile[];
}

export function publicSearchInput(site: LoadedSite): PublicSearchInput {
  return {
    languages: site.model.languages.map((view) => ({ lang: view.lang, documents: publicSearchDocuments(site.model, view.lang) })),
    synonyms: site.content.synonyms.map((group) => [...group]),
  };
}

/** Every search index a build writes. */
export interface SearchIndexesInput {
  public: PublicSearchInput;
  /** The encrypted members-only section's catalogues, when the site has one. */
  members?: MembersSearchInput;
}

export interface SearchIndexes {
  public: LanguageSearchIndex[];
  members?: MembersSearchIndex[];
}

export function searchIndexesInput(site: LoadedSite): SearchIndexesInput {
  return { public: publicSearchInput(site), ...(site.members.mode === 'encrypt' ? { members: membersSearchInput(site, site.members) } : {}) };
}
