import { utf8Bytes } from './paginate.ts';
import type { CategoryView, EntryView, HandbookPart } from './model.ts';

/**
 * Past this many bytes of questions and answers, a language's handbook is
 * split by top topic: a page of several megabytes takes a phone a long time
 * to open, and a browser longer still to print.
 */
export const HANDBOOK_SPLIT_BYTES = 2_000_000;

/** Around each answer in the handbook: its article, its question as a linked heading. */
const ENTRY_MARKUP = 150;

/**
 * The parts of a language's handbook: none while it fits on one page, else
 * one per top topic that is the home of any question, in catalogue order.
 * Each entry is in the part of its home's top topic, as it is under its home
 * in a handbook of one page.
 */
export function handbookParts(
  catalogue: { categories: Record<string, CategoryView>; topCategories: string[] },
  entries: readonly EntryView[],
  urlOf: (topPath: string) => string,
): HandbookPart[] {
  let bytes = 0;
  for (const entry of entries) bytes += utf8Bytes(entry.html) + utf8Bytes(entry.question) + entry.url.length + ENTRY_MARKUP;
  if (bytes <= HANDBOOK_SPLIT_BYTES) return [];
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const top = entry.categories[0]!.split('/')[0]!;
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return catalogue.topCategories
    .filter((path) => counts.has(path))
    .map((path) => ({ path, title: catalogue.categories[path]!.title, url: urlOf(path), count: counts.get(path)! }));
}
