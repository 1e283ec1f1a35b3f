import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { site } from '../site-data.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(site.settings.url, `${site.base}sitemap.xml`);
  return new Response(`User-agent: *\nAllow: /\n${sitemap.startsWith('http') ? `Sitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
