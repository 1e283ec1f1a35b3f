import { describe, expect, it } from 'vitest';
import { createSearchSession, READ_AFTER_MS, type SearchOutcome } from '../../../src/core/events/search-session.ts';

/** A session on a clock the test moves, with its timers run when their time comes. */
function sessionForTest() {
  const recorded: SearchOutcome[] = [];
  let time = 0;
  let timers: { at: number; callback: () => void }[] = [];
  const session = createSearchSession({
    record: (search) => recorded.push(search),
    now: () => time,
    setTimer: (callback, ms) => {
      const timer = { at: time + ms, callback };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => (timers = timers.filter((each) => each !== timer)),
  });
  const wait = (ms: number) => {
    time += ms;
    const due = timers.filter((timer) => timer.at <= time);
    timers = timers.filter((timer) => timer.at > time);
    for (const timer of due) timer.callback();
  };
  /** Types `text` key by key, each step's results on screen for 100 ms. */
  const type = (text: string, results: (query: string) => number) => {
    for (let length = 1; length <= text.length; length++) {
      session.shown(text.slice(0, length).trim(), results(text.slice(0, length).trim()));
      wait(100);
    }
  };
  return { session, recorded, wait, type };
}

describe('which queries are searches', () => {
  it('records what the reader typed and opened, with the result’s rank, and none of the steps of typing', () => {
    const { session, recorded, type } = sessionForTest();
    type('return window', () => 4);
    session.opened('return-window', 2);
    expect(recorded).toEqual([{ query: 'return window', results: 4, opened: 'return-window', rank: 2 }]);
  });

  it('records results read and left for other words, with nothing opened', () => {
    const { session, recorded, type, wait } = sessionForTest();
    type('warranty', () => 3);
    wait(READ_AFTER_MS);
    session.shown('', 0);
    type('refund', () => 2);
    session.opened('refund-timing', 1);
    expect(recorded).toEqual([
      { query: 'warranty', results: 3, opened: null, rank: null },
      { query: 'refund', results: 2, opened: 'refund-timing', rank: 1 },
    ]);
  });

  it('treats words typed on, or taken back, as the same search', () => {
    const { session, recorded, type, wait } = sessionForTest();
    type('return', () => 5);
    wait(READ_AFTER_MS);
    for (const query of ['return w', 'return wi', 'return win', 'return wind', 'return windo', 'return window']) session.shown(query, 2);
    wait(READ_AFTER_MS);
    session.shown('return windo', 2);
    session.left();
    expect(recorded).toEqual([{ query: 'return windo', results: 2, opened: null, rank: null }]);
  });

  it('records a search that found nothing once it has been on screen a moment, once', () => {
    const { session, recorded, type, wait } = sessionForTest();
    type('xqzvw', (query) => (query.length < 3 ? 1 : 0));
    expect(recorded).toEqual([]);
    wait(READ_AFTER_MS);
    expect(recorded).toEqual([{ query: 'xqzvw', results: 0, opened: null, rank: null }]);
    session.left();
    expect(recorded).toHaveLength(1);
  });

  it('records the search on screen when the reader leaves, however briefly it was there', () => {
    const { session, recorded, type } = sessionForTest();
    type('sauna', () => 0);
    session.left();
    expect(recorded).toEqual([{ query: 'sauna', results: 0, opened: null, rank: null }]);
  });

  it('counts a filter changed under the same words as one search, with its latest results', () => {
    const { session, recorded, type, wait } = sessionForTest();
    type('filter', () => 0);
    session.shown('filter', 3);
    wait(READ_AFTER_MS);
    expect(recorded).toEqual([]);
    session.opened('air-filter-replace', 3);
    expect(recorded).toEqual([{ query: 'filter', results: 3, opened: 'air-filter-replace', rank: 3 }]);
  });

  it('counts what an input method composed as a step of typing what it commits, however long the reader chose', () => {
    const { session, recorded, wait } = sessionForTest();
    // Pinyin on its way to 退货: searched as typed, with nothing found half-way.
    for (const composed of ['t', 'tu', 'tui', 'tuih', 'tuihu', 'tuihuo']) session.shown(composed, composed === 'tuih' ? 0 : 3, true);
    wait(READ_AFTER_MS * 3);
    session.shown('退货', 2);
    session.opened('return-policy', 1);
    expect(recorded).toEqual([{ query: '退货', results: 2, opened: 'return-policy', rank: 1 }]);
  });

  it('records nothing for composed text the reader cleared without committing', () => {
    const { session, recorded, wait } = sessionForTest();
    session.shown('へんぴん', 0, true);
    wait(READ_AFTER_MS);
    session.shown('', 0);
    wait(READ_AFTER_MS);
    session.left();
    expect(recorded).toEqual([]);
  });

  it('records a word still composed when the reader opens a result or leaves, as a phone’s keyboard composes every word', () => {
    const opening = sessionForTest();
    opening.session.shown('warranty', 3, true);
    opening.session.opened('warranty-length', 2);
    expect(opening.recorded).toEqual([{ query: 'warranty', results: 3, opened: 'warranty-length', rank: 2 }]);
    const leaving = sessionForTest();
    leaving.session.shown('sauna', 0, true);
    leaving.session.left();
    expect(leaving.recorded).toEqual([{ query: 'sauna', results: 0, opened: null, rank: null }]);
  });

  it('counts a word committed as it was composed as one search', () => {
    const { session, recorded, wait } = sessionForTest();
    session.shown('xqzvw', 0, true);
    session.shown('xqzvw', 0);
    wait(READ_AFTER_MS);
    expect(recorded).toEqual([{ query: 'xqzvw', results: 0, opened: null, rank: null }]);
  });

  it('records nothing for results that could not load', () => {
    const { session, recorded, type, wait } = sessionForTest();
    type('return', () => 0);
    session.failed();
    wait(READ_AFTER_MS);
    session.left();
    expect(recorded).toEqual([]);
  });
});
