import { describe, expect, it } from 'vitest';
import { buildCatalogue, groupByTopCategory } from '../../../src/core/catalogue/build-catalogue.ts';
import { createSiteUrls } from '../../../src/core/urls.ts';
import type { Category, Localized, Product } from '../../../src/core/content/types.ts';
import type { EntryView } from '../../../src/core/site/model.ts';

const text = (value: Localized | undefined) => value?.en ?? value?.['*'] ?? '';
const category = (path: string, children: Category[] = []): Category => {
  const parts = path.split('/');
  return { id: parts.at(-1)!, path, title: { en: parts.at(-1)! }, depth: parts.length - 1, parentPath: parts.slice(0, -1).join('/') || undefined, children };
};
const categories = [category('orders', [category('orders/returns')]), category('devices')];
const products = ['hub', 'plug', 'bulb'].map((id): Product => ({ id, name: { en: id.toUpperCase() }, url: `https://example.com/${id}` }) as Product);
const entry = (id: string, home: string, productIds: string[] = [], audience: EntryView['audience'] = ['new']) => ({ id, lang: 'en', question: `Question ${id}?`, html: `<p>Answer ${id}.</p>`, text: `Answer ${id}.`, url: `/q/${id}/`, pictures: [], categories: [home], productIds, audience }) as unknown as EntryView;

describe('the catalogue of one language', () => {
  const entries = [entry('a', 'orders/returns', ['hub', 'plug']), entry('b', 'devices', ['plug']), entry('c', 'orders', [], ['loyal']), entry('d', 'devices', ['hub'])];
  const catalogue = buildCatalogue({ lang: 'en', entries, categories, products, urls: createSiteUrls({ base: '/', defaultLang: 'en' }), text });

  it('lists under each product its entries, in catalogue order, and leaves out products no entry names', () => {
    expect(catalogue.products.map((product) => [product.id, product.entryIds])).toEqual([
      ['hub', ['a', 'd']],
      ['plug', ['a', 'b']],
    ]);
  });

  it('groups each audience’s entries under their top category, keeping their order', () => {
    expect(catalogue.audiences.find((view) => view.audience === 'new')!.groups.map((group) => [group.path, group.entryIds])).toEqual([
      ['orders', ['a']],
      ['devices', ['b', 'd']],
    ]);
  });

  it('groups a topic of 100,000 entries in one pass, not by copying the group for every entry', () => {
    const many = Array.from({ length: 100_000 }, (_, index) => entry(`e${index}`, index % 2 ? 'orders/returns' : 'orders'));
    const started = performance.now();
    const groups = groupByTopCategory(many, categories, text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entryIds).toHaveLength(100_000);
    expect(groups[0]!.entryIds.slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
  }, 60_000);
});
