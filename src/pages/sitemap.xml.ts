import type { APIRoute } from 'astro';
import { sitemapFiles } from '../core/site/sitemap.ts';
import { site } from '../site-data.ts';

/** Every public page, or an index of the sitemap's parts when the site has more pages than one sitemap may list. */
export const GET: APIRoute = () =>
  new Response(sitemapFiles(site).get('sitemap.xml')!, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
