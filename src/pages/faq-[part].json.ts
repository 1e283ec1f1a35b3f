import type { APIRoute, GetStaticPaths } from 'astro';
import { faqExport, faqFileBytes } from '../core/site/faq-export.ts';
import { site } from '../site-data.ts';

/** The parts after the first of an export too large for one file (see faqExport); a smaller site has none. */
export const getStaticPaths: GetStaticPaths = () =>
  faqExport(site, faqFileBytes(process.env.FAQ_JSON_PART_BYTES))
    .files.slice(1)
    .map((_, index) => ({ params: { part: String(index + 2) }, props: { number: index + 2 } }));

export const GET: APIRoute = ({ props }) =>
  new Response(faqExport(site, faqFileBytes(process.env.FAQ_JSON_PART_BYTES)).body((props as { number: number }).number), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
