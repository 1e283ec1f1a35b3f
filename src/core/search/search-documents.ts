import { underBase } from '../urls.ts';
import type { EntryView, SiteModel } from '../site/model.ts';
import { searchTextsOf } from './document-text.ts';
import type { SearchDocument } from './types.ts';

/**
 * Entries of the model as search documents: what an index of them finds and
 * shows. URLs are kept relative to the site's base, which the browser adds
 * back, so one index serves the site under any base.
 */
export function searchDocumentsOf(entries: readonly EntryView[], base: string): SearchDocument[] {
  return entries.map((entry) => ({
    id: entry.id,
    lang: entry.lang,
    url: underBase(base, entry.url),
    question: entry.question,
    also: entry.also,
    keywords: searchKeywordsOf(entry),
    products: entry.products.map((product) => product.title),
    text: entry.text,
    audience: entry.audience,
    category: entry.categories[0] ?? '',
    categoryTitle: entry.categoryTitles[0] ?? '',
    priority: entry.priority,
    members: entry.membersOnly,
  }));
}

/**
 * What search counts as an entry's keywords: the editor's, and the names of
 * the products it is about, in its language, which customers type (`Aura
 * Lamp battery`) where its question says only `the battery`.
 */
export function searchKeywordsOf(entry: EntryView): string[] {
  return [...entry.keywords, ...entry.products.map((product) => product.title)];
}

/** The public entries of one language of the site, as search documents. */
export function publicSearchDocuments(model: SiteModel, lang: string): SearchDocument[] {
  const view = model.languages.find((language) => language.lang === lang);
  if (!view) throw new Error(`The site has no language "${lang}"; its languages are ${model.languages.map((language) => language.lang).join(', ')}.`);
  return searchDocumentsOf(Object.values(view.entries), model.base);
}

/**
 * The public text of the whole site, every language: the words a public
 * search index may mention (its synonyms) without giving away anything only
 * members can read.
 */
export function publicSearchTexts(model: SiteModel): string[] {
  return model.languages.flatMap((view) => searchDocumentsOf(Object.values(view.entries), model.base).flatMap(searchTextsOf));
}
