import { describe, expect, it } from 'vitest';
import { addEvent, createTally, MAX_QUESTION_KEYS } from '../../../src/core/insights/tally.ts';

const options = { queryTerms: (query: string) => ({ terms: [query], key: query }), topicOf: () => undefined };
const search = (query: string) => ({ type: 'search' as const, at: '2026-11-20T10:15Z', lang: 'en', page: '/search/', query, results: 0, opened: null, rank: null });

describe('the running totals', () => {
  it('keep memory bounded: past the cap of distinct questions the rarest go, the frequent stay, and the drop is counted', () => {
    const tally = createTally();
    for (let i = 0; i < 50; i++) addEvent(tally, search('gift card'), options);
    for (let i = 0; i < MAX_QUESTION_KEYS * 2; i++) addEvent(tally, search(`one-off question ${i}`), options);
    expect(tally.missing.size).toBeLessThanOrEqual(MAX_QUESTION_KEYS);
    expect(tally.missing.get('gift card')?.count).toBe(50);
    expect(tally.droppedKeys).toBeGreaterThan(MAX_QUESTION_KEYS / 2);
    expect(tally.events).toBe(50 + MAX_QUESTION_KEYS * 2);
  });
});
