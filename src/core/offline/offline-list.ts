import type { LanguageView } from '../site/model.ts';
import { SAVE_EVERYTHING_LIMIT_BYTES } from './offline-plan.ts';

/**
 * `_faq/offline/<lang>.json`: what a reader can save for offline reading in
 * one language, with sizes, so that the page can say how much a topic or
 * everything weighs before anything is downloaded.
 */
export interface OfflineList {
  build: string;
  lang: string;
  /** Every public answer's page: URL and bytes as served. */
  entries: [url: string, bytes: number][];
  /** Per category path: the answers of it and everything below it, as indexes into `entries`. */
  topics: Record<string, number[]>;
  /** The language's search index files: saved with everything, so that search works too. */
  search: [url: string, bytes: number][];
  /** Answers and search together. */
  totalBytes: number;
  /** Whether "Save everything" is offered: `totalBytes` within `SAVE_EVERYTHING_LIMIT_BYTES`. */
  everything: boolean;
}

export function offlineList(view: LanguageView, build: string, pageBytes: (url: string) => number, search: [url: string, bytes: number][]): OfflineList {
  const ids = view.entryOrder;
  const position = new Map(ids.map((id, i) => [id, i]));
  const entries = ids.map((id): [string, number] => {
    const url = view.entries[id]!.url;
    return [url, pageBytes(url)];
  });
  const topics = Object.fromEntries(Object.values(view.categories).map((category) => [category.path, category.allEntryIds.flatMap((id) => (position.has(id) ? [position.get(id)!] : []))]));
  const totalBytes = [...entries, ...search].reduce((sum, [, bytes]) => sum + bytes, 0);
  return { build, lang: view.lang, entries, topics, search, totalBytes, everything: totalBytes <= SAVE_EVERYTHING_LIMIT_BYTES };
}
