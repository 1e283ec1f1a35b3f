import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { HANDBOOK_PAGE_BYTES, handbookEntryBytes, handbookParts } from '../../../src/core/site/handbook-parts.ts';
import type { Content, Entry } from '../../../src/core/content/types.ts';
import type { CategoryView, EntryView, HandbookPart } from '../../../src/core/site/model.ts';

/** A catalogue of `[path, title, home entries]`, top topics first, depth-first, as buildCatalogue orders it. */
function catalogueOf(tree: [string, string, EntryView[]][]) {
  const categories: Record<string, CategoryView> = {};
  for (const [path, title, entries] of tree) {
    const depth = path.split('/').length - 1;
    const breadcrumb = path.split('/').map((_, index, parts) => ({ href: `/c/${parts.slice(0, index + 1).join('/')}/`, title: categories[parts.slice(0, index + 1).join('/')]?.title ?? title }));
    categories[path] = { path, title, depth, url: `/c/${path}/`, breadcrumb, children: [], entryIds: [], pages: [], homeEntryIds: entries.map((entry) => entry.id), allEntryIds: [], totalCount: 0 } as CategoryView;
  }
  return { categories, topCategories: Object.keys(categories).filter((path) => !path.includes('/')) };
}

/** An entry whose answer is `bytes` of HTML. */
function entry(id: string, bytes: number): EntryView {
  return { id, url: `/q/${id}/`, question: `Question ${id}?`, html: `<p>${'a'.repeat(bytes)}</p>`, pictures: [] } as unknown as EntryView;
}

const many = (prefix: string, count: number, bytes: number) => Array.from({ length: count }, (_, index) => entry(`${prefix}${index + 1}`, bytes));
const urlOf = (topPath: string) => `/handbook/${topPath}/`;
const idsOf = (part: HandbookPart) => part.pages.flatMap((page) => page.sections.flatMap((section) => section.entryIds));
const bytesOf = (ids: string[], entries: EntryView[]) => ids.reduce((sum, id) => sum + handbookEntryBytes(entries.find((item) => item.id === id)!), 0);

describe('a handbook that fits on one page', () => {
  it('has no parts, whatever its number of questions', () => {
    const entries = many('q', 300, 100);
    expect(handbookParts(catalogueOf([['orders', 'Orders', entries]]), entries, urlOf, 200_000)).toEqual([]);
  });
});

