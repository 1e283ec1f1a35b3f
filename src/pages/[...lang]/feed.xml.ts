import type { APIRoute } from 'astro';
import { fill } from '../../core/i18n/strings.ts';
import { absoluteUrl } from '../../core/urls.ts';
import { absolutePictureAddresses } from '../../core/markdown/pictures.ts';
import { entriesOf, langParam, site } from '../../site-data.ts';
import type { LanguageView } from '../../core/site/model.ts';
import { escapeXml } from '../../core/xml.ts';

export function getStaticPaths() {
  return site.languages.map((view) => ({ params: { lang: langParam(view) }, props: { view } }));
}

/** An Atom feed of new and updated public answers, so returning customers see what changed. */
export const GET: APIRoute = ({ props }) => {
  const view = (props as { view: LanguageView }).view;
  const entries = entriesOf(view, view.recentlyUpdated);
  const url = (path: string) => escapeXml(absoluteUrl(site.settings.url, path));
  const newest = entries[0]?.updated ?? '1970-01-01';
  const items = entries.map((entry) => [
    '<entry>',
    `<title>${escapeXml(entry.question)}</title>`,
    `<link href="${url(entry.url)}"/>`,
    `<id>${url(entry.url)}</id>`,
    `<updated>${entry.updated ?? newest}T00:00:00Z</updated>`,
    `<content type="html">${escapeXml(absolutePictureAddresses(entry.html, (path) => absoluteUrl(site.settings.url, path)))}</content>`,
    '</entry>',
  ].join(''));
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.lang}">`,
    `<title>${escapeXml(fill(view.strings.feedTitle, { site: view.title }))}</title>`,
    `<link href="${url(view.whatsNewUrl)}"/>`,
    `<link rel="self" href="${url(view.feedUrl)}"/>`,
    `<id>${url(view.feedUrl)}</id>`,
    `<updated>${newest}T00:00:00Z</updated>`,
    ...items,
    '</feed>',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
