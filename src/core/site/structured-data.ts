import type { EntryView } from './model.ts';

/** schema.org FAQPage for pages that show questions together with their answers. */
export function faqPageJsonLd(entries: readonly EntryView[]): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      ...(entry.updated ? { dateModified: entry.updated } : {}),
      acceptedAnswer: { '@type': 'Answer', text: entry.text },
    })),
  };
}
