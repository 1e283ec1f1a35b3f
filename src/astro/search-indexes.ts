import { buildSearchIndex } from '../core/search/build-index.ts';
import { searchTextsOf } from '../core/search/document-text.ts';
import { publicSearchDocuments } from '../core/search/search-documents.ts';
import type { SearchDocument, SearchIndexFile } from '../core/search/types.ts';
import type { LoadedSite } from './load-site.ts';
import { buildMembersSearchIndexes, membersSearchInput, type MembersSearchIndex, type MembersSearchInput } from './members-search.ts';

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

/** Every search index a build writes: plain data, so that a worker thread can build them all. */
export interface SearchIndexesInput {
  public: PublicSearchInput;
  /** The encrypted members-only section's catalogues, when the site has one. */
  members?: MembersSearchInput;
}

export interface SearchIndexes {
  public: PublicSearchIndex[];
  members?: MembersSearchIndex[];
}

export function searchIndexesInput(site: LoadedSite): SearchIndexesInput {
  return { public: publicSearchInput(site), ...(site.members.mode === 'encrypt' ? { members: membersSearchInput(site, site.members) } : {}) };
}

export function buildSearchIndexes(input: SearchIndexesInput): SearchIndexes {
  return { public: buildPublicSearchIndexes(input.public), ...(input.members ? { members: buildMembersSearchIndexes(input.members) } : {}) };
}
