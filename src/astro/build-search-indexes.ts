import { buildSearchIndex } from '../core/search/build-index.ts';
import { searchTextsOf } from '../core/search/document-text.ts';
import { publicSearchDocuments, publicSearchTexts, searchDocumentsOf } from '../core/search/search-documents.ts';
import type { LoadedSite } from './load-site.ts';
import type { MembersSearchIndex, MembersSearchInput } from './members-search.ts';
import type { LanguageSearchIndex, PublicSearchInput, SearchIndexes, SearchIndexesInput } from './search-indexes.ts';

/**
 * The public search index of every language. A public index may only carry
 * synonyms found in public text, of every language (see `synonymsFoundIn`),
 * which is exactly the text of these documents.
 */
export function buildPublicSearchIndexes({ languages, synonyms }: PublicSearchInput): LanguageSearchIndex[] {
  const synonymTexts = languages.flatMap(({ documents }) => documents.flatMap(searchTextsOf));
  return languages.map(({ lang, documents }) => ({ lang, files: buildSearchIndex(documents, { lang, synonyms, scope: 'public', synonymTexts }) }));
}

/** Each members-only catalogue's index; a catalogue without entries has none. */
export function buildMembersSearchIndexes({ sections, synonyms }: MembersSearchInput): MembersSearchIndex[] {
  return sections.map(({ tier, lang, documents }) => ({
    tier,
    lang,
    files: documents.length ? Object.fromEntries(buildSearchIndex(documents, { lang, synonyms, scope: 'members' }).map((file) => [file.path, file.contents])) : {},
  }));
}

/**
 * With `gate.mode: host`, each language's members-only index, served behind
 * the host's login beside the members-only pages; a language without
 * members-only entries has none.
 */
export function buildHostedMembersSearchIndexes(site: LoadedSite): LanguageSearchIndex[] {
  return (site.model.hostedMembers ?? [])
    .filter((members) => members.entries.length > 0)
    .map((members) => ({ lang: members.lang, files: buildSearchIndex(searchDocumentsOf(members.entries, site.model.base), { lang: members.lang, synonyms: site.content.synonyms, scope: 'members' }) }));
}

export function buildSearchIndexes(input: SearchIndexesInput): SearchIndexes {
  return { public: buildPublicSearchIndexes(input.public), ...(input.members ? { members: buildMembersSearchIndexes(input.members) } : {}) };
}

/** The public search index of one language, as the dev server builds it: members-only entries, and synonyms no public entry uses, are left out by the builder itself. */
export function publicSearchIndex(site: LoadedSite, lang: string) {
  return buildSearchIndex(publicSearchDocuments(site.model, lang), { lang, synonyms: site.content.synonyms, scope: 'public', synonymTexts: publicTextsOf(site) });
}

/** The site's public text, read once per loaded site however many languages ask. */
function publicTextsOf(site: LoadedSite): string[] {
  let texts = publicTexts.get(site);
  if (!texts) publicTexts.set(site, (texts = publicSearchTexts(site.model)));
  return texts;
}

const publicTexts = new WeakMap<LoadedSite, string[]>();
