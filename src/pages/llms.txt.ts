import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { faqExport, faqFileBytes } from '../core/site/faq-export.ts';
import { site } from '../site-data.ts';

/** The llms.txt convention: what this site is, and where its answers are, in plain Markdown. */
export const GET: APIRoute = () => {
  const url = (path: string) => absoluteUrl(site.settings.url, path);
  const home = site.languages[0]!;
  const lines = [`# ${home.title}`, ''];
  if (home.description) lines.push(`> ${home.description}`, '');
  lines.push(`Every public answer as JSON: ${url(`${site.base}faq.json`)}`, '');
  const { files } = faqExport(site, faqFileBytes(process.env.FAQ_JSON_PART_BYTES));
  if (files.length > 1) {
    lines.push(`The JSON comes in ${files.length} files, each naming them all under \`parts\` and the next one under \`next\`:`, '');
    for (const file of files) lines.push(`- ${url(`${site.base}${file}`)}`);
    lines.push('');
  }
  for (const view of site.languages) {
    for (const path of view.topCategories) {
      const category = view.categories[path]!;
      lines.push(`## ${category.title}${site.languages.length > 1 ? ` (${view.lang})` : ''}`, '');
      for (const id of category.allEntryIds) lines.push(`- [${view.entries[id]!.question}](${url(view.entries[id]!.url)})`);
      lines.push('');
    }
  }
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
