import { describe, expect, it } from 'vitest';
import { BATCH_DELAY_MS, BATCH_SIZE, createEventQueue, FREE_TEXT_LIMIT, minuteOf } from '../../../src/core/events/event-queue.ts';
import type { EventBatch } from '../../../src/core/events/reader-events.ts';

/** A queue whose requests and timers are recorded instead of run, so a test decides when time passes. */
function queueForTest(options: { beaconAccepts?: boolean } = {}) {
  const sent: EventBatch[] = [];
  const beacons: EventBatch[] = [];
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const queue = createEventQueue({
    transport: {
      send: (body) => void sent.push(JSON.parse(body) as EventBatch),
      sendAtExit: (body) => {
        if (options.beaconAccepts === false) return false;
        beacons.push(JSON.parse(body) as EventBatch);
        return true;
      },
    },
    page: () => '/q/return-window/',
    now: () => new Date('2026-11-30T10:15:42.123Z'),
    setTimer: (callback, ms) => timers.push({ callback, ms, cleared: false }) - 1,
    clearTimer: (index) => void (timers[index as number]!.cleared = true),
  });
  const runTimers = () => timers.filter((timer) => !timer.cleared).forEach((timer) => ((timer.cleared = true), timer.callback()));
  return { queue, sent, beacons, timers, runTimers };
}

describe('the queue of readers’ events', () => {
  it('stamps each event with the minute and the page, and sends nothing before the batch is due', () => {
    const { queue, sent, timers } = queueForTest();
    queue.record({ type: 'helpful', lang: 'en', entry: 'return-window', helpful: true });
    expect(sent).toEqual([]);
    expect(queue.pending).toEqual([{ type: 'helpful', lang: 'en', entry: 'return-window', helpful: true, at: '2026-11-30T10:15Z', page: '/q/return-window/' }]);
    expect(timers.map((timer) => timer.ms)).toEqual([BATCH_DELAY_MS]);
  });

  it('sends the events of a moment together, as one versioned batch', () => {
    const { queue, sent, runTimers } = queueForTest();
    queue.record({ type: 'search', lang: 'en', query: 'refund', results: 3, opened: null, rank: null });
    queue.record({ type: 'helpful', lang: 'en', entry: 'refund-timing', helpful: false, comment: 'how long exactly?' });
    runTimers();
    expect(sent).toEqual([
      {
        version: 1,
        events: [
          { type: 'search', lang: 'en', query: 'refund', results: 3, opened: null, rank: null, at: '2026-11-30T10:15Z', page: '/q/return-window/' },
          { type: 'helpful', lang: 'en', entry: 'refund-timing', helpful: false, comment: 'how long exactly?', at: '2026-11-30T10:15Z', page: '/q/return-window/' },
        ],
      },
    ]);
    expect(queue.pending).toEqual([]);
  });

  it('sends a full batch at once, without waiting', () => {
    const { queue, sent, timers } = queueForTest();
    for (let count = 0; count < BATCH_SIZE; count++) queue.record({ type: 'search', lang: 'en', query: `q${count}`, results: 0, opened: null, rank: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.events).toHaveLength(BATCH_SIZE);
    expect(timers.every((timer) => timer.cleared)).toBe(true);
  });

  it('hands what waits to a beacon when the page is hidden, and sends it as a request when the beacon is refused', () => {
    const accepted = queueForTest();
    accepted.queue.record({ type: 'answered', lang: 'zh', entry: 'refund-timing', question: '退款多久' });
    accepted.queue.flushAtExit();
    expect(accepted.beacons.map((batch) => batch.events.map((event) => event.type))).toEqual([['answered']]);
    expect(accepted.sent).toEqual([]);
    accepted.queue.flushAtExit();
    expect(accepted.beacons).toHaveLength(1);

    const refused = queueForTest({ beaconAccepts: false });
    refused.queue.record({ type: 'answered', lang: 'zh', entry: 'refund-timing', question: '退款多久' });
    refused.queue.flushAtExit();
    expect(refused.sent.map((batch) => batch.events.map((event) => event.type))).toEqual([['answered']]);
  });

  it('splits a large exit flush into beacons the browser accepts', () => {
    const { queue, beacons } = queueForTest();
    // Chinese takes three bytes a character: the limit is on bytes, not characters.
    const long = '我的恒温器为什么不能连接无线网络'.repeat(100);
    for (let count = 0; count < BATCH_SIZE - 1; count++) queue.record({ type: 'asked', lang: 'zh', question: `${count} ${long}`, topic: null, product: null });
    queue.flushAtExit();
    expect(beacons.length).toBeGreaterThan(1);
    // Every event, once, in order.
    expect(beacons.flatMap((batch) => batch.events.map((event) => ('question' in event ? Number(event.question.split(' ')[0]) : -1)))).toEqual(Array.from({ length: BATCH_SIZE - 1 }, (_, count) => count));
    for (const batch of beacons) expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThan(64 * 1024);
  });

  it('removes e-mail addresses, phone numbers and order numbers from every field a reader types', () => {
    const { queue } = queueForTest();
    queue.record({ type: 'search', lang: 'en', query: 'order 4410023981 for jane@example.com', results: 0, opened: null, rank: null });
    queue.record({ type: 'helpful', lang: 'en', entry: 'refund-timing', helpful: false, comment: 'call me +44 20 7946 0958' });
    queue.record({ type: 'ask-suggested', lang: 'en', question: 'card 4111 1111 1111 1111 charged twice', shown: ['refund-timing'], opened: [] });
    queue.record({ type: 'answered', lang: 'en', entry: 'refund-timing', question: 'mail me at a.b@shop.example' });
    queue.record({ type: 'asked', lang: 'en', question: 'order 20261130889 missing', topic: 'orders', product: null });
    expect(queue.pending.map((event) => ('query' in event ? event.query : 'comment' in event ? event.comment : 'question' in event ? event.question : ''))).toEqual([
      'order [number] for [email]',
      'call me [phone]',
      'card [number] charged twice',
      'mail me at [email]',
      'order [number] missing',
    ]);
    // Ids and names the site chose are not free text: they are left as they are.
    expect(queue.pending[2]).toMatchObject({ shown: ['refund-timing'] });
    expect(queue.pending[4]).toMatchObject({ topic: 'orders' });
  });

  it('cuts a pasted text to its first characters, after removing what must not leave', () => {
    const { queue } = queueForTest();
    const pasted = `${'我'.repeat(FREE_TEXT_LIMIT - 5)} jane.doe@example.com and more`;
    queue.record({ type: 'asked', lang: 'zh', question: pasted, topic: null, product: null });
    const question = (queue.pending[0] as { question: string }).question;
    expect([...question]).toHaveLength(FREE_TEXT_LIMIT);
    expect(question).toBe(`${'我'.repeat(FREE_TEXT_LIMIT - 5)} [ema`);
    expect(question).not.toContain('jane');
  });

  it('writes the time to the minute, in UTC', () => {
    expect(minuteOf(new Date('2026-11-30T23:59:59.999+01:00'))).toBe('2026-11-30T22:59Z');
  });
});
