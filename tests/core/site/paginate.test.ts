import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { ANSWER_LIST_LIMITS, LINK_LIST_LIMITS, createEntrySizes, entryListPages, pageNumbersAround, paginate, utf8Bytes } from '../../../src/core/site/paginate.ts';
import type { Content, Entry } from '../../../src/core/content/types.ts';
import type { EntryView } from '../../../src/core/site/model.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('fills pages up to the item limit, in order, each item once', () => {
    const pages = paginate(numbers(7), () => 1, { maxItems: 3, maxBytes: 1000 });
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('starts a new page before the bytes would pass the limit', () => {
    const sizes = [40, 40, 30, 90, 10];
    const pages = paginate(numbers(5), (item) => sizes[item - 1]!, { maxItems: 100, maxBytes: 100 });
    expect(pages).toEqual([[1, 2], [3], [4, 5]]);
  });

  it('gives an item larger than a page a page of its own rather than dropping it', () => {
    const pages = paginate(['small', 'huge', 'small again'], (item) => (item === 'huge' ? 500 : 10), { maxItems: 10, maxBytes: 100 });
    expect(pages).toEqual([['small'], ['huge'], ['small again']]);
  });

  it('keeps a short list on one page, and an empty list as one empty page', () => {
    expect(paginate(numbers(3), () => 1, ANSWER_LIST_LIMITS)).toEqual([[1, 2, 3]]);
    expect(paginate([], () => 1, ANSWER_LIST_LIMITS)).toEqual([[]]);
  });
});

describe('the pages of a list of entries', () => {
  const entries = numbers(5).map((n) => ({ id: `q${n}` }) as EntryView);

  it('puts page 1 at the list’s own URL and the next ones under page/<n>/', () => {
    const pages = entryListPages('/help/c/orders/', entries, () => 1, { maxItems: 2, maxBytes: 100 });
    expect(pages).toEqual([
      { number: 1, url: '/help/c/orders/', entryIds: ['q1', 'q2'] },
      { number: 2, url: '/help/c/orders/page/2/', entryIds: ['q3', 'q4'] },
      { number: 3, url: '/help/c/orders/page/3/', entryIds: ['q5'] },
    ]);
  });
});

describe('the size of an entry on a page', () => {
  const entry = (question: string, html: string) => ({ id: 'x', url: '/q/x/', question, html, text: html, pictures: [] }) as unknown as EntryView;

  it('counts text as UTF-8 bytes, three for a Chinese character', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('退货')).toBe(6);
    const sizes = createEntrySizes();
    expect(sizes.answer(entry('退货', '<p>退货</p>'))).toBeGreaterThan(sizes.answer(entry('ab', '<p>ab</p>')) + 2 * 4);
  });

  it('counts exactly the bytes a UTF-8 file holds, whatever the characters, broken surrogates included', () => {
    const bytes: [string, number][] = [['', 0], ['é', 2], ['ß and ü', 9], ['€100', 6], ['退货 returns', 14], ['👍🏽', 8], ['a\u{1F600}b', 6], ['\uD83D', 3], ['\uDE00x', 4], ['x\uD83D\uD83D\uDE00', 8], ['\u07FF\u0800\uFFFF', 8]];
    for (const [text, count] of bytes) {
      expect(utf8Bytes(text), JSON.stringify(text)).toBe(count);
      expect(new TextEncoder().encode(text).length, JSON.stringify(text)).toBe(count);
    }
  });

  it('counts an answer shown in place, not only its question, and a link as far less', () => {
    const sizes = createEntrySizes();
    const long = entry('How long?', `<p>${'Thirty days from delivery. '.repeat(100)}</p>`);
    expect(sizes.answer(long)).toBeGreaterThan(2700);
    expect(sizes.link(long)).toBeLessThan(100);
  });
});

describe('the page numbers a pagination nav shows', () => {
  it('shows every page of a short list', () => {
    expect(pageNumbersAround(1, 1)).toEqual([1]);
    expect(pageNumbersAround(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageNumbersAround(1, 40)).toEqual([1, 2, 3, 'gap', 40]);
    expect(pageNumbersAround(20, 40)).toEqual([1, 'gap', 18, 19, 20, 21, 22, 'gap', 40]);
    expect(pageNumbersAround(40, 40)).toEqual([1, 'gap', 38, 39, 40]);
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(pageNumbersAround(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbersAround(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

/** The valid fixture with `count` more English questions (in orders/returns unless `homeOf` says otherwise), each with an answer of `answerBytes`. */
function withManyEntries(count: number, answerBytes: number, homeOf: (n: number) => string = () => 'orders/returns'): Content {
  const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;
  const model = content.entries.find((entry) => entry.id === 'return-window' && entry.lang === 'en')!;
  const copies = numbers(count).map(
    (n): Entry => ({ ...model, categories: [homeOf(n)], id: `copy-${n}`, question: `Copy question ${n}?`, aliases: [], related: [], priority: 10, body: `Answer ${n}. ${'x'.repeat(answerBytes)}` }),
  );
  return { ...content, entries: [...content.entries, ...copies] };
}

describe('pagination in the site model', () => {
  const { model } = buildSite(withManyEntries(450, 100));
  const en = model.languages.find((view) => view.lang === 'en')!;

  it('splits a long category into pages that hold each of its entries exactly once, in order', () => {
    const returns = en.categories['orders/returns']!;
    expect(returns.pages.length).toBeGreaterThan(1);
    expect(returns.pages.flatMap((page) => page.entryIds)).toEqual(returns.entryIds);
    expect(returns.pages.map((page) => page.url)).toEqual(returns.pages.map((page) => (page.number === 1 ? '/c/orders/returns/' : `/c/orders/returns/page/${page.number}/`)));
    expect(Math.max(...returns.pages.map((page) => page.entryIds.length))).toBeLessThanOrEqual(ANSWER_LIST_LIMITS.maxItems);
  });

  it('keeps a short category on one page at its own URL', () => {
    const shipping = en.categories['orders/shipping']!;
    expect(shipping.pages).toEqual([{ number: 1, url: '/c/orders/shipping/', entryIds: shipping.entryIds }]);
  });

  it('splits a product’s long list the same way', () => {
    const product = en.products.find((item) => item.id === 'widget-pro')!;
    expect(product.pages.length).toBeGreaterThan(1);
    expect(product.pages.flatMap((page) => page.entryIds)).toEqual(product.entryIds);
    expect(product.pages[1]!.url).toBe(`${product.url}page/2/`);
  });

  it('lists a large audience as links, on pages that keep its groups’ order', () => {
    const audience = en.audiences.find((item) => item.audience === 'new')!;
    expect(audience.expandable).toBe(false);
    expect(audience.pages.flatMap((page) => page.entryIds)).toEqual(audience.groups.flatMap((group) => group.entryIds));
    expect(Math.max(...audience.pages.map((page) => page.entryIds.length))).toBeLessThanOrEqual(LINK_LIST_LIMITS.maxItems);
  });
});

describe('pages of long answers', () => {
  it('hold fewer answers, so that no page passes its bytes', () => {
    const { model } = buildSite(withManyEntries(60, 20_000));
    const returns = model.languages[0]!.categories['orders/returns']!;
    const sizes = createEntrySizes();
    const entries = model.languages[0]!.entries;
    for (const page of returns.pages) {
      const bytes = page.entryIds.reduce((sum, id) => sum + sizes.answer(entries[id]!), 0);
      expect(page.entryIds.length === 1 || bytes <= ANSWER_LIST_LIMITS.maxBytes).toBe(true);
    }
    expect(returns.pages.length).toBeGreaterThanOrEqual(6);
  });
});
