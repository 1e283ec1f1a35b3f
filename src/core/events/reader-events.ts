/**
 * What readers tell the site, as the browser sends it to the endpoint
 * `site.yaml` names and as `npm run insights` reads it back. Documented field
 * by field in docs/events.md. No cookies, no identifiers: an event says only
 * what happened, in which language, on which page.
 */

/** The payload of one POST: events batched by the page. */
export interface EventBatch {
  version: 1;
  events: ReaderEvent[];
}

interface EventBase {
  /** When, in UTC, to the minute: `2026-11-30T10:15Z`. */
  at: string;
  /** The page's language. */
  lang: string;
  /** The page's path, without query or fragment. */
  page: string;
}

/** An entry a reader opened: its public id, or `members-only` for an answer of the members-only section (whose id stays private). */
export type OpenedEntry = string;
export const MEMBERS_ONLY_ENTRY = 'members-only';

export type ReaderEvent =
  | (EventBase & {
      type: 'search';
      query: string;
      /** How many results the search showed. */
      results: number;
      /** The result the reader opened, if any. */
      opened: OpenedEntry | null;
      /** Its 1-based rank among the results. */
      rank: number | null;
    })
  | (EventBase & { type: 'helpful'; entry: string; helpful: boolean; comment?: string })
  | (EventBase & {
      type: 'ask-suggested';
      question: string;
      /** The answers suggested under the question, best first. */
      shown: OpenedEntry[];
      /** Those the reader opened. */
      opened: OpenedEntry[];
    })
  | (EventBase & { type: 'answered'; entry: OpenedEntry; question: string })
  | (EventBase & { type: 'asked'; question: string; topic: string | null; product: string | null });

export type ReaderEventType = ReaderEvent['type'];
export const READER_EVENT_TYPES: readonly ReaderEventType[] = ['search', 'helpful', 'ask-suggested', 'answered', 'asked'];
