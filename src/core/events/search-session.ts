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
  /**
   * The results of `query` (trimmed; empty when the box was cleared) are on
   * screen. `composing`: the query is an input method's text not yet
   * committed (`tuihuo` on the way to `退货`, `へんぴん` to `返品`).
   */
  shown(query: string, results: number, composing?: boolean): void;
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
  composing: boolean;
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
    shown(query, results, composing = false) {
      const previous = current;
      if (previous && previous.query === query && !previous.recorded) {
        // The same words with another filter, or committed as they were composed: still one search.
        previous.results = results;
        previous.composing = composing;
        stopTimer();
        if (results === 0 && !composing) noResultsTimer = setTimer(() => record(previous, null), READ_AFTER_MS);
        return;
      }
      stopTimer();
      const read = previous !== undefined && now() - previous.since >= READ_AFTER_MS;
      // Typing on (`return` → `return window`) or back (`returns` → `return`) refines the same search.
      const refined = previous !== undefined && query !== '' && (query.startsWith(previous.query) || previous.query.startsWith(query));
      // Text still being composed is a step of typing, however long the reader chose among the input method's words.
      if (previous && read && !refined && !previous.composing) record(previous, null);
      const shown = query ? { query, results, since: now(), recorded: false, composing } : undefined;
      current = shown;
      // Nothing can be opened: once read, a search without results is recorded at once; not while it is still being composed.
      if (shown && results === 0 && !composing) noResultsTimer = setTimer(() => record(shown, null), READ_AFTER_MS);
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
