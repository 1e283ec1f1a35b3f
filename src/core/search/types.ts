import type { Audience } from '../audiences.ts';

/** The three kinds of reader an entry can be written for (the content schema's `audience`). */
export type SearchAudience = Audience;

/** One entry as search sees it: plain text only, in one language. */
export interface SearchDocument {
  /** Entry id (or an opaque id for members-only entries). */
  id: string;
  lang: string;
  /** Relative to the site base, e.g. `q/refund-timing/` or `zh/q/refund-timing/`. */
  url: string;
  question: string;
  also: string[];
  keywords: string[];
  /** The names of the products the entry is about, in its language. */
  products?: string[];
  /** The answer as plain text (no Markdown syntax, no HTML). */
  text: string;
  audience: SearchAudience[];
  /** Home category path, e.g. `orders/returns`. */
  category: string;
  /** The home category's title in the document's language, for display. */
  categoryTitle: string;
  priority: number;
  members?: boolean;
}

/** One file of an exported index, relative to the index's folder (e.g. `_faq/search/en/`). */
export interface SearchIndexFile {
  path: string;
  contents: string;
}

/** Reads one file of an exported index: `fs.readFile` in Node, `fetch` in the browser. */
export type SearchIndexLoader = (path: string) => Promise<string>;

/** Narrows results without retyping the query. */
export interface SearchFilters {
  /** Keep entries written for this reader. */
  audience?: SearchAudience;
  /** Keep entries whose home category is this path or below it (`orders` keeps `orders/returns`). */
  category?: string;
}

export interface SearchOptions extends SearchFilters {
  /** How many hits to return (default 10). */
  limit?: number;
  /**
   * Treat the last word as unfinished, so `ret` finds `return` (default true).
   * A query that ends in a space has no unfinished word whatever this says.
   */
  prefix?: boolean;
}

/** Where the query's words were found in a piece of text: `[start, end)` offsets into it. */
export type HighlightRange = [start: number, end: number];

export interface HighlightedText {
  text: string;
  ranges: HighlightRange[];
  /** `text` escaped for HTML, with each range wrapped in `<mark>`. */
  html: string;
}

export interface SearchHit {
  id: string;
  url: string;
  question: HighlightedText;
  /** A short passage of the answer around the matched words. */
  snippet: HighlightedText;
  category: string;
  categoryTitle: string;
  /** The entry's priority as the index keeps it: on a site with many, the lowest of its level (`priority-levels.ts`). */
  priority: number;
  /** Who the answer is written for. */
  audience: SearchAudience[];
  /** Relevance; comparable between indexes searched together, meaningless elsewhere. */
  score: number;
  /** True when the hit came from a members-only index. */
  members: boolean;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** When nothing matched: the query with its words respelled after the index's vocabulary, and what it would find. */
  didYouMean?: { query: string; questions: string[] };
}
