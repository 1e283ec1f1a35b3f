import { AUDIENCES } from '../core/audiences.ts';
import { escapeHtml } from '../core/html-escape.ts';
import { INDEX_PATH } from '../core/search/index-format.ts';
import type { LanguageView } from '../core/site/model.ts';
import { OncePer } from '../core/once-per.ts';

/** `toolbar` on every page; `hero` on the home page; `page` on the search page, where results stay in the page. */
export type SearchBoxVariant = 'toolbar' | 'hero' | 'page';

const made = new OncePer<LanguageView, SearchBoxVariant, string>();
const panels = new OncePer<LanguageView, SearchBoxVariant, string>();

/**
 * The search box. Each variant is the same on every page of a language, and
 * the toolbar's is on every page of the site, so each is made once per
 * language rather than rendered by each of thousands of pages (at 10,000
 * entries, 0.4 s of a build's CPU time). The home page's and the search
 * page's carry their results panel; the toolbar's is only the form, and
 * fetches its panel (`searchPanelMarkup`, written to `SEARCH_PANEL_FILE`) on
 * focus, with the index: a fifth of every page's bytes otherwise.
 */
export function searchBoxMarkup(view: LanguageView, variant: SearchBoxVariant): string {
  return made.get(view, variant, () => makeSearchBox(view, variant));
}

/** The results panel of a variant's search box; the toolbar's is the file `SEARCH_PANEL_FILE` of the language's search folder. */
export function searchPanelMarkup(view: LanguageView, variant: SearchBoxVariant): string {
  return panels.get(view, variant, () => makeSearchPanel(view, variant));
}

/** The file of the toolbar's panel (`SEARCH_PANEL_FILE`), as the build writes it and the dev server serves it. */
export function searchPanelFile(view: LanguageView): string {
  return JSON.stringify({ html: searchPanelMarkup(view, 'toolbar') });
}

function makeSearchBox(view: LanguageView, variant: SearchBoxVariant): string {
  const strings = view.strings;
  const text = escapeHtml;
  const id = (name: string) => `search-${variant}-${name}`;
  // The index files every query reads, in the language's index folder: the script fetches them on focus, with the search code.
  const indexFiles = [INDEX_PATH];
  return [
    `<faq-search data-lang="${text(view.lang)}" data-variant="${variant}" data-index-files="${text(JSON.stringify(indexFiles))}" class="search search-${variant}">`,
    `<form class="search-box" role="search" action="${text(view.searchUrl)}" method="get">`,
    `<label for="${id('input')}"${variant === 'toolbar' ? ' class="visually-hidden"' : ''}>${text(strings.searchLabel)}</label>`,
    `<div class="search-row"><input id="${id('input')}" name="q" type="search" placeholder="${text(strings.searchPlaceholder)}" autocomplete="off" autocapitalize="off" spellcheck="false" enterkeyhint="search"${variant === 'toolbar' ? '' : ` aria-describedby="${id('hint')}"`}><button type="submit" class="button">${text(strings.searchButton)}</button></div>`,
    variant === 'toolbar' ? '' : `<p class="search-hint" id="${id('hint')}">${text(strings.searchHint)}</p>`,
    '</form>',
    variant === 'toolbar' ? '' : searchPanelMarkup(view, variant),
    '</faq-search>',
  ].join('');
}

function makeSearchPanel(view: LanguageView, variant: SearchBoxVariant): string {
  const strings = view.strings;
  const text = escapeHtml;
  const id = (name: string) => `search-${variant}-${name}`;
  // Texts the script needs, with the panel, so that every language is served in its own words.
  const messages = {
    count: strings.searchResultsCount,
    one: strings.searchOneResult,
    none: strings.searchNoResults,
    didYouMean: strings.searchDidYouMean,
    closest: strings.searchClosest,
    askUs: strings.searchAskUs,
    loading: strings.searchLoading,
    failed: strings.searchFailed,
    typeToStart: strings.searchTypeToStart,
    members: strings.membersMark,
  };
  const option = (value: string, label: string) => `<option value="${text(value)}">${text(label)}</option>`;
  return [
    // The search page shows its panel from the first paint, so results fill it without moving the page.
    `<div class="search-panel" id="${id('panel')}" data-search-panel data-messages="${text(JSON.stringify(messages))}" data-audience-names="${text(JSON.stringify(strings.audienceName))}"${variant === 'page' ? '' : ' hidden'}>`,
    '<div class="search-filters">',
    `<label><span>${text(strings.searchFilterAudience)}</span><select name="audience" data-search-filter>${option('', strings.searchEveryone)}${AUDIENCES.map((audience) => option(audience, strings.audienceName[audience])).join('')}</select></label>`,
    `<label><span>${text(strings.searchFilterCategory)}</span><select name="category" data-search-filter>${option('', strings.searchAllTopics)}${view.topCategories.map((path) => option(path, view.categories[path]!.title)).join('')}</select></label>`,
    '</div>',
    '<p class="search-status" role="status" aria-live="polite" data-search-status></p>',
    `<ul class="search-results" id="${id('results')}" role="listbox" aria-label="${text(strings.searchResults)}" data-search-results></ul>`,
    '<div class="search-empty" data-search-empty hidden><div data-search-suggestions></div>',
    `<p>${text(strings.searchAskUs)}</p>`,
    // The script adds the query (?q=), so the ask page starts from the customer's own words.
    `<ul class="contact-list"><li><a class="button" href="${text(view.askUrl)}" data-search-ask>${text(strings.ask.link)}</a></li>`,
    ...view.contact.map((channel) => `<li><a class="button button-secondary" href="${text(channel.href)}">${text(channel.label)}</a></li>`),
    '</ul></div></div>',
  ].join('');
}
