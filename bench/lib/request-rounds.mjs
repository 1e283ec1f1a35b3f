/**
 * Request rounds: how many network round trips stood between a reader's
 * first keystroke and the first result, counted from the requests the page
 * made (Resource Timing, in the page's own clock).
 *
 * A request is in the first round when it was already on its way at the
 * keystroke, or when no request the keystroke waited on had finished before
 * it was asked for; otherwise its round is one more than the latest round of
 * the requests that finished before it started (it may have needed them). A
 * request counts from when the page asked for it (`start`), not from when a
 * connection was free to send it, so a browser's limit of connections per
 * host does not add rounds a host with HTTP/2 would not have. Requests that
 * finished before the keystroke are no wait (round 0), and those that started
 * after the first result are not part of it.
 *
 * @param {readonly { start: number; end: number }[]} requests
 * @param {{ from: number; until: number }} window the first keystroke and the first result
 * @returns {{ rounds: number; requests: number }} the rounds, and how many requests they held
 */
export function countRequestRounds(requests, { from, until }) {
  const waited = requests.filter((request) => request.end > from && request.start < until).sort((a, b) => a.start - b.start || a.end - b.end);
  const rounds = [];
  for (const request of waited) {
    const before = waited.flatMap((other, index) => (other.end <= request.start && index < rounds.length ? [rounds[index]] : []));
    rounds.push(request.start <= from ? 1 : before.length === 0 ? 1 : Math.max(...before) + 1);
  }
  return { rounds: rounds.length === 0 ? 0 : Math.max(...rounds), requests: waited.length };
}
