import model from 'virtual:faq/model';
import { fill } from './core/i18n/strings.ts';
import { metaContentSecurityPolicy } from './core/security-policy.ts';
import type { EntryView, LanguageView, ListPage, SiteModel } from './core/site/model.ts';

/** The site model, computed once by the integration, its pictures in place; pages only read it. */
export const site: SiteModel = model;

/**
 * The security policy every page carries in a meta element, for hosts that send no headers (GitHub Pages): from the
 * same function as the header, made once for all pages. None while editing: the dev server injects inline styles and
 * scripts of its own.
 */
export const pagePolicy: string | undefined = import.meta.env.FAQ_BUILD ? metaContentSecurityPolicy(site.settings) : undefined;

/** A language's view of the site, for a component given only the language (its `strings`, its `dir`). */
export function languageView(lang: string): LanguageView {
  const view = site.languages.find((candidate) => candidate.lang === lang);
  if (!view) throw new Error(`no language view for "${lang}"`);
  return view;
}

/** The `[...lang]` route parameter: nothing for the default language, `zh` for the others. */
export function langParam(view: LanguageView): string | undefined {
  return view.isDefault ? undefined : view.lang;
}

export function entriesOf(view: LanguageView, ids: readonly string[]): EntryView[] {
  return ids.map((id) => view.entries[id]!).filter(Boolean);
}

export interface Alternate {
  lang: string;
  href: string;
  languageName: string;
}

/** The same page in every language that has it, else that language's home. */
export function alternatesFor(find: (view: LanguageView) => string | undefined): Alternate[] {
  return site.languages.map((view) => ({ lang: view.lang, href: find(view) ?? view.homeUrl, languageName: view.strings.languageName }));
}

/** Whether the page exists in that language (for hreflang, which must not point at a fallback). */
export function exactAlternates(find: (view: LanguageView) => string | undefined): Alternate[] {
  return site.languages.flatMap((view) => {
    const href = find(view);
    return href ? [{ lang: view.lang, href, languageName: view.strings.languageName }] : [];
  });
}

/** The route parameter of a page of a long list: the list's own for page 1, then `<own>/page/<n>`, as `pageUrl` makes its URL. */
export function pageParam(own: string, page: ListPage): string {
  return page.number === 1 ? own : `${own}/page/${page.number}`;
}

/** The title of a page of a long list: the list's own on page 1, then with the page's place, so that no two pages share a title. */
export function pageTitle(title: string, pages: readonly ListPage[], page: ListPage, lang: string): string {
  return page.number === 1 ? title : `${title} · ${fill(languageView(lang).strings.pageOf, { page: page.number, count: pages.length })}`;
}
