import { describe, expect, it } from 'vitest';
import { countRequestRounds } from '../../../bench/lib/request-rounds.mjs';

const window = { from: 1000, until: 2000 };

describe('counting request rounds from the first keystroke to the first result', () => {
  it('counts requests sent together as one round, and each wait for a finished one as another', () => {
    const terms = [{ start: 1010, end: 1160 }, { start: 1012, end: 1170 }];
    const display = [{ start: 1180, end: 1330 }, { start: 1181, end: 1335 }, { start: 1182, end: 1340 }];
    expect(countRequestRounds([...terms, ...display], window)).toEqual({ rounds: 2, requests: 5 });
  });

  it('counts a chain of requests one round each', () => {
    const chain = [0, 1, 2, 3, 4].map((step) => ({ start: 1001 + step * 160, end: 1150 + step * 160 }));
    expect(countRequestRounds(chain, window)).toEqual({ rounds: 5, requests: 5 });
  });

  it('counts a request still on its way at the keystroke as the first round, and what waited for it after', () => {
    const code = { start: 900, end: 1200 };
    const terms = { start: 1210, end: 1360 };
    const display = { start: 1370, end: 1520 };
    expect(countRequestRounds([display, terms, code], window)).toEqual({ rounds: 3, requests: 3 });
  });

  it('leaves out what finished before the keystroke and what started after the first result', () => {
    const prefetched = [{ start: 100, end: 400 }, { start: 120, end: 420 }];
    const terms = { start: 1005, end: 1155 };
    const later = { start: 2100, end: 2250 };
    expect(countRequestRounds([...prefetched, terms, later], window)).toEqual({ rounds: 1, requests: 1 });
  });

  it('counts a request queued behind others from when the page asked for it, not when it was sent', () => {
    // Eight shards asked for at once: the browser sends six, then two more as connections free up.
    const asked = Array.from({ length: 8 }, (_, index) => ({ start: 1010 + index, end: index < 6 ? 1160 : 1320 }));
    expect(countRequestRounds(asked, window)).toEqual({ rounds: 1, requests: 8 });
  });

  it('finds no rounds when the result needed no request', () => {
    expect(countRequestRounds([{ start: 10, end: 20 }], window)).toEqual({ rounds: 0, requests: 0 });
  });
});
