import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { site } from '../site-data.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(site.settings.url, `${site.base}sitemap.xml`);
  // Only a host-guarded members folder is named; an encrypted section leaves no trace here.
  const hosted = site.settings.gate.mode === 'host' ? `Disallow: ${site.base}members/\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${hosted}${sitemap.startsWith('http') ? `Sitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
