import { absoluteUrl } from '../urls.ts';
import { escapeXml } from '../xml.ts';
import type { SiteModel } from './model.ts';
import { OncePer } from '../once-per.ts';

/** The sitemap protocol's limit: search engines refuse a sitemap file with more URLs. */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/** Every public page search engines should index, under the site's base; members-only pages are never listed. */
export function sitemapUrls(site: SiteModel): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (const view of site.languages) {
    urls.push({ loc: view.homeUrl });
    // Every page of a long list: each is canonical, and the only page that shows its questions in a listing.
    for (const category of Object.values(view.categories)) for (const page of category.pages) urls.push({ loc: page.url });
    for (const audience of view.audiences) if (audience.count > 0) for (const page of audience.pages) urls.push({ loc: page.url });
    for (const product of view.products) for (const page of product.pages) urls.push({ loc: page.url });
    for (const id of view.entryOrder) urls.push({ loc: view.entries[id]!.url, lastmod: view.entries[id]!.updated });
  }
  return urls;
}

const made = new OncePer<SiteModel, number, ReadonlyMap<string, string>>();

/**
 * The sitemap as files: one `sitemap.xml` while the site has at most
 * `maxUrls` pages; beyond, `sitemap.xml` is an index of `sitemap-1.xml`,
 * `sitemap-2.xml`… of `maxUrls` URLs each, which search engines follow.
 * Addresses are absolute when the site's origin is known. Made once per
 * model: the index and the parts are routes of their own, each asking.
 */
export function sitemapFiles(site: SiteModel, maxUrls = SITEMAP_MAX_URLS): ReadonlyMap<string, string> {
  return made.get(site, maxUrls, () => makeSitemapFiles(site, maxUrls));
}

function makeSitemapFiles(site: SiteModel, maxUrls: number): Map<string, string> {
  const absolute = (path: string) => absoluteUrl(site.settings.url, path);
  const urls = sitemapUrls(site);
  const urlset = (part: SitemapUrl[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${part
      .map(({ loc, lastmod }) => `<url><loc>${escapeXml(absolute(loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
      .join('\n')}\n</urlset>\n`;
  if (urls.length <= maxUrls) return new Map([['sitemap.xml', urlset(urls)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < urls.length; start += maxUrls) files.set(`sitemap-${files.size + 1}.xml`, urlset(urls.slice(start, start + maxUrls)));
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[...files.keys()]
    .map((name) => `<sitemap><loc>${escapeXml(absolute(`${site.base}${name}`))}</loc></sitemap>`)
    .join('\n')}\n</sitemapindex>\n`;
  return new Map([['sitemap.xml', index], ...files]);
}
