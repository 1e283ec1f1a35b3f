import type { APIRoute } from 'astro';
import { fill } from '../../../../core/i18n/strings.ts';
import { absoluteUrl } from '../../../../core/urls.ts';
import { entriesOf, langParam, site } from '../../../../site-data.ts';
import type { LanguageView, ProductView } from '../../../../core/site/model.ts';

export function getStaticPaths() {
  return site.languages.flatMap((view) => view.products.map((product) => ({ params: { lang: langParam(view), product: product.id }, props: { view, product } })));
}

/** What the product-page widget (embed/widget.js) shows: the product's top questions, linking into the help center. */
export const GET: APIRoute = ({ props }) => {
  const { view, product } = props as { view: LanguageView; product: ProductView };
  const strings = view.strings;
  const url = (path: string) => absoluteUrl(site.settings.url, path);
  const body = {
    title: fill(strings.topQuestionsAbout, { product: product.name }),
    more: { label: strings.moreAnswers, url: url(product.url) },
    questions: entriesOf(view, product.entryIds.slice(0, 5)).map((entry) => ({ question: entry.question, url: url(entry.url) })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
