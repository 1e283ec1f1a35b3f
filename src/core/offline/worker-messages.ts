/**
 * The `Server-Timing` metric the service worker adds to a page it answers
 * from this device because the network failed. The page reads it
 * (`PerformanceNavigationTiming.serverTiming`) to know it is offline, which
 * `navigator.onLine` does not always say: a network that connects but
 * reaches nothing, or a browser that reports a new page online regardless.
 */
export const KEPT_COPY_TIMING = 'faq-kept';

/** What pages ask the service worker, over a `MessageChannel`, and what it answers. */
export type WorkerRequest =
  /** The answers this device can open offline. */
  | { type: 'list'; lang: string }
  /** Keep these pages in the saved cache (no limit), and the search index of the folders these files are in. */
  | { type: 'save'; pages: string[]; files: string[] };

export interface SavedAnswer {
  /** The answer page's path. */
  url: string;
  question: string;
}

export type WorkerReply =
  | { type: 'list'; build: string; answers: SavedAnswer[] }
  | { type: 'progress'; done: number; count: number }
  | { type: 'saved'; done: number; failed: number; count: number };
