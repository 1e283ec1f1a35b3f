import type { APIRoute } from 'astro';
import { renderAppIcon } from '../../astro/app-icons.ts';
import { site } from '../../site-data.ts';
import type { AppIconFile } from '../../core/site/web-app.ts';

export function getStaticPaths() {
  return site.appIcons.files.map((file) => ({ params: { icon: file.url.slice(file.url.lastIndexOf('/') + 1).replace(/\.png$/, '') }, props: { file } }));
}

/** The home-screen icons the web app manifests list, and Apple's touch icon. */
export const GET: APIRoute = async ({ props }) => {
  const png = await renderAppIcon(site.appIcons.source, (props as { file: AppIconFile }).file);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
