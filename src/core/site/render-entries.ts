import { createRenderer } from '../markdown/create-renderer.ts';
import { markdownToText } from '../markdown/text.ts';
import { findEntry } from '../content/cross-check.ts';
import { localize } from '../i18n/localize.ts';
import { uiStrings } from '../i18n/strings.ts';
import type { Content, Entry, Problem } from '../content/types.ts';
import type { ReferenceResolution } from '../markdown/render-env.ts';
import type { SiteUrls } from '../urls.ts';
import type { EntryView } from './model.ts';

export interface RenderEntriesOptions {
  content: Content;
  urls: SiteUrls;
  /** Where a members-only entry lives; only members-only pages may link there. */
  membersEntryUrl?: (entry: Entry) => string;
}

/**
 * Renders every entry once, resolving its product, related and `faq:` links.
 * Public entries can never link to a members-only one: that would reveal it.
 */
export function renderEntries({ content, urls, membersEntryUrl }: RenderEntriesOptions): { views: Map<Entry, EntryView>; problems: Problem[] } {
  const { site } = content;
  const render = createRenderer();
  const problems: Problem[] = [];
  const byKey = new Map(content.entries.map((entry) => [`${entry.lang}:${entry.id}`, entry]));
  const productsById = new Map(content.products.map((product) => [product.id, product]));
  const translationsById = new Map<string, Entry[]>();
  for (const entry of content.entries) if (!entry.membersOnly) translationsById.set(entry.id, [...(translationsById.get(entry.id) ?? []), entry]);

  const hrefOf = (from: Entry, target: Entry): string | undefined => {
    if (!target.membersOnly) return urls.entry(target.lang, target.id);
    return from.membersOnly ? (membersEntryUrl?.(target) ?? urls.members(target.lang)) : undefined;
  };

  const views = new Map<Entry, EntryView>();
  for (const entry of content.entries) {
    const text = (value: Parameters<typeof localize>[0]) => localize(value, entry.lang, site.defaultLang);
    const resolveReference = (kind: 'product' | 'faq', id: string): ReferenceResolution => {
      if (kind === 'product') {
        const product = productsById.get(id);
        return product ? { href: urls.product(entry.lang, id), title: text(product.name) } : { problem: `the link "product:${id}" names an unknown product`, hint: 'use an id from products.yaml' };
      }
      const target = findEntry(byKey, id, entry.lang, site.defaultLang);
      if (!target) return { problem: `the link "faq:${id}" names an entry that does not exist`, hint: 'use the id (file name without .md) of another entry' };
      const href = hrefOf(entry, target);
      return href ? { href, title: target.question } : { problem: `the link "faq:${id}" points to a members-only entry from a public one`, hint: 'public pages must not reveal members-only questions: remove the link' };
    };
    const rendered = render(entry.body, {
      idPrefix: `${entry.id}--`,
      resolveReference,
      externalLinkLabel: uiStrings(entry.lang).externalLink,
      imageOrigins: site.images?.origins,
    });
    for (const problem of rendered.problems) {
      problems.push({ file: entry.file, line: problem.line ? entry.bodyLine + problem.line - 1 : undefined, message: problem.message, hint: problem.hint, severity: 'error' });
    }
    const related = entry.related.flatMap((id) => {
      const target = findEntry(byKey, id, entry.lang, site.defaultLang);
      const href = target && hrefOf(entry, target);
      return target && href ? [{ href, title: target.question }] : [];
    });
    views.set(entry, {
      id: entry.id,
      lang: entry.lang,
      url: entry.membersOnly ? (membersEntryUrl?.(entry) ?? urls.members(entry.lang)) : urls.entry(entry.lang, entry.id),
      question: entry.question,
      also: entry.also,
      audience: entry.audience,
      categories: entry.categories,
      keywords: entry.keywords,
      priority: entry.priority,
      updated: entry.updated,
      html: rendered.html,
      htmlUnder: rendered.htmlUnder,
      text: markdownToText(entry.body),
      productIds: entry.products,
      products: entry.products.flatMap((id) => {
        const product = productsById.get(id);
        return product ? [{ href: urls.product(entry.lang, id), title: text(product.name) }] : [];
      }),
      related,
      translations: entry.membersOnly
        ? []
        : (translationsById.get(entry.id) ?? [])
            .filter((other) => other.lang !== entry.lang)
            .map((other) => ({ lang: other.lang, href: urls.entry(other.lang, other.id), languageName: uiStrings(other.lang).languageName })),
    });
  }
  return { views, problems };
}
