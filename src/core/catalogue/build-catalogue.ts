import { flattenCategories } from '../content/category-tree.ts';
import { AUDIENCES } from '../audiences.ts';
import type { Audience, Category, Localized, Product } from '../content/types.ts';
import type { SiteUrls } from '../urls.ts';
import { ANSWER_LIST_LIMITS, LINK_LIST_LIMITS, createEntrySizes, entryListPages } from '../site/paginate.ts';
import type { AudienceView, CategoryView, EntryGroup, EntryView, ProductView } from '../site/model.ts';

/** An audience page shows answers in place up to this many questions; a larger one lists links, so it stays light. */
const EXPANDABLE_AUDIENCE = 60;

export interface CatalogueInput {
  lang: string;
  /** Public entries of this language, already sorted most-asked first. */
  entries: EntryView[];
  categories: Category[];
  products: Product[];
  urls: SiteUrls;
  text: (value: Localized | undefined) => string;
}

export interface Catalogue {
  categories: Record<string, CategoryView>;
  topCategories: string[];
  audiences: AudienceView[];
  products: ProductView[];
}

/** What a category is called in one language; its id when the editor gave it no title there. */
export function categoryTitle(category: Category, text: (value: Localized | undefined) => string): string {
  return text(category.title) || category.id;
}

/**
 * The catalogue of one language: categories with their questions, and the
 * audience and product views. Categories without any question in this
 * language are left out, so no link ever leads to an empty page.
 */
/** The product's own page (products.yaml `url`): another site's address, or a path on this site under its base. */
export function productOwnUrl(product: Product, urls: SiteUrls): string {
  return product.url.startsWith('/') ? urls.asset(product.url) : product.url;
}

export function buildCatalogue({ lang, entries, categories, products, urls, text }: CatalogueInput): Catalogue {
  const all = flattenCategories(categories);
  const byPath = new Map(all.map((category) => [category.path, category]));
  const listed = () => new Map<string, string[]>(all.map((category) => [category.path, []]));
  // One pass over the entries, most-asked first, so every list keeps that order.
  const direct = listed();
  const home = listed();
  const subtree = listed();
  for (const entry of entries) {
    home.get(entry.categories[0]!)?.push(entry.id);
    const reached = new Set<string>();
    for (const path of entry.categories) {
      direct.get(path)?.push(entry.id);
      // Up to the top, stopping where another of the entry's categories already went.
      for (let at = byPath.get(path); at && !reached.has(at.path); at = at.parentPath ? byPath.get(at.parentPath) : undefined) {
        reached.add(at.path);
        subtree.get(at.path)!.push(entry.id);
      }
    }
  }
  const countOf = (path: string) => subtree.get(path)?.length ?? 0;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const entriesOf = (ids: readonly string[]) => ids.map((id) => byId.get(id)!);
  const sizes = createEntrySizes();
  const byProduct = entryIdsByProduct(entries);

  const views: Record<string, CategoryView> = {};
  for (const category of all) {
    const allEntryIds = subtree.get(category.path)!;
    if (allEntryIds.length === 0) continue;
    const url = urls.category(lang, category.path);
    views[category.path] = {
      path: category.path,
      title: categoryTitle(category, text),
      description: text(category.description) || undefined,
      depth: category.depth,
      url,
      breadcrumb: ancestors(category, byPath).map((ancestor) => ({ href: urls.category(lang, ancestor.path), title: categoryTitle(ancestor, text) })),
      children: category.children
        .filter((child) => countOf(child.path) > 0)
        .map((child) => ({ path: child.path, title: categoryTitle(child, text), url: urls.category(lang, child.path), count: countOf(child.path) })),
      entryIds: direct.get(category.path)!,
      pages: entryListPages(url, entriesOf(direct.get(category.path)!), sizes.answer, ANSWER_LIST_LIMITS),
      homeEntryIds: home.get(category.path)!,
      allEntryIds,
      totalCount: allEntryIds.length,
    };
  }

  return {
    categories: views,
    topCategories: categories.map((category) => category.path).filter((path) => views[path]),
    audiences: AUDIENCES.map((audience) => {
      const view = audienceView(audience, lang, entries, categories, views, urls, text);
      const expandable = view.count <= EXPANDABLE_AUDIENCE;
      const listed = entriesOf(view.groups.flatMap((group) => group.entryIds));
      return { ...view, expandable, pages: entryListPages(view.url, listed, expandable ? sizes.answer : sizes.link, expandable ? ANSWER_LIST_LIMITS : LINK_LIST_LIMITS) };
    }),
    products: products
      .map((product): ProductView => {
        const url = urls.product(lang, product.id);
        const entryIds = byProduct.get(product.id) ?? [];
        return {
          id: product.id,
          name: text(product.name),
          description: text(product.description) || undefined,
          url,
          externalUrl: productOwnUrl(product, urls),
          embedUrl: urls.embed(lang, product.id),
          entryIds,
          pages: entryListPages(url, entriesOf(entryIds), sizes.answer, ANSWER_LIST_LIMITS),
        };
      })
      .filter((view) => view.entryIds.length > 0),
  };
}

/** Each product's entries in one pass, in the entries' order: asking every product of every entry grows with both. */
function entryIdsByProduct(entries: readonly EntryView[]): Map<string, string[]> {
  const byProduct = new Map<string, string[]>();
  for (const entry of entries) {
    for (const id of new Set(entry.productIds)) {
      let ids = byProduct.get(id);
      if (!ids) byProduct.set(id, (ids = []));
      ids.push(entry.id);
    }
  }
  return byProduct;
}

function ancestors(category: Category, byPath: Map<string, Category>): Category[] {
  const chain: Category[] = [];
  for (let current: Category | undefined = category; current; current = current.parentPath ? byPath.get(current.parentPath) : undefined) chain.unshift(current);
  return chain;
}

/** Entries under the top-level category of their home, in catalogue order; entries keep their order within a group. */
export function groupByTopCategory(entries: readonly EntryView[], topCategories: readonly Category[], text: (value: Localized | undefined) => string): EntryGroup[] {
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    const top = entry.categories[0]!.split('/')[0]!;
    let group = groups.get(top);
    if (!group) groups.set(top, (group = []));
    group.push(entry.id);
  }
  return topCategories
    .filter((category) => groups.has(category.path))
    .map((category) => ({ path: category.path, title: categoryTitle(category, text), entryIds: groups.get(category.path)! }));
}

function audienceView(audience: Audience, lang: string, entries: EntryView[], categories: Category[], views: Record<string, CategoryView>, urls: SiteUrls, text: (value: Localized | undefined) => string): Omit<AudienceView, 'expandable' | 'pages'> {
  const groups = groupByTopCategory(entries.filter((entry) => entry.audience.includes(audience)), categories, text);
  return {
    audience,
    url: urls.audience(lang, audience),
    count: groups.reduce((sum, group) => sum + group.entryIds.length, 0),
    groups: groups.map((group) => ({ ...group, url: views[group.path]?.url ?? urls.category(lang, group.path) })),
  };
}
