import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';

const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;

describe('the site model', () => {
  const { model, membersOnly } = buildSite(content);
  const en = model.languages.find((view) => view.lang === 'en')!;
  const zh = model.languages.find((view) => view.lang === 'zh')!;

  it('has one view per language, the default first and at the root', () => {
    expect(model.languages.map((view) => [view.lang, view.homeUrl, view.title])).toEqual([
      ['en', '/', 'Acme Help'],
      ['zh', '/zh/', 'Acme 帮助中心'],
    ]);
  });

  it('never puts a members-only entry in a public view', () => {
    const serialized = JSON.stringify(model);
    expect(serialized).not.toContain('widget-tuning');
    expect(serialized).not.toContain('secret calibration');
    expect(serialized).not.toContain('violet');
    expect(membersOnly.map((members) => [members.lang, members.entries.map((entry) => entry.id)])).toEqual([
      ['en', ['widget-tuning']],
      ['zh', []],
    ]);
  });

  it('gives members-only entries their own view, linked only by an opaque anchor inside the section', () => {
    const anchored = buildSite(content, { membersAnchor: (entry) => `opaque-${entry.priority}` }).membersOnly[0]!;
    const entry = anchored.entries[0]!;
    expect(anchored.url).toBe('/members/');
    expect(entry.url).toMatch(/^\/members\/#opaque-/);
    expect(entry.url).not.toContain('widget-tuning');
    expect(entry.membersOnly).toBe(true);
    expect(anchored.groups).toEqual([{ path: entry.categories[0]!.split('/')[0], title: expect.any(String), entryIds: ['widget-tuning'] }]);
    expect(membersOnly[0]!.entries[0]!.url).toBe('/members/');
  });

  it('names every category of an entry in the entry’s language, for listings and search', () => {
    expect(en.entries['refund-timing']!.categoryTitles).toEqual(['Returns', en.categories['orders/shipping']!.title]);
    expect(zh.entries['return-window']!.categoryTitles[0]).toBe('退货');
  });

  it('sorts questions most-asked first', () => {
    expect(en.entryOrder).toEqual(['return-window', 'refund-timing']);
    expect(en.categories['orders/returns']!.entryIds).toEqual(['return-window', 'refund-timing']);
  });

  it('lists an entry in every category it names, with one page under its first', () => {
    expect(en.categories['orders/shipping']!.entryIds).toEqual(['refund-timing']);
    expect(en.categories['orders/shipping']!.homeEntryIds).toEqual([]);
    expect(en.categories['orders/returns']!.homeEntryIds).toEqual(['return-window', 'refund-timing']);
    expect(en.entries['refund-timing']!.url).toBe('/q/refund-timing/');
  });

  it('counts questions of sub-categories in their parents and gives breadcrumbs', () => {
    const orders = en.categories.orders!;
    expect(orders.totalCount).toBe(2);
    expect(orders.allEntryIds).toEqual(['return-window', 'refund-timing']);
    expect(en.categories['orders/shipping']!.allEntryIds).toEqual(['refund-timing']);
    expect(orders.children.map((child) => [child.path, child.count])).toEqual([
      ['orders/returns', 2],
      ['orders/shipping', 1],
    ]);
    expect(en.categories['orders/returns']!.breadcrumb).toEqual([
      { href: '/c/orders/', title: 'Orders' },
      { href: '/c/orders/returns/', title: 'Returns' },
    ]);
  });

  it('leaves out categories with no public question in a language, so no link leads to an empty page', () => {
    expect(Object.keys(en.categories)).toEqual(['orders', 'orders/returns', 'orders/shipping']);
    expect(Object.keys(zh.categories)).toEqual(['orders', 'orders/returns']);
    expect(zh.categories['orders/returns']!.title).toBe('退货');
  });

  it('groups each audience’s questions by top-level category', () => {
    expect(en.audiences.map((audience) => [audience.audience, audience.count, audience.groups.map((group) => group.entryIds)])).toEqual([
      ['prospect', 0, []],
      ['new', 2, [['return-window', 'refund-timing']]],
      ['loyal', 1, [['return-window']]],
    ]);
  });

  it('lists each product’s questions and links to its own page', () => {
    expect(en.products).toEqual([
      { id: 'widget-pro', name: 'Widget Pro', description: undefined, url: '/p/widget-pro/', externalUrl: 'https://acme.example/widget-pro', embedUrl: '/embed/p/widget-pro.json', entryIds: ['return-window'], pages: [{ number: 1, url: '/p/widget-pro/', entryIds: ['return-window'] }] },
    ]);
  });

  it('renders answers with product, related and translation links', () => {
    const entry = en.entries['return-window']!;
    expect(entry.html).toBe(
      '<p>Thirty days from delivery. See <a href="/q/refund-timing/" title="When do I get my money back?">refund timing</a> and the <a href="/p/widget-pro/" title="Widget Pro">Widget Pro</a>.</p>\n',
    );
    expect(entry.related).toEqual([{ href: '/q/refund-timing/', title: 'When do I get my money back?' }]);
    expect(entry.products).toEqual([{ href: '/p/widget-pro/', title: 'Widget Pro' }]);
    expect(entry.translations).toEqual([{ lang: 'zh', href: '/zh/q/return-window/', languageName: '中文' }]);
    expect(zh.entries['return-window']!.translations).toEqual([{ lang: 'en', href: '/q/return-window/', languageName: 'English' }]);
  });

  it('links a product the language has no page for to the product\'s own address, marked as leaving the site: no public entry of that language names it', () => {
    const linking = { ...content, entries: content.entries.map((entry) => (entry.lang === 'zh' ? { ...entry, body: `${entry.body}见 [Widget Pro](product:widget-pro)。\n` } : entry)) };
    const chinese = buildSite(linking).model.languages[1]!;
    expect(chinese.products).toEqual([]);
    expect(chinese.entries['return-window']!.html).toContain(
      '<a href="https://acme.example/widget-pro" title="Widget Pro" rel="noopener noreferrer" class="external">Widget Pro<span class="visually-hidden"> （打开其他网站）</span></a>',
    );
  });

  it('lists a members-only entry\'s product that has no public page as a link to its own address, marked as leaving the site', () => {
    const gizmo = { id: 'gizmo', name: { '*': 'Gizmo' }, url: 'https://acme.example/gizmo' };
    const naming = { ...content, products: [...content.products, gizmo], entries: content.entries.map((entry) => (entry.membersOnly ? { ...entry, products: ['gizmo'] } : entry)) };
    const members = buildSite(naming).membersOnly[0]!;
    expect(members.entries[0]!.products).toEqual([{ href: 'https://acme.example/gizmo', title: 'Gizmo', leaves: '(opens another site)' }]);
  });

  it('puts every link under the sub-path the site is served from', () => {
    const underPath = buildSite(content, { base: '/help' }).model;
    const view = underPath.languages[1]!;
    expect(underPath.base).toBe('/help/');
    expect(view.homeUrl).toBe('/help/zh/');
    expect(view.entries['return-window']!.url).toBe('/help/zh/q/return-window/');
    expect(underPath.languages[0]!.entries['return-window']!.html).toContain('href="/help/p/widget-pro/"');
  });
});

describe('the members-only section of a site whose gate names no audience', () => {
  const ungated = { ...content, site: { ...content.site, gate: { ...content.site.gate, audiences: [] } } };

  it('is linked when access: makes an entry members-only, and not otherwise', () => {
    const withAccess = { ...ungated, entries: ungated.entries.map((entry) => (entry.membersOnly ? { ...entry, tiers: ['members'] } : entry)) };
    expect(buildSite(withAccess).model.languages[0]!.membersUrl).toBe('/members/');
    const nothingGated = { ...ungated, entries: ungated.entries.filter((entry) => !entry.membersOnly) };
    expect(buildSite(nothingGated).model.languages[0]!.membersUrl).toBeUndefined();
  });
});
