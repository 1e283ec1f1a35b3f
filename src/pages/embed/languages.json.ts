import type { APIRoute } from 'astro';
import { site } from '../../site-data.ts';

/**
 * The languages the help center is built in, for the product-page widget
 * (embed/widget.js): it fetches only a language listed here, so a page's
 * `data-faq-lang` can never point the widget anywhere else.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ defaultLang: site.settings.defaultLang, languages: site.languages.map((view) => view.lang) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
