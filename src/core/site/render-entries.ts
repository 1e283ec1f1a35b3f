import { resolveDraft } from '../markdown/create-renderer.ts';
import { createAnswerReader } from '../markdown/answer-reader.ts';
import { firstPictureEager } from '../markdown/pictures.ts';
import { flattenCategories } from '../content/category-tree.ts';
import { answerEnv, entriesByIdOrAlias, fileFinder, findEntry } from '../content/cross-check.ts';
import { picturesOfEntry } from '../content/local-images.ts';
import { revealsMembersOnly } from '../content/check-answers.ts';
import { categoryTitle, productOwnUrl } from '../catalogue/build-catalogue.ts';
import { localize } from '../i18n/localize.ts';
import { interfaceOf } from '../content/interface-text.ts';
import type { Content, Entry } from '../content/types.ts';
import type { ReferenceResolver } from '../markdown/render-env.ts';
import type { SiteUrls } from '../urls.ts';
import type { AnswerDraft } from '../markdown/answer-reader.ts';
import type { EntryView } from './model.ts';

export interface RenderEntriesOptions {
  content: Content;
  urls: SiteUrls;
  /** Where a members-only entry lives; only members-only pages link there. */
  membersEntryUrl: (entry: Entry) => string;
  /** The answers as loading rendered them for its checks (`renderAnswers`); an entry without one is read here. */
  answers?: ReadonlyMap<Entry, AnswerDraft>;
}

/**
 * Every entry as the pages, the search index and the members-only section
 * show it: rendered once, with its URL, plain text, category titles and
 * resolved links. The content checks have passed, so every link resolves,
 * and none leads from a public entry to a members-only one.
 */
export function renderEntries({ content, urls, membersEntryUrl, answers }: RenderEntriesOptions): Map<Entry, EntryView> {
  const { site } = content;
  let read: ReturnType<typeof createAnswerReader> | undefined;
  const draftOf = (entry: Entry) => {
    const draft = answers?.get(entry);
    if (draft) return draft;
    read ??= createAnswerReader({ videoProviders: site.videos?.providers });
    return read(entry.body, answerEnv(entry, content)).render(picturesOfEntry(content.images, entry.sourcePath));
  };
  const byKey = entriesByIdOrAlias(content.entries);
  const productsById = new Map(content.products.map((product) => [product.id, product]));
  // As `buildCatalogue` has it: a product has a page in a language where a public entry names it. Elsewhere a link leads to its own address.
  const productPages = new Set(content.entries.filter((entry) => !entry.membersOnly).flatMap((entry) => entry.products.map((id) => `${entry.lang}:${id}`)));
  const categoriesByPath = new Map(flattenCategories(content.categories).map((category) => [category.path, category]));
  const translationsById = new Map<string, Entry[]>();
  for (const entry of content.entries) if (!entry.membersOnly) translationsById.set(entry.id, [...(translationsById.get(entry.id) ?? []), entry]);

  const urlOf = (entry: Entry) => (entry.membersOnly ? membersEntryUrl(entry) : urls.entry(entry.lang, entry.id));
  const entryOfFile = fileFinder(content.entries);
  const linkTo = (from: Entry, target: Entry | undefined) =>
    target && !revealsMembersOnly(from, target) ? { href: urlOf(target), title: target.question } : undefined;
  const linkToId = (from: Entry, id: string) => linkTo(from, findEntry(byKey, id, from.lang, site.defaultLang));

  const views = new Map<Entry, EntryView>();
  for (const entry of content.entries) {
    const text = (value: Parameters<typeof localize>[0]) => localize(value, entry.lang, site.defaultLang);
    const productLink = (id: string) => {
      const product = productsById.get(id);
      if (!product) return undefined;
      if (productPages.has(`${entry.lang}:${id}`)) return { href: urls.product(entry.lang, id), title: text(product.name) };
      const href = productOwnUrl(product, urls);
      // A path on this site stays on it; another site's address is marked as leaving, as answers' external links are.
      return href.startsWith('/') ? { href, title: text(product.name) } : { href, title: text(product.name), leaves: interfaceOf(content, entry.lang).externalLink };
    };
    const resolveReference: ReferenceResolver = (kind, id) =>
      kind === 'product' ? productLink(id) : kind === 'file' ? linkTo(entry, entryOfFile(id, entry)) : linkToId(entry, id);
    const rendered = resolveDraft(draftOf(entry), resolveReference);
    const pictureKeys = content.images?.used.get(entry.sourcePath);
    const html = firstPictureEager(rendered.html);
    // Listings show every picture lazily, as rendered: only the entry's own page loads its first one at once.
    const placeable = rendered.placeable ?? (html === rendered.html ? undefined : { between: [rendered.html], tags: [] });
    views.set(entry, {
      id: entry.id,
      lang: entry.lang,
      url: urlOf(entry),
      question: entry.question,
      also: entry.also,
      audience: entry.audience,
      categories: entry.categories,
      categoryTitles: entry.categories.map((path) => {
        const category = categoriesByPath.get(path);
        return category ? categoryTitle(category, text) : path;
      }),
      membersOnly: entry.membersOnly,
      keywords: entry.keywords,
      priority: entry.priority,
      updated: entry.updated,
      html,
      ...(placeable ? { placeable } : {}),
      text: rendered.text,
      pictures: [...new Set(pictureKeys?.values())].flatMap((key) => content.images?.files.get(key) ?? []),
      productIds: entry.products,
      products: entry.products.flatMap((id) => productLink(id) ?? []),
      related: entry.related.flatMap((id) => linkToId(entry, id) ?? []),
      translations: entry.membersOnly
        ? []
        : (translationsById.get(entry.id) ?? [])
            .filter((other) => other.lang !== entry.lang)
            .map((other) => ({ lang: other.lang, href: urls.entry(other.lang, other.id), languageName: interfaceOf(content, other.lang).languageName })),
    });
  }
  return views;
}
