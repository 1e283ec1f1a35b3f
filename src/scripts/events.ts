import { createEventQueue, type DistributiveOmit, type EventQueue } from '../core/events/event-queue.ts';
import type { ReaderEvent } from '../core/events/reader-events.ts';

export type { DistributiveOmit };

/**
 * What readers tell the site, batched and sent to `feedback.endpoint` of
 * site.yaml (read from `<meta name="faq-feedback-endpoint">`). Nothing is
 * recorded when it is not set. No cookies, no storage, no identifiers: a
 * request carries only the events themselves (docs/events.md).
 */
function feedbackEndpoint(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="faq-feedback-endpoint"]')?.content || undefined;
}

const leavingHooks: (() => void)[] = [];
let queue: EventQueue | null | undefined;

function theQueue(): EventQueue | null {
  if (queue !== undefined) return queue;
  const endpoint = feedbackEndpoint();
  queue = endpoint ? createEventQueue({ transport: transportTo(endpoint), page: () => location.pathname }) : null;
  if (queue) {
    // Hidden may be the last moment a page gets (a phone discards background tabs): what waits leaves now.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') queue?.flushAtExit();
    });
    // Left for good (or for the back-forward cache): what readers left unfinished is recorded too.
    addEventListener('pagehide', () => {
      for (const hook of leavingHooks) hook();
      queue?.flushAtExit();
    });
  }
  return queue;
}

function transportTo(endpoint: string) {
  return {
    send(body: string): void {
      void fetch(endpoint, { method: 'POST', mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', keepalive: true, headers: { 'Content-Type': 'application/json' }, body }).catch(() => undefined);
    },
    // A string goes as text/plain: a beacon of any other type would need a preflight the endpoint must answer for credentials.
    sendAtExit: (body: string): boolean => navigator.sendBeacon(endpoint, body),
  };
}

/** Queues one event; the queue adds when (`at`) and where (`page`), and removes personal data from what the reader typed. */
export function recordEvent(event: DistributiveOmit<ReaderEvent, 'at' | 'page'>): void {
  theQueue()?.record(event);
}

/** True when site.yaml names an endpoint, so a page can skip work whose only use is an event. */
export function eventsEnabled(): boolean {
  return theQueue() !== null;
}

/**
 * Runs when the reader leaves the page, before what waits is sent, so a
 * component can record what the reader left unfinished (a search whose
 * results they did not open, a "No" whose comment they did not write). Not
 * when the tab is merely hidden: the reader may come back and finish.
 */
export function whenLeaving(hook: () => void): void {
  if (theQueue()) leavingHooks.push(hook);
}
