import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { SITEMAP_MAX_URLS, sitemapFiles } from '../../../src/core/site/sitemap.ts';

const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;
const withOrigin = { ...content, site: { ...content.site, url: 'https://help.example.com' } };
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);

describe('the sitemap', () => {
  it('is one file while the site has no more pages than search engines accept in one', () => {
    const files = sitemapFiles(buildSite(withOrigin).model);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(locsOf(files.get('sitemap.xml')!)).toHaveLength(14);
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });

  it('becomes an index of parts, each within the limit, every page once, when the site has more', () => {
    const model = buildSite(withOrigin, { base: '/help/' }).model;
    const whole = locsOf(sitemapFiles(model).get('sitemap.xml')!);
    const files = sitemapFiles(model, 5);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locsOf(index)).toEqual([1, 2, 3].map((n) => `https://help.example.com/help/sitemap-${n}.xml`));
    const parts = [1, 2, 3].map((n) => locsOf(files.get(`sitemap-${n}.xml`)!));
    expect(parts.map((part) => part.length)).toEqual([5, 5, 4]);
    expect(parts.flat()).toEqual(whole);
  });
});
