import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content/load.ts';
import { buildSite } from '../../src/core/site/build-site.ts';
import { searchBoxMarkup, searchPanelMarkup } from '../../src/components/search-box-markup.ts';
import type { LanguageView } from '../../src/core/site/model.ts';

const { model } = buildSite(loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!);
const english = model.languages.find((view) => view.lang === 'en')!;

describe('the search box', () => {
  it('hides its label in the toolbar, where the placeholder and the button say what it is', () => {
    const toolbar = searchBoxMarkup(english, 'toolbar');
    expect(toolbar).toContain(`<label for="search-toolbar-input" class="visually-hidden">${english.strings.searchLabel}</label>`);
    expect(toolbar).not.toContain('search-hint');
  });

  it('is only a search form in the toolbar of every page, its results panel a file of its own, hidden until results come', () => {
    const toolbar = searchBoxMarkup(english, 'toolbar');
    expect(toolbar).toMatch(/^<faq-search data-lang="en" data-variant="toolbar" [^>]*><form class="search-box" role="search" action="\/search\/" method="get">.*<\/form><\/faq-search>$/);
    expect(toolbar).not.toContain('search-panel');
    expect(searchPanelMarkup(english, 'toolbar')).toMatch(/^<div class="search-panel" id="search-toolbar-panel" data-search-panel data-messages="[^"]+" data-audience-names="[^"]+" hidden>/);
  });

  it('carries its panel, with the texts the script shows, on the home page', () => {
    const hero = searchBoxMarkup(english, 'hero');
    expect(hero).toContain(searchPanelMarkup(english, 'hero'));
    const messages = JSON.parse(/data-messages="([^"]+)"/.exec(hero)![1]!.replaceAll('&quot;', '"'));
    expect(messages.failed).toBe(english.strings.searchFailed);
  });

  it('shows its label and hint on the home page, the hint tied to the input', () => {
    const hero = searchBoxMarkup(english, 'hero');
    expect(hero).toContain('<label for="search-hero-input">');
    expect(hero).toContain('aria-describedby="search-hero-hint"');
    expect(hero).toContain(`<p class="search-hint" id="search-hero-hint">${english.strings.searchHint}</p>`);
  });

  it('shows its results panel from the first paint on the search page', () => {
    expect(searchBoxMarkup(english, 'page')).toMatch(/<div class="search-panel" id="search-page-panel" data-search-panel data-messages="[^"]+" data-audience-names="[^"]+">/);
  });

  it('offers every audience and top topic as a filter, and every way to reach a person when nothing is found', () => {
    const markup = searchPanelMarkup(english, 'toolbar');
    for (const path of english.topCategories) expect(markup).toContain(`<option value="${path}">${english.categories[path]!.title}</option>`);
    expect(markup).toContain(`<a class="button" href="${english.askUrl}" data-search-ask>`);
    for (const channel of english.contact) expect(markup).toContain(`href="${channel.href}"`);
  });

  it('is made once per language and variant, however many pages show it', () => {
    expect(searchBoxMarkup(english, 'toolbar')).toBe(searchBoxMarkup(english, 'toolbar'));
    expect(searchBoxMarkup(english, 'hero')).not.toBe(searchBoxMarkup(english, 'toolbar'));
  });

  it('escapes what editors wrote, in text and in attributes alike', () => {
    const [top] = english.topCategories;
    const hostile: LanguageView = {
      ...english,
      categories: { ...english.categories, [top!]: { ...english.categories[top!]!, title: '<script>alert(1)</script> & "more"' } },
      contact: [{ ...english.contact[0]!, label: '"><img src=x onerror=alert(1)>', href: 'https://chat.example/?a=1&b="2"' }],
    };
    const markup = searchPanelMarkup(hostile, 'toolbar');
    expect(markup).not.toMatch(/<script|<img/);
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(markup).toContain('href="https://chat.example/?a=1&amp;b=&quot;2&quot;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
  });
});
