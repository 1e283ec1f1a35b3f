import { redactText } from './redact.ts';
import type { EventBatch, ReaderEvent } from './reader-events.ts';

/** `Omit` applied to each member of a union, so each event type keeps its own fields. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as the page records it: the queue adds when (`at`) and where (`page`). */
export type RecordedEvent = DistributiveOmit<ReaderEvent, 'at' | 'page'>;

/** How a batch leaves: `fetch` while the page is in use, a beacon once it is hidden. */
export interface EventTransport {
  /** Sends while the page is open; the page does not wait for it. */
  send(body: string): void;
  /** Hands the batch to the browser to deliver after the page is gone; false when it refused (too large). */
  sendAtExit(body: string): boolean;
}

export interface EventQueueOptions {
  transport: EventTransport;
  /** The page's path, without query or fragment. */
  page: () => string;
  now?: () => Date;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** A batch leaves once this many events wait… */
export const BATCH_SIZE = 20;
/** …or this long after the first of them was recorded: what a reader does in one moment goes in one request, and editors see it soon. */
export const BATCH_DELAY_MS = 5_000;
/** Beacons are limited to 64 KiB per page in flight; batches stay well under it. */
const MAX_BEACON_BYTES = 48_000;
const utf8 = new TextEncoder();

/** The fields a reader types. Each is redacted before it is queued, whoever records the event. */
const FREE_TEXT_FIELDS = ['query', 'comment', 'question'] as const;
/** Longer text is cut (after redaction, so no address is cut in half and missed): a pasted page must not fill a batch. */
export const FREE_TEXT_LIMIT = 1000;

export interface EventQueue {
  record(event: RecordedEvent): void;
  /** The page is being hidden (tab switched, closed, navigated away): everything waiting leaves now. */
  flushAtExit(): void;
  /** What waits, for tests and the exit flush. */
  readonly pending: readonly ReaderEvent[];
}

export function createEventQueue(options: EventQueueOptions): EventQueue {
  const { transport, page } = options;
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending: ReaderEvent[] = [];
  let timer: unknown;

  function take(): ReaderEvent[] {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const events = pending;
    pending = [];
    return events;
  }

  function flush(): void {
    const events = take();
    if (events.length > 0) transport.send(serializeBatch(events));
  }

  return {
    get pending() {
      return pending;
    },
    record(event) {
      pending.push(stamped(redacted(event), now(), page()));
      if (pending.length >= BATCH_SIZE) flush();
      else if (timer === undefined) timer = setTimer(flush, BATCH_DELAY_MS);
    },
    flushAtExit() {
      for (const body of beaconBodies(take())) {
        // A refused beacon (the browser's quota is spent) still gets a chance as an ordinary request.
        if (!transport.sendAtExit(body)) transport.send(body);
      }
    },
  };
}

export function serializeBatch(events: ReaderEvent[]): string {
  const batch: EventBatch = { version: 1, events };
  return JSON.stringify(batch);
}

/** When, in UTC, to the minute: a finer time would help tell readers apart. */
export function minuteOf(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

function stamped(event: RecordedEvent, at: Date, page: string): ReaderEvent {
  return { ...event, at: minuteOf(at), page } as ReaderEvent;
}

function redacted(event: RecordedEvent): RecordedEvent {
  const copy: Record<string, unknown> = { ...event };
  for (const field of FREE_TEXT_FIELDS) {
    if (typeof copy[field] === 'string') copy[field] = [...redactText(copy[field])].slice(0, FREE_TEXT_LIMIT).join('');
  }
  return copy as RecordedEvent;
}

/** Splits what is left into batches a beacon accepts. */
function beaconBodies(events: ReaderEvent[]): string[] {
  const bodies: string[] = [];
  let batch: ReaderEvent[] = [];
  for (const event of events) {
    const next = [...batch, event];
    if (batch.length > 0 && utf8.encode(serializeBatch(next)).length > MAX_BEACON_BYTES) {
      bodies.push(serializeBatch(batch));
      batch = [event];
    } else {
      batch = next;
    }
  }
  if (batch.length > 0) bodies.push(serializeBatch(batch));
  return bodies;
}
