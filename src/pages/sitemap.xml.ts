import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { site } from '../site-data.ts';
import { escapeXml } from '../core/xml.ts';

/** Every public page; members-only pages are never listed. */
export const GET: APIRoute = () => {
  const urls: { loc: string; lastmod?: string }[] = [];
  for (const view of site.languages) {
    urls.push({ loc: view.homeUrl });
    // Every page of a long list: each is canonical, and the only page that shows its questions in a listing.
    for (const category of Object.values(view.categories)) for (const page of category.pages) urls.push({ loc: page.url });
    for (const audience of view.audiences) if (audience.count > 0) for (const page of audience.pages) urls.push({ loc: page.url });
    for (const product of view.products) for (const page of product.pages) urls.push({ loc: page.url });
    for (const id of view.entryOrder) urls.push({ loc: view.entries[id]!.url, lastmod: view.entries[id]!.updated });
  }
  const body = urls
    .map(({ loc, lastmod }) => `<url><loc>${escapeXml(absoluteUrl(site.settings.url, loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
