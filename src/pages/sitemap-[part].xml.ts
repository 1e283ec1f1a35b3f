import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapFiles } from '../core/site/sitemap.ts';
import { site } from '../site-data.ts';

/** The parts of a sitemap too long for one file (see sitemapFiles); a site of fewer pages has none. */
export const getStaticPaths: GetStaticPaths = () =>
  [...sitemapFiles(site)]
    .filter(([name]) => name !== 'sitemap.xml')
    .map(([name, body]) => ({ params: { part: name.replace(/^sitemap-|\.xml$/g, '') }, props: { body } }));

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
