import type { APIRoute } from 'astro';
import { langParam, site } from '../../site-data.ts';
import type { LanguageView } from '../../core/site/model.ts';

export function getStaticPaths() {
  return site.languages.map((view) => ({ params: { lang: langParam(view) }, props: { view } }));
}

/** The language's web app manifest, so a phone can add the help center to its home screen. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { view: LanguageView }).view.app.manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
