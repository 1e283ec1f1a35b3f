import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { offlineList } from '../../../src/core/offline/offline-list.ts';
import { SAVE_EVERYTHING_LIMIT_BYTES } from '../../../src/core/offline/offline-plan.ts';
import { formatSize } from '../../../src/core/offline/format-size.ts';

const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;
const en = buildSite(content).model.languages.find((view) => view.lang === 'en')!;

describe('what a reader can save for offline reading', () => {
  it('lists every public answer with its size, and each topic’s answers, sub-topics included', () => {
    const list = offlineList(en, 'b1', (url) => url.length * 100, [['/_faq/search/en/index.json', 5000]]);
    expect(list.entries.map(([url]) => url)).toEqual(en.entryOrder.map((id) => en.entries[id]!.url));
    expect(list.entries.every(([url, bytes]) => bytes === url.length * 100)).toBe(true);
    for (const category of Object.values(en.categories)) {
      expect(list.topics[category.path]!.map((i) => list.entries[i]![0]).sort()).toEqual(category.allEntryIds.map((id) => en.entries[id]!.url).sort());
    }
    expect(list.totalBytes).toBe(list.entries.reduce((sum, [, bytes]) => sum + bytes, 0) + 5000);
  });

  it('offers everything only while answers and search stay within the limit', () => {
    const small = offlineList(en, 'b1', () => 1000, []);
    expect(small.everything).toBe(true);
    const large = offlineList(en, 'b1', () => SAVE_EVERYTHING_LIMIT_BYTES, []);
    expect(large.everything).toBe(false);
  });
});

describe('download sizes', () => {
  it('read as the language writes them, in kB below a megabyte', () => {
    expect(formatSize(240_123, 'en')).toBe('240 kB');
    expect(formatSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatSize(1_234_567, 'de')).toBe('1,2 MB');
    expect(formatSize(80, 'en')).toBe('1 kB');
  });
});
