import { languageOf } from './language.ts';
import type { CategorySegment, ImportedRecord, ImportProblem, SourceRead } from './types.ts';

/** The fields of Zendesk Guide's Help Center API objects the import reads. */
interface Article {
  id: number | string;
  title?: string;
  body?: string | null;
  locale?: string;
  section_id?: number | string | null;
  draft?: boolean;
  promoted?: boolean;
  vote_sum?: number;
  label_names?: string[];
  user_segment_id?: number | string | null;
  html_url?: string;
  edited_at?: string;
  updated_at?: string;
}
/** `GET /api/v2/help_center/articles/{id}/translations.json`: an article's text in another locale. */
interface Translation {
  source_id: number | string;
  source_type?: string;
  locale?: string;
  title?: string;
  body?: string | null;
  draft?: boolean;
  html_url?: string;
  updated_at?: string;
}
interface Section {
  id: number | string;
  name?: string;
  locale?: string;
  category_id?: number | string | null;
  parent_section_id?: number | string | null;
}
interface Category {
  id: number | string;
  name?: string;
  locale?: string;
}

/** Priority an editor's "promoted" flag adds to an article's vote sum, so promoted articles come first. */
export const PROMOTED_PRIORITY = 100;

/**
 * Reads a Zendesk Guide export: the JSON the Help Center API returns for
 * articles, sections and categories (`GET /api/v2/help_center/{locale}/articles.json`
 * and the like), one page or several concatenated, in one file or several.
 * The same article id in two locales is one question in two languages.
 */
