/**
 * Which of the queries a search box shows are searches worth an event. Search
 * runs on every keystroke, so most queries are steps of typing (`r`, `re`,
 * `ret`…); a search is what the reader read the results of, and its outcome
 * is the result they opened, or none.
 */

/** How long results must stay on screen to count as read. */
export const READ_AFTER_MS = 2000;

export interface SearchOutcome {
  query: string;
  results: number;
  opened: string | null;
  rank: number | null;
}

export interface SearchSessionOptions {
  record(search: SearchOutcome): void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface SearchSession {
  /** The results of `query` (trimmed; empty when the box was cleared) are on screen. */
  shown(query: string, results: number): void;
  /** The reader opened the result at `rank` (from 1): the search on screen ends with it. */
  opened(entry: string, rank: number): void;
  /** The reader leaves the page: the search on screen ends with nothing opened. */
  left(): void;
  /** The results could not load: what is on screen is no search. */
  failed(): void;
}

interface Shown {
  query: string;
  results: number;
  since: number;
  recorded: boolean;
}

export function createSearchSession(options: SearchSessionOptions): SearchSession {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let current: Shown | undefined;
  let noResultsTimer: unknown;

  function record(shown: Shown, opened: { entry: string; rank: number } | null): void {
    if (shown.recorded) return;
    shown.recorded = true;
    options.record({ query: shown.query, results: shown.results, opened: opened?.entry ?? null, rank: opened?.rank ?? null });
  }

  function stopTimer(): void {
    if (noResultsTimer !== undefined) clearTimer(noResultsTimer);
    noResultsTimer = undefined;
  }

  return {
    shown(query, results) {
      const previous = current;
      if (previous && previous.query === query && !previous.recorded) {
        // The same words with another filter: still one search.
        previous.results = results;
        stopTimer();
        if (results === 0) noResultsTimer = setTimer(() => record(previous, null), READ_AFTER_MS);
        return;
      }
      stopTimer();
      const read = previous !== undefined && now() - previous.since >= READ_AFTER_MS;
      // Typing on (`return` → `return window`) or back (`returns` → `return`) refines the same search.
      const refined = previous !== undefined && query !== '' && (query.startsWith(previous.query) || previous.query.startsWith(query));
      if (previous && read && !refined) record(previous, null);
      const shown = query ? { query, results, since: now(), recorded: false } : undefined;
      current = shown;
      // Nothing can be opened: once read, a search without results is recorded at once.
      if (shown && results === 0) noResultsTimer = setTimer(() => record(shown, null), READ_AFTER_MS);
    },
    opened(entry, rank) {
      stopTimer();
      if (current) record(current, { entry, rank });
    },
    left() {
      stopTimer();
      if (current) record(current, null);
    },
    failed() {
      stopTimer();
      current = undefined;
    },
  };
}
