import { flattenCategories } from '../content/category-tree.ts';
import { AUDIENCES } from '../content/schema.ts';
import type { Audience, Category, Localized, Product } from '../content/types.ts';
import type { SiteUrls } from '../urls.ts';
import type { AudienceView, CategoryView, EntryView, Link, ProductView } from '../site/model.ts';

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

/**
 * The catalogue of one language: categories with their questions, and the
 * audience and product views. Categories without any question in this
 * language are left out, so no link ever leads to an empty page.
 */
export function buildCatalogue({ lang, entries, categories, products, urls, text }: CatalogueInput): Catalogue {
  const all = flattenCategories(categories);
  const direct = new Map<string, string[]>(all.map((category) => [category.path, []]));
  for (const entry of entries) for (const path of entry.categories) direct.get(path)?.push(entry.id);

  const subtreeCounts = new Map<string, number>();
  const countSubtree = (category: Category): Set<string> => {
    const ids = new Set(direct.get(category.path));
    for (const child of category.children) for (const id of countSubtree(child)) ids.add(id);
    subtreeCounts.set(category.path, ids.size);
    return ids;
  };
  categories.forEach(countSubtree);

  const byPath = new Map(all.map((category) => [category.path, category]));
  const views: Record<string, CategoryView> = {};
  for (const category of all) {
    const totalCount = subtreeCounts.get(category.path) ?? 0;
    if (totalCount === 0) continue;
    views[category.path] = {
      path: category.path,
      title: text(category.title),
      description: text(category.description) || undefined,
      depth: category.depth,
      url: urls.category(lang, category.path),
      breadcrumb: ancestors(category, byPath).map((ancestor) => ({ href: urls.category(lang, ancestor.path), title: text(ancestor.title) })),
      children: category.children
        .filter((child) => (subtreeCounts.get(child.path) ?? 0) > 0)
        .map((child) => ({ path: child.path, title: text(child.title), url: urls.category(lang, child.path), count: subtreeCounts.get(child.path)! })),
      entryIds: direct.get(category.path)!,
      totalCount,
    };
  }

  return {
    categories: views,
    topCategories: categories.map((category) => category.path).filter((path) => views[path]),
    audiences: AUDIENCES.map((audience) => audienceView(audience, lang, entries, all, views, urls)),
    products: products
      .map((product): ProductView => ({
        id: product.id,
        name: text(product.name),
        description: text(product.description) || undefined,
        url: urls.product(lang, product.id),
        externalUrl: product.url.startsWith('/') ? urls.asset(product.url) : product.url,
        embedUrl: urls.embed(lang, product.id),
        entryIds: entries.filter((entry) => entry.productIds.includes(product.id)).map((entry) => entry.id),
      }))
      .filter((view) => view.entryIds.length > 0),
  };
}

function ancestors(category: Category, byPath: Map<string, Category>): Category[] {
  const chain: Category[] = [];
  for (let current: Category | undefined = category; current; current = current.parentPath ? byPath.get(current.parentPath) : undefined) chain.unshift(current);
  return chain;
}

/** An audience's questions grouped under their home's top-level category, in catalogue order. */
function audienceView(audience: Audience, lang: string, entries: EntryView[], all: Category[], views: Record<string, CategoryView>, urls: SiteUrls): AudienceView {
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.audience.includes(audience)) continue;
    const top = entry.categories[0]!.split('/')[0]!;
    groups.set(top, [...(groups.get(top) ?? []), entry.id]);
  }
  const ordered = all.filter((category) => category.depth === 0 && groups.has(category.path));
  return {
    audience,
    url: urls.audience(lang, audience),
    count: [...groups.values()].reduce((sum, ids) => sum + ids.length, 0),
    groups: ordered.map((category) => ({
      path: category.path,
      title: views[category.path]?.title ?? category.id,
      url: views[category.path]?.url ?? urls.category(lang, category.path),
      entryIds: groups.get(category.path)!,
    })),
  };
}

export type { Link };
