import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { site } from '../site-data.ts';
import { escapeXml } from '../core/xml.ts';

/** Every public page; members-only pages are never listed. */
export const GET: APIRoute = () => {
  const urls: { loc: string; lastmod?: string }[] = [];
  for (const view of site.languages) {
    urls.push({ loc: view.homeUrl });
    for (const category of Object.values(view.categories)) urls.push({ loc: category.url });
    for (const audience of view.audiences) if (audience.count > 0) urls.push({ loc: audience.url });
    for (const product of view.products) urls.push({ loc: product.url });
    for (const id of view.entryOrder) urls.push({ loc: view.entries[id]!.url, lastmod: view.entries[id]!.updated });
  }
  const body = urls
    .map(({ loc, lastmod }) => `<url><loc>${escapeXml(absoluteUrl(site.settings.url, loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
