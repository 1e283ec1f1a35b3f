import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { absolutePictureAddresses } from '../core/markdown/pictures.ts';
import { site } from '../site-data.ts';

/**
 * Every public question and answer as data, for chat assistants and product
 * widgets. Members-only entries are never in it.
 */
export const GET: APIRoute = () => {
  const url = (path: string) => absoluteUrl(site.settings.url, path);
  const body = {
    version: 1,
    title: site.languages[0]!.title,
    url: url(site.base),
    languages: site.languages.map((view) => view.lang),
    entries: site.languages.flatMap((view) =>
      view.entryOrder.map((id) => {
        const entry = view.entries[id]!;
        return {
          id: entry.id,
          lang: entry.lang,
          url: url(entry.url),
          question: entry.question,
          also: entry.also,
          audience: entry.audience,
          categories: entry.categories.map((path, index) => ({ path, title: entry.categoryTitles[index]! })),
          products: entry.productIds,
          keywords: entry.keywords,
          priority: entry.priority,
          updated: entry.updated,
          answer: { text: entry.text, html: absolutePictureAddresses(entry.html, url) },
          related: entry.related.map((link) => url(link.href)),
        };
      }),
    ),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
