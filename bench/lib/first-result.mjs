import { countRequestRounds } from './request-rounds.mjs';

/**
 * What a reader waits for between the first keystroke and the first result
 * in a search box, measured in Chromium (playwright-core) for any search
 * engine behind a text box: our own and Pagefind alike.
 *
 * The page records, in its own clock, when the first key went down and when
 * the first result appeared; Resource Timing gives every request's start,
 * end and bytes on the wire in the same clock.
 */

/** Installs the marks in every document the page opens; call before `page.goto`. */
export async function watchForFirstResult(page, resultSelector) {
  await page.addInitScript((selector) => {
    const marks = { keystroke: undefined, result: undefined };
    Object.defineProperty(window, '__firstResult', { value: marks });
    performance.setResourceTimingBufferSize(10_000);
    addEventListener('keydown', (event) => (marks.keystroke ??= event.timeStamp), true);
    // insertText and IME input send no keydown: the first input event stands for the keystroke then.
    addEventListener('input', (event) => (marks.keystroke ??= event.timeStamp), true);
    const seen = () => {
      if (marks.result === undefined && marks.keystroke !== undefined && document.querySelector(selector)) marks.result = performance.now();
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  }, resultSelector);
}

/** Resolves once no request has been in flight for `quietMs`: what the page fetches on its own (on focus, say) is in. */
export async function waitForNetworkQuiet(page, { quietMs = 400, timeoutMs = 20_000 } = {}) {
  await page.waitForFunction(
    (quiet) => {
      const entries = performance.getEntriesByType('resource');
      const lastEnd = Math.max(0, ...entries.map((entry) => entry.responseEnd));
      const state = (window.__quiet ??= { count: -1, since: performance.now() });
      if (state.count !== entries.length) Object.assign(state, { count: entries.length, since: performance.now() });
      return performance.now() - Math.max(state.since, lastEnd) >= quiet;
    },
    quietMs,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** The page's time now, in the clock of its marks and Resource Timing. */
export function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/**
 * Waits for the first result, then reports: the time from the first
 * keystroke, the request rounds in between (`countRequestRounds`), and the
 * bytes on the wire (headers included) of every request started from
 * `since` (e.g. the focus that started loading search) until the result.
 */
export async function readFirstResult(page, { since, timeoutMs = 30_000 }) {
  await page.waitForFunction(() => window.__firstResult.result !== undefined, undefined, { timeout: timeoutMs, polling: 20 });
  const { marks, requests } = await page.evaluate(() => ({
    marks: { ...window.__firstResult },
    requests: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd, bytes: entry.transferSize })),
  }));
  const before = requests.filter((request) => request.start >= since && request.start < marks.result);
  const { rounds, requests: waitedFor } = countRequestRounds(requests, { from: marks.keystroke, until: marks.result });
  return {
    ms: marks.result - marks.keystroke,
    rounds,
    roundRequests: waitedFor,
    requests: before.length,
    bytes: before.reduce((sum, request) => sum + request.bytes, 0),
    urls: before.map((request) => request.url),
  };
}

/**
 * Counts the page's requests as they start and finish, to wait for the
 * first round trip after a moment (a focus): the requests started before
 * the first response came back, all finished. A reader who types then has
 * paused one round trip, about what a click and a first key take.
 */
export function trackRequests(page) {
  const started = new Map();
  let finished = 0;
  const done = (request) => {
    const entry = started.get(request);
    if (entry && entry.end === undefined) entry.end = ++finished;
  };
  page.on('request', (request) => started.set(request, { order: finished, end: undefined }));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Resolves when, of the requests started from now on, the first round has come back. */
    async firstRoundAfterNow({ timeoutMs = 20_000 } = {}) {
      const known = new Set(started.keys());
      const deadline = Date.now() + timeoutMs;
      const fresh = () => [...started].filter(([request]) => !known.has(request)).map(([, entry]) => entry);
      const firstEnd = () => Math.min(...fresh().map((entry) => entry.end ?? Infinity));
      // Requests started before the first one after now finished: the first round.
      while (!Number.isFinite(firstEnd()) || fresh().some((entry) => entry.order < firstEnd() && entry.end === undefined)) {
        if (Date.now() > deadline) throw new Error(`the first round of requests did not come back within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10)); // polls the state the page's events keep
      }
    },
  };
}
