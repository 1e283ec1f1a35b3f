/**
 * The site as the insights report sees it: its public entries per language
 * (from the model, as readers saw them), old ids that lead to current ones,
 * and the very search index the browser downloads, opened in memory, to find
 * the entries closest to a question and to correct typos as search does.
 */

import type { Content, Entry } from '../content/types.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { loadSearchIndex, type LoadedSearchIndex } from '../search/load-index.ts';
import { searchIndexes } from '../search/query.ts';
import { publicSearchDocuments, publicSearchTexts } from '../search/search-documents.ts';
import { compileSynonyms, type CompiledSynonyms } from '../search/synonyms.ts';
import type { BuiltSite } from '../site/build-site.ts';
import type { EntryView } from '../site/model.ts';
import type { Vocabulary } from '../search/vocabulary.ts';
import type { EventChecks } from './event-input.ts';

export interface SiteContext extends EventChecks {
  defaultLang: string;
  entry(lang: string, id: string): EntryView | undefined;
  entries(lang: string): EntryView[];
  /** The entry's source file relative to the content folder, to write `--apply`'s changes into. */
  sourcePath(lang: string, id: string): string | undefined;
  topicOf(lang: string, id: string): string | undefined;
  vocabularies: ReadonlyMap<string, Vocabulary>;
  synonyms: CompiledSynonyms;
  /** Entry ids in search order, as the site's search returns them for this query (public entries only). */
  search(query: string, lang: string, limit: number): Promise<string[]>;
}

export async function createSiteContext(content: Content, { model }: BuiltSite): Promise<SiteContext> {
  const views = new Map(model.languages.map((view) => [view.lang, view]));
  const publicEntries = content.entries.filter((entry) => !entry.membersOnly && views.get(entry.lang)?.entries[entry.id]);
  const byIdOrAlias = new Map<string, Entry>();
  for (const entry of publicEntries) {
    for (const alias of entry.aliases) byIdOrAlias.set(`${entry.lang}:${alias}`, entry);
  }
  // An id wins over another entry's alias of the same name.
  for (const entry of publicEntries) byIdOrAlias.set(`${entry.lang}:${entry.id}`, entry);

  const indexes = new Map<string, LoadedSearchIndex>();
  const synonymTexts = publicSearchTexts(model);
  for (const lang of content.site.languages) {
    const files = buildSearchIndex(publicSearchDocuments(model, lang), { lang, synonyms: content.synonyms, synonymTexts });
    const byPath = new Map(files.map((file) => [file.path, file.contents]));
    const index = await loadSearchIndex(async (file) => {
      const contents = byPath.get(file);
      if (contents === undefined) throw new Error(`the search index has no file ${file}`);
      return contents;
    });
    await index.loadAll();
    indexes.set(lang, index);
  }

  return {
    defaultLang: content.site.defaultLang,
    languages: content.site.languages,
    currentId: (lang, id) => byIdOrAlias.get(`${lang}:${id}`)?.id,
    entry: (lang, id) => views.get(lang)?.entries[id],
    entries: (lang) => Object.values(views.get(lang)?.entries ?? {}),
    sourcePath: (lang, id) => byIdOrAlias.get(`${lang}:${id}`)?.sourcePath,
    topicOf: (lang, id) => views.get(lang)?.entries[id]?.categories[0]?.split('/')[0],
    vocabularies: new Map([...indexes].map(([lang, index]) => [lang, index.vocabulary])),
    synonyms: compileSynonyms(content.synonyms),
    async search(query, lang, limit) {
      const index = indexes.get(lang);
      if (!index) return [];
      const { hits } = await searchIndexes([index], query, { limit, prefix: false });
      return hits.map((hit) => hit.id);
    },
  };
}
