import { localize } from '../i18n/localize.ts';
import { markdownToText } from '../markdown/text.ts';
import { createSiteUrls } from '../urls.ts';
import type { Category, Content, Entry } from '../content/types.ts';
import { searchTextsOf } from './document-text.ts';
import type { SearchDocument } from './types.ts';

export interface SearchDocumentsOptions {
  /**
   * An entry's URL relative to the site base. Defaults to its public page
   * (`q/<id>/`, `zh/q/<id>/`); pass one for members-only entries, whose pages
   * live elsewhere.
   */
  entryUrl?: (entry: Entry) => string;
}

/**
 * The entries of one language as search documents, members-only ones
 * included and marked: `buildSearchIndex` leaves them out of a public index,
 * and they make up a members-only one. Drafts are in when the content was
 * loaded with them (while editing), out otherwise.
 */
export function searchDocumentsFromContent(content: Content, lang: string, options: SearchDocumentsOptions = {}): SearchDocument[] {
  const urls = createSiteUrls({ base: '/', defaultLang: content.site.defaultLang });
  const entryUrl = options.entryUrl ?? ((entry: Entry) => urls.entry(entry.lang, entry.id).replace(/^\//, ''));
  const titles = categoryTitles(content.categories, lang, content.site.defaultLang);
  return content.entries
    .filter((entry) => entry.lang === lang)
    .map((entry): SearchDocument => {
      const category = entry.categories[0] ?? '';
      return {
        id: entry.id,
        lang: entry.lang,
        url: entryUrl(entry),
        question: entry.question,
        also: entry.also,
        keywords: entry.keywords,
        text: markdownToText(entry.body),
        audience: entry.audience,
        category,
        categoryTitle: titles.get(category) ?? category,
        priority: entry.priority,
        members: entry.membersOnly,
      };
    });
}

/**
 * The public text of the whole site, every language: the words a public
 * search index may mention (its synonyms) without giving away anything only
 * members can read.
 */
export function publicSearchTexts(content: Content): string[] {
  return content.site.languages.flatMap((lang) => searchDocumentsFromContent(content, lang).filter((document) => !document.members).flatMap(searchTextsOf));
}

function categoryTitles(categories: readonly Category[], lang: string, defaultLang: string, titles = new Map<string, string>()): Map<string, string> {
  for (const category of categories) {
    titles.set(category.path, localize(category.title, lang, defaultLang));
    categoryTitles(category.children, lang, defaultLang, titles);
  }
  return titles;
}
