import type { SearchDocument } from './types.ts';

/** Every text of a document that search reads: what makes its words findable. */
export function searchTextsOf(document: SearchDocument): string[] {
  return [document.question, ...document.also, ...document.keywords, document.text, document.categoryTitle];
}