describe('a handbook too large for one page', () => {
  const setup = many('s', 5, 1000);
  const wifi = many('w', 3, 1000);
  const manuals = many('m', 2, 1000);
  const entries = [...setup, ...wifi, ...manuals];
  const catalogue = catalogueOf([
    ['devices', 'Devices', []],
    ['devices/setup', 'Setting up', setup],
    ['devices/wifi', 'Wi-Fi', wifi],
    ['manuals', 'Manuals', manuals],
    ['empty', 'Empty', []],
  ]);
  const parts = handbookParts(catalogue, entries, urlOf, 4000);

  it('is split by measured size, not by its number of questions', () => {
    expect(handbookParts(catalogue, many('x', 10, 10).map((item, index) => ({ ...item, id: entries[index]!.id })), urlOf, 4000)).toEqual([]);
    expect(parts.map((part) => part.path)).toEqual(['devices', 'manuals']);
  });

  it('has one part per top topic with questions, in catalogue order, each question once', () => {
    expect(parts.map(({ path, title, url, count }) => ({ path, title, url, count }))).toEqual([
      { path: 'devices', title: 'Devices', url: '/handbook/devices/', count: 8 },
      { path: 'manuals', title: 'Manuals', url: '/handbook/manuals/', count: 2 },
    ]);
    expect(parts.flatMap(idsOf)).toEqual(entries.map((item) => item.id));
  });

  it('keeps a topic that fits on one page at the topic’s address', () => {
    expect(parts[1]!.pages).toEqual([{ number: 1, url: '/handbook/manuals/', entryIds: ['m1', 'm2'], sections: [{ path: 'manuals', entryIds: ['m1', 'm2'], continued: false }] }]);
  });

  it('splits a larger topic into numbered pages under page/<n>/, none over the budget', () => {
    const devices = parts[0]!;
    expect(devices.pages.map((page) => page.url)).toEqual(['/handbook/devices/', '/handbook/devices/page/2/', '/handbook/devices/page/3/']);
    expect(devices.pages.map((page) => page.number)).toEqual([1, 2, 3]);
    for (const page of devices.pages) {
      expect(page.entryIds).toEqual(page.sections.flatMap((section) => section.entryIds));
      expect(bytesOf(page.entryIds, entries)).toBeLessThanOrEqual(4000);
    }
  });

  it('starts a sub-topic on the next page when it fits there, and repeats the topic’s heading above it', () => {
    const devices = parts[0]!;
    expect(devices.pages[0]!.sections).toEqual([
      { path: 'devices', entryIds: [], continued: false },
      { path: 'devices/setup', entryIds: ['s1', 's2', 's3'], continued: false },
    ]);
    expect(devices.pages[1]!.sections).toEqual([
      { path: 'devices', entryIds: [], continued: true },
      { path: 'devices/setup', entryIds: ['s4', 's5'], continued: true },
    ]);
    // Wi-Fi would fit after s5 only in part: it moves whole to the next page.
    expect(devices.pages[2]!.sections).toEqual([
      { path: 'devices', entryIds: [], continued: true },
      { path: 'devices/wifi', entryIds: ['w1', 'w2', 'w3'], continued: false },
    ]);
  });

  it('breaks a sub-topic rather than leave a page less than half full', () => {
    const first = many('f', 1, 500);
    const big = many('b', 3, 1000);
    const catalogue = catalogueOf([['devices', 'Devices', first], ['devices/big', 'Big', big]]);
    const [devices] = handbookParts(catalogue, [...first, ...big], urlOf, 4000);
    expect(devices!.pages[0]!.sections).toEqual([
      { path: 'devices', entryIds: ['f1'], continued: false },
      { path: 'devices/big', entryIds: ['b1', 'b2'], continued: false },
    ]);
    expect(devices!.pages[1]!.sections[1]).toEqual({ path: 'devices/big', entryIds: ['b3'], continued: true });
  });

  it('gives an answer larger than a page a page of its own rather than dropping it', () => {
    const answers = [entry('small', 100), entry('huge', 10_000), entry('after', 100)];
    const [orders] = handbookParts(catalogueOf([['orders', 'Orders', answers]]), answers, urlOf, 4000);
    expect(orders!.pages.map((page) => page.entryIds)).toEqual([['small'], ['huge'], ['after']]);
  });
});

/** The valid fixture with `count` more English questions (homes from `homeOf`), each with an answer of `answerBytes`. */
function withManyEntries(count: number, answerBytes: number, homeOf: (n: number) => string): Content {
  const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;
  const model = content.entries.find((item) => item.id === 'return-window' && item.lang === 'en')!;
  const copies = Array.from(
    { length: count },
    (_, index): Entry => ({ ...model, categories: [homeOf(index + 1)], id: `copy-${index + 1}`, question: `Copy question ${index + 1}?`, aliases: [], related: [], priority: 10, body: `Answer ${index + 1}. ${'x'.repeat(answerBytes)}` }),
  );
  return { ...content, entries: [...content.entries, ...copies] };
}

describe('the handbook in the site model', () => {
  it('keeps the handbook of a small site on one page', () => {
    const { model } = buildSite(loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!);
    for (const view of model.languages) expect(view.handbookParts).toEqual([]);
  });

  const { model } = buildSite(withManyEntries(120, 20_000, (n) => (n % 4 === 0 ? 'products' : 'orders/returns')));
  const en = model.languages.find((view) => view.lang === 'en')!;

  it('splits a large language by top topic, then into pages within its budget, each question once', () => {
    expect(en.handbookParts.map(({ path, title, url, count }) => ({ path, title, url, count }))).toEqual([
      { path: 'orders', title: 'Orders', url: '/handbook/orders/', count: 92 },
      { path: 'products', title: 'Products', url: '/handbook/products/', count: 30 },
    ]);
    const orders = en.handbookParts[0]!;
    expect(orders.pages.length).toBeGreaterThanOrEqual(8);
    expect(orders.pages[1]!.url).toBe('/handbook/orders/page/2/');
    const printed = en.handbookParts.flatMap(idsOf);
    expect(printed).toHaveLength(122);
    expect(new Set(printed).size).toBe(122);
    for (const part of en.handbookParts) for (const page of part.pages) expect(bytesOf(page.entryIds, Object.values(en.entries))).toBeLessThanOrEqual(HANDBOOK_PAGE_BYTES);
  });

  it('leaves a small language whole', () => {
    expect(model.languages.find((view) => view.lang === 'zh')!.handbookParts).toEqual([]);
  });
});
