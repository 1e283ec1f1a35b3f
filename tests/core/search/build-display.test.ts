import { describe, expect, it } from 'vitest';
import { displayFiles, displayShardSize, snippetSource } from '../../../src/core/search/build-display.ts';
import type { DisplayRecord } from '../../../src/core/search/index-format.ts';
import { SHARDING } from '../../../src/core/search/settings.ts';

describe('the snippet kept for a search result', () => {
  it('counts Chinese, Japanese and Korean characters as two columns, and Latin ones as one', () => {
    expect(snippetSource('一二三四五六七八九十', 10)).toBe('一二三四五…');
    expect(snippetSource('あいうえおかきくけこ', 10)).toBe('あいうえお…');
    expect(snippetSource('가나다라마바사아자차', 10)).toBe('가나다라마…');
    expect(snippetSource('abcdefghijklmnopqrst', 10)).toBe('abcdefghij…');
  });

  it('keeps a text that fits whole', () => {
    expect(snippetSource('退货 ok', 7)).toBe('退货 ok');
  });
});

describe('the display shards a search downloads to show its results', () => {
  const shardBytes = (records: DisplayRecord[]) => {
    const [first] = displayFiles(records, displayShardSize(records));
    return new TextEncoder().encode(first!.contents).length;
  };
  const records = (question: string, answer: string) =>
    Array.from({ length: 200 }, (_, i): DisplayRecord => [`q${i}`, '', `${question} ${i}`, snippetSource(`${answer} ${i}`)]);

  it('hold about as many bytes in Chinese as in English, though a Chinese character takes three', () => {
    const english = shardBytes(records('How do I return an item I bought online?', 'Start a return from My orders within 30 days of delivery. '.repeat(4)));
    const chinese = shardBytes(records('网上买的东西怎么退货？', '收货后三十天内，在“我的订单”里申请退货，我们会寄给您退货标签。'.repeat(4)));
    expect(chinese).toBeGreaterThan(SHARDING.displayShardBytes * 0.8);
    expect(chinese).toBeLessThan(SHARDING.displayShardBytes * 1.2);
    expect(english).toBeGreaterThan(SHARDING.displayShardBytes * 0.8);
    expect(english).toBeLessThan(SHARDING.displayShardBytes * 1.2);
  });
});
