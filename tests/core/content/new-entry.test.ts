import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { createEntryFile } from '../../../src/core/content/new-entry.ts';
import { idFromQuestion } from '../../../src/core/content/id-from-text.ts';

const content = loadContent('tests/fixtures/valid/content', { includeDrafts: true }).content!;

describe('a new entry file', () => {
  it('is named from the question and filled in as a draft', () => {
    const result = createEntryFile(content, { question: 'How do I reset my password?', category: 'orders/returns', audience: ['new', 'loyal'], today: '2026-11-23' });
    expect(result).toEqual({
      ok: true,
      id: 'how-do-i-reset-my-password',
      relativePath: 'faq/orders/returns/how-do-i-reset-my-password.md',
      text: ['---', 'question: How do I reset my password?', 'also: []', 'audience: [new, loyal]', 'category: orders/returns', 'keywords: []', 'related: []', 'priority: 0', 'updated: 2026-11-23', 'draft: true', '---', ''].join('\n'),
      similar: [],
    });
  });

  it('goes into the language’s folder with an explicit id for a translation', () => {
    const result = createEntryFile(content, { question: '如何重置密码？', category: 'orders', audience: ['new'], lang: 'zh', id: 'reset-password', today: '2026-11-23' });
    expect(result.ok && result.relativePath).toBe('faq/zh/orders/reset-password.md');
    expect(result.ok && result.text).toContain('id: reset-password\nquestion: 如何重置密码？');
  });

  it('refuses unknown categories, audiences, products and taken ids, all at once', () => {
    expect(createEntryFile(content, { question: 'When do I get my money back?', category: 'nope', audience: ['customer'], products: ['gadget'], id: 'refund-timing', today: '2026-11-23' })).toEqual({
      ok: false,
      problems: [
        'unknown category "nope" — use one of orders, orders/returns, orders/shipping, products',
        'unknown audience "customer" — use one or more of prospect, new, loyal',
        'unknown product "gadget" — use an id from products.yaml',
        'an entry with id "refund-timing" already exists in en, tests/fixtures/valid/content/faq/orders/refund-timing.md — add this wording to its `also:` if it asks the same, or choose another --id',
      ],
    });
  });

  it('names the entries that already ask the same, in the same language, so the editor can add the wording to one instead', () => {
    const result = createEntryFile(content, { question: 'When do I get my money back, then?', category: 'orders', audience: ['new'], today: '2026-11-23' });
    expect(result.ok && result.similar.map((entry) => entry.file)).toEqual(['tests/fixtures/valid/content/faq/orders/refund-timing.md']);
    const chinese = createEntryFile(content, { question: 'When do I get my money back, then?', category: 'orders', audience: ['new'], lang: 'zh', id: 'money-back', today: '2026-11-23' });
    expect(chinese.ok && chinese.similar).toEqual([]);
  });

  it('asks for an audience when none is given', () => {
    const result = createEntryFile(content, { question: 'Can I pay later?', category: 'orders', audience: [], today: '2026-11-23' });
    expect(result).toEqual({ ok: false, problems: ['--audience is missing — give one or more of prospect, new, loyal, as --audience new'] });
  });

  it('refuses the id readme, whose file the site reads as notes, not as an entry', () => {
    const result = createEntryFile(content, { question: 'Readme?', category: 'orders', audience: ['new'], today: '2026-11-23' });
    expect(result).toEqual({ ok: false, problems: ['"readme" cannot be an id: a folder\'s README.md is notes for editors, not an entry — choose another --id'] });
  });

  it('names a Chinese question in pinyin, which its editors read, and not by the few Latin letters it holds', () => {
    const ids = ['如何退货？', '如何设置 Wi-Fi？', '绿色的滤网多久换一次？'].map((question) => {
      const result = createEntryFile(content, { question, category: 'orders', audience: ['new'], lang: 'zh', today: '2026-11-23' });
      return result.ok ? result.relativePath : result.problems;
    });
    expect(ids).toEqual(['faq/zh/orders/ru-he-tui-huo.md', 'faq/zh/orders/ru-he-she-zhi-wi-fi.md', 'faq/zh/orders/lv-se-de-lv-wang-duo-jiu-huan-yi-ci.md']);
  });

  it('makes readable ids', () => {
    expect(idFromQuestion("Can I use Café Wi-Fi? It's slow")).toBe('can-i-use-cafe-wi-fi-its-slow');
  });
});