export function readZendesk(files: { file: string; text: string }[]): SourceRead {
  const problems: ImportProblem[] = [];
  const articles: { article: Article; file: string }[] = [];
  const sections = new Map<string, Section[]>();
  const categories = new Map<string, Category[]>();
  const pendingTranslations: { translation: Translation; file: string }[] = [];
  for (const { file, text } of files) {
    let pages: unknown[];
    try {
      pages = jsonDocuments(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push({ where: file, message: `this is not JSON (${(error as Error).message})`, handled: 'export the help center again with the API (articles.json, sections.json, categories.json); nothing was imported', severity: 'error' });
      continue;
    }
    let recognised = false;
    for (const page of pages.flatMap((item) => (Array.isArray(item) ? item : [item]))) {
      if (!page || typeof page !== 'object') continue;
      const { articles: pageArticles, sections: pageSections, categories: pageCategories, translations } = page as { articles?: Article[]; sections?: Section[]; categories?: Category[]; translations?: Translation[] };
      for (const article of Array.isArray(pageArticles) ? pageArticles : []) articles.push({ article, file });
      for (const translation of Array.isArray(translations) ? translations : []) {
        if (translation.source_type && translation.source_type.toLowerCase() !== 'article') continue;
        pendingTranslations.push({ translation, file });
      }
      for (const section of Array.isArray(pageSections) ? pageSections : []) sections.set(String(section.id), [...(sections.get(String(section.id)) ?? []), section]);
      for (const category of Array.isArray(pageCategories) ? pageCategories : []) categories.set(String(category.id), [...(categories.get(String(category.id)) ?? []), category]);
      recognised ||= Array.isArray(pageArticles) || Array.isArray(pageSections) || Array.isArray(pageCategories) || Array.isArray(translations);
    }
    if (!recognised) problems.push({ where: file, message: 'holds no "articles", "sections", "categories" or "translations" list', handled: 'skipped; give the JSON the Help Center API returns', severity: 'warning' });
  }

  // A translation is its article in another locale: the article's section, labels, votes and audience, the translation's words.
  for (const { translation, file } of pendingTranslations) {
    const source = articles.find(({ article }) => String(article.id) === String(translation.source_id));
    if (!source) {
      problems.push({ where: `${file}: translation of article ${translation.source_id}${translation.locale ? ` (${translation.locale})` : ''}`, message: 'its article is not in the export', handled: 'skipped; add the article to the export', severity: 'warning' });
      continue;
    }
    if (articles.some(({ article }) => String(article.id) === String(translation.source_id) && article.locale === translation.locale)) continue;
    articles.push({ file, article: { ...source.article, locale: translation.locale, title: translation.title, body: translation.body, draft: translation.draft ?? source.article.draft, html_url: translation.html_url, edited_at: undefined, updated_at: translation.updated_at } });
  }

  const titles = (items: { name?: string; locale?: string }[] | undefined) =>
    Object.fromEntries((items ?? []).filter((item) => item.name?.trim()).map((item) => [languageOf(item.locale ?? '') ?? '*', item.name!.trim()]));
  /** Category, then each section from the outermost: Zendesk sections can nest. */
  const pathOf = (sectionId: string, seen = new Set<string>()): CategorySegment[] => {
    const section = sections.get(sectionId)?.[0];
    if (!section || seen.has(sectionId)) return [];
    seen.add(sectionId);
    const parent = section.parent_section_id != null ? pathOf(String(section.parent_section_id), seen) : section.category_id != null && categories.has(String(section.category_id)) ? [{ key: `category:${section.category_id}`, titles: titles(categories.get(String(section.category_id))) }] : [];
    return [...parent, { key: `section:${sectionId}`, titles: titles(sections.get(sectionId)) }];
  };

  const records: ImportedRecord[] = [];
  const origins = new Set<string>();
  for (const { article, file } of articles) {
    const where = `${file}: article ${article.id}${article.locale ? ` (${article.locale})` : ''}`;
    const title = (article.title ?? '').replace(/\s+/g, ' ').trim();
    if (!title) {
      problems.push({ where, message: 'the article has no title', handled: 'skipped', severity: 'warning' });
      continue;
    }
    const lang = article.locale ? languageOf(article.locale) : undefined;
    if (article.locale && !lang) problems.push({ where, message: `"${article.locale}" is not a locale`, handled: 'imported in the default language', severity: 'warning' });
    const sectionId = article.section_id != null ? String(article.section_id) : undefined;
    if (sectionId && !sections.has(sectionId)) problems.push({ where, message: `section ${sectionId} is not in the export`, handled: 'imported into the default category; add sections.json to the export to keep its section', severity: 'warning' });
    if (article.html_url && URL.canParse(article.html_url)) origins.add(new URL(article.html_url).origin);
    const updated = (article.edited_at ?? article.updated_at ?? '').slice(0, 10);
    records.push({
      where,
      key: `article:${article.id}`,
      sourceId: String(article.id),
      question: title,
      answer: { format: 'html', text: article.body ?? '' },
      category: sectionId ? pathOf(sectionId) : [],
      lang,
      keywords: [...new Set((article.label_names ?? []).map((label) => String(label).trim()).filter(Boolean))],
      draft: article.draft === true,
      // Priority only ranks upwards (the search index stores it as a whole number from 0): a disliked article ranks last, not below zero.
      priority: Math.max(0, Math.round(article.vote_sum ?? 0)) + (article.promoted ? PROMOTED_PRIORITY : 0),
      membersOnly: article.user_segment_id !== null && article.user_segment_id !== undefined,
      updated: /^\d{4}-\d{2}-\d{2}$/.test(updated) ? updated : undefined,
      baseUrl: article.html_url && URL.canParse(article.html_url) ? article.html_url : undefined,
    });
  }
  return {
    kind: 'zendesk',
    records,
    problems,
    // `/hc/en-us/articles/360001234-How-do-I…` in any locale of the same help center.
    linkKey: (address) => {
      const id = /\/articles\/(\d+)/.exec(address.pathname)?.[1];
      return id && origins.has(address.origin) ? `article:${id}` : undefined;
    },
  };
}

/** One JSON document, or several written one after another (API pages concatenated). */
function jsonDocuments(text: string): unknown[] {
  const documents: unknown[] = [];
  let start = -1;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (depth++ === 0) start = index;
    } else if (char === '}' || char === ']') {
      if (--depth === 0) documents.push(JSON.parse(text.slice(start, index + 1)));
      if (depth < 0) throw new SyntaxError(`an unmatched "${char}" at character ${index + 1}`);
    } else if (depth === 0 && !/\s|,/.test(char)) throw new SyntaxError(`unexpected "${char}" at character ${index + 1}`);
  }
  if (depth !== 0) throw new SyntaxError('the text ends inside a value');
  return documents;
}
