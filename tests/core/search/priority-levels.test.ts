import { describe, expect, it } from 'vitest';
import { EXACT_PRIORITIES, keepsLevels, levelPriority, priorityLevel } from '../../../src/core/search/priority-levels.ts';
import { buildSearchIndex } from '../../../src/core/search/build-index.ts';
import { doc } from './search-fixtures.ts';

const upTo = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);

describe('priority levels', () => {
  it('keep priorities below 4 as they are', () => {
    for (const priority of upTo(3)) expect(levelPriority(priorityLevel(priority))).toBe(priority);
  });

  it('grow by two steps each time a priority doubles, read back as the lowest priority of the step', () => {
    expect([4, 5, 6, 8, 12, 40, 70, 90, 95, 96, 100, 128, 1000].map((priority) => levelPriority(priorityLevel(priority)))).toEqual([
      4, 4, 6, 8, 12, 32, 64, 64, 64, 96, 96, 128, 768,
    ]);
  });

  it('never put a higher priority below a lower one, and part priorities a third apart', () => {
    const priorities = [...upTo(5000), 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER];
    for (const [i, priority] of priorities.entries()) {
      const level = priorityLevel(priority);
      const kept = levelPriority(level);
      expect(kept).toBeLessThanOrEqual(priority);
      expect(priority - kept).toBeLessThan(Math.max(1, priority / 3));
      if (i > 0) expect(level).toBeGreaterThanOrEqual(priorityLevel(priorities[i - 1]!));
    }
  });

  it('are kept only by an index whose documents hold more distinct priorities than it keeps exactly', () => {
    expect(keepsLevels(upTo(EXACT_PRIORITIES - 1))).toBe(false);
    expect(keepsLevels([...upTo(EXACT_PRIORITIES - 2), 0, 500, 500])).toBe(false);
    expect(keepsLevels(upTo(EXACT_PRIORITIES))).toBe(true);
  });
});

describe('an index’s priorities', () => {
  const docsFileOf = (priorities: readonly number[]) => {
    const files = buildSearchIndex(priorities.map((priority, i) => doc({ id: `q${i}`, question: `Question ${i}`, priority })), { lang: 'en' });
    return (JSON.parse(files.find((file) => file.path === 'index.json')!.contents) as { docs: { priority: string; priorityLevels?: true } }).docs;
  };

  it('are written exactly where editors set a few values', () => {
    expect(docsFileOf([0, 10, 50, 80, 90, 100]).priorityLevels).toBeUndefined();
  });

  it('are written as levels, one character each, where an import set many', () => {
    const priorities = upTo(400).map((i) => (i * 37) % 400);
    const docs = docsFileOf(priorities);
    expect(docs.priorityLevels).toBe(true);
    expect(docs.priority).toHaveLength(priorities.length);
  });
});
