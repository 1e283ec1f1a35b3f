import type { EventBatch, ReaderEvent } from '../core/events/reader-events.ts';

/**
 * What readers tell the site, queued and sent in batches to `feedback.endpoint`
 * (`<meta name="faq-feedback-endpoint">`). Nothing is queued without one. No
 * cookies, no identifiers: requests omit credentials.
 */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Events of a moment go together: one request rather than one per click. */
const BATCH_DELAY = 1000;

const queue: ReaderEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function endpoint(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="faq-feedback-endpoint"]')?.content || undefined;
}

/** UTC to the minute, `2026-11-30T10:15Z`: enough to count by day or hour, too coarse to follow one reader. */
function minute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

export function recordEvent(event: DistributiveOmit<ReaderEvent, 'at' | 'page'>): void {
  if (!endpoint()) return;
  queue.push({ ...event, at: minute(new Date()), page: location.pathname } as ReaderEvent);
  timer ??= setTimeout(flush, BATCH_DELAY);
}

function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  const url = endpoint();
  if (!url || queue.length === 0) return;
  const batch: EventBatch = { version: 1, events: queue.splice(0) };
  // keepalive lets the request outlive the page, as a beacon would.
  void fetch(url, { method: 'POST', mode: 'cors', credentials: 'omit', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) }).catch(() => undefined);
}

addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
