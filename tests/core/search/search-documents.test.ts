import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { publicSearchDocuments } from '../../../src/core/search/search-documents.ts';
import { idsFor, openIndex } from './search-fixtures.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-search-documents-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/**
 * The valid fixture with a product whose name no question or answer says, an
 * entry about it, and a more-asked entry that shares the rest of the query.
 */
function siteAboutAProduct() {
  const dir = path.join(scratch, 'content');
  fs.cpSync('tests/fixtures/valid/content', dir, { recursive: true });
  fs.appendFileSync(
    path.join(dir, 'products.yaml'),
    ['- id: aura', '  name: { en: Aura Lamp, zh: Aura 智能台灯 }', '  url: https://acme.example/aura', ''].join('\n'),
  );
  const entry = (file: string, lines: string[]) => fs.writeFileSync(path.join(dir, 'faq', file), ['---', ...lines, ''].join('\n'));
  entry('products/charge-battery.md', ['question: How do I charge the battery?', 'audience: [new]', 'category: products', 'products: [aura]', '---', 'Plug the cable into the base; the ring glows while it charges.']);
  entry('products/spare-battery.md', ['question: Where do I buy a battery?', 'audience: [new]', 'category: products', 'priority: 10', '---', 'Yes, from the shop, for the Widget Pro.']);
  entry('zh/charge-battery.md', ['question: 电池怎么充电？', 'lang: zh', 'audience: [new]', 'category: products', 'products: [aura]', '---', '把线插进底座，充电时灯环会亮。']);
  entry('zh/spare-battery.md', ['question: 电池在哪买？', 'lang: zh', 'audience: [new]', 'category: products', 'priority: 10', '---', '可以，在商店购买。']);
  const { content, problems } = loadContent(dir, { includeDrafts: false });
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return buildSite(content!).model;
}

describe('the search documents of a site', () => {
  const model = siteAboutAProduct();

  it('let a customer name the product an entry is about, in the reader’s language, though neither question nor answer says it', async () => {
    expect((await idsFor(await openIndex(publicSearchDocuments(model, 'en')), 'aura lamp battery'))[0]).toBe('charge-battery');
    expect((await idsFor(await openIndex(publicSearchDocuments(model, 'zh')), '台灯电池'))[0]).toBe('charge-battery');
  });

  it('keep the entry’s own keywords beside its products’ names', () => {
    const returns = publicSearchDocuments(model, 'en').find((document) => document.id === 'return-window');
    expect(returns?.keywords).toEqual(['send back', '退货', 'Widget Pro']);
  });
});
