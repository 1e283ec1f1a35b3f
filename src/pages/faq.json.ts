import type { APIRoute } from 'astro';
import { faqExport, faqFileBytes } from '../core/site/faq-export.ts';
import { site } from '../site-data.ts';

/**
 * Every public question and answer as data, for chat assistants and product
 * widgets; members-only entries are never in it. A large export is split,
 * and this file is then its first part, naming the others (see faqExport).
 */
export const GET: APIRoute = () => new Response(faqExport(site, faqFileBytes(process.env.FAQ_JSON_PART_BYTES)).body(1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
