import type { EntryView } from './model.ts';

/**
 * schema.org FAQPage data for an entry's own page, as the text of its
 * `<script type="application/ld+json">`.
 *
 * Only the entry's own page carries it. Search engines ask that a question
 * shown on several pages of a site be marked up once, and the pages that
 * list questions with their answers (home, categories, products, audiences)
 * would repeat every answer a second time in their data: a third of a
 * category page's bytes.
 */
export function entryStructuredData(entry: EntryView): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [
      {
        '@type': 'Question',
        name: entry.question,
        ...(entry.updated ? { dateModified: entry.updated } : {}),
        acceptedAnswer: { '@type': 'Answer', text: entry.text },
      },
    ],
  };
  // `<` is escaped so that text in an answer can never close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
