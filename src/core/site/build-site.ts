import { buildCatalogue, groupByTopCategory } from '../catalogue/build-catalogue.ts';
import { compareEntries } from '../catalogue/order.ts';
import { localize } from '../i18n/localize.ts';
import { textDirection } from '../i18n/strings.ts';
import { createSiteUrls } from '../urls.ts';
import { renderEntries } from './render-entries.ts';
import { handbookParts } from './handbook-parts.ts';
import { interfaceOf } from '../content/interface-text.ts';
import { appIcons, shortNameOf, webAppManifest } from './web-app.ts';
import { LINK_LIST_LIMITS, createEntrySizes, entryListPages } from './paginate.ts';
import type { Content, Entry } from '../content/types.ts';
import type { AnswerDrafts } from '../content/cross-check.ts';
import type { EntryView, LanguageView, MembersView, Redirect, SiteModel } from './model.ts';
import type { SiteUrls } from '../urls.ts';

/** How many entries "What's new" and the feeds show. */
const RECENT_ENTRIES = 30;

export interface BuildSiteOptions {
  /** The sub-path the site is served under; overrides site.yaml's `base`. */
  base?: string;
  /**
   * The anchor of a members-only entry inside the encrypted section: an
   * opaque id, so a link never names the entry. Without one, links to it lead
   * to the section's page.
   */
  membersAnchor?: (entry: Entry) => string | undefined;
  /** The answers as `loadContent` rendered them for its checks (`renderAnswers`), so none is parsed again. */
  answers?: AnswerDrafts;
}

export interface BuiltSite {
  /** What public pages show: members-only entries are not in it. */
  model: SiteModel;
  /** Members-only entries of every language of the site, for the members-only section only. */
  membersOnly: MembersView[];
}

/**
 * From checked content to the one model every output reads, computed once
 * per build. The content must have passed `loadContent` without errors.
 */
export function buildSite(content: Content, options: BuildSiteOptions = {}): BuiltSite {
  const { site } = content;
  const urls = createSiteUrls({ base: options.base ?? site.base, defaultLang: site.defaultLang });
  const hosted = site.gate.mode === 'host';
  const hasMembersOnly = content.entries.some((entry) => entry.membersOnly);
  const membersEntryUrl = (entry: Entry) => {
    if (hosted) return urls.hostedMembersEntry(entry.lang, entry.id);
    const anchor = options.membersAnchor?.(entry);
    return anchor ? urls.membersEntry(entry.lang, anchor) : urls.members(entry.lang);
  };
  const views = renderEntries({ content, urls, membersEntryUrl, answers: options.answers });
  const inLanguage = (lang: string, membersOnly: boolean) =>
    content.entries
      .filter((entry) => entry.lang === lang && entry.membersOnly === membersOnly)
      .map((entry) => views.get(entry)!)
      .sort(compareEntries(lang));

  const icons = appIcons({ base: urls.base, title: localize(site.title, site.defaultLang, site.defaultLang), themeColor: site.app.themeColor, backgroundColor: site.app.backgroundColor, picture: content.appIcon });
  const languages = site.languages.map((lang): LanguageView => {
    const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, site.defaultLang);
    const title = text(site.title);
    const entries = inLanguage(lang, false);
    const catalogue = buildCatalogue({ lang, entries, categories: content.categories, products: content.products, urls, text });
    const strings = interfaceOf(content, lang);
    const dir = textDirection(lang);
    return {
      lang,
      isDefault: lang === site.defaultLang,
      strings,
      dir,
      title,
      description: text(site.description) || undefined,
      homeUrl: urls.home(lang),
      searchUrl: urls.search(lang),
      askUrl: urls.ask(lang),
      savedUrl: urls.saved(lang),
      offlineUrl: urls.offline(lang),
      whatsNewUrl: urls.whatsNew(lang),
      // A members-only section exists when an audience is gated, or when `access:` makes an entry members-only.
      membersUrl: !site.gate.audiences.length && !hasMembersOnly ? undefined : hosted ? urls.hostedMembers(lang) : urls.members(lang),
      feedUrl: urls.feed(lang),
      handbookUrl: urls.handbook(lang),
      handbookParts: handbookParts(catalogue, entries, (topPath) => urls.handbookTopic(lang, topPath)),
      contact: site.contact.map((channel) => ({ kind: channel.kind, href: channel.href, label: text(channel.label), note: text(channel.note) || undefined })),
      howToGetAccess: text(site.gate.howToGetAccess) || undefined,
      entries: Object.fromEntries(entries.map((entry) => [entry.id, entry])),
      entryOrder: entries.map((entry) => entry.id),
      recentlyUpdated: mostRecent(entries),
      ...catalogue,
      redirects: redirectsOf(content.entries, lang, urls),
      app: {
        manifestUrl: urls.webAppManifest(lang),
        themeColor: site.app.themeColor,
        manifest: webAppManifest({
          lang,
          dir,
          strings,
          name: text(site.app.name) || title,
          shortName: text(site.app.shortName) || shortNameOf(title),
          description: text(site.description) || undefined,
          startUrl: urls.home(lang),
          scope: urls.base,
          searchUrl: urls.search(lang),
          askUrl: urls.ask(lang),
          themeColor: site.app.themeColor,
          backgroundColor: site.app.backgroundColor,
          icons,
        }),
      },
    };
  });

  const sizes = createEntrySizes();
  const membersOnly = site.languages.map((lang): MembersView => {
    const entries = inLanguage(lang, true);
    const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, site.defaultLang);
    const url = hosted ? urls.hostedMembers(lang) : urls.members(lang);
    const groups = groupByTopCategory(entries, content.categories, text);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const listed = groups.flatMap((group) => group.entryIds.map((id) => byId.get(id)!));
    return { lang, url, entries, groups, pages: hosted ? entryListPages(url, listed, sizes.link, LINK_LIST_LIMITS) : [] };
  });
  const pictures = [...new Set(languages.flatMap((view) => Object.values(view.entries).flatMap((entry) => entry.pictures)))];
  return { model: { settings: site, base: urls.base, languages, ...(hosted ? { hostedMembers: membersOnly } : {}), pictures, appIcons: icons }, membersOnly };
}

/** Members-only entries are left out: the checks refuse their aliases, and a public redirect would name them. */
function redirectsOf(entries: readonly Entry[], lang: string, urls: SiteUrls): Redirect[] {
  return entries
    .filter((entry) => entry.lang === lang && !entry.membersOnly)
    .flatMap((entry) => entry.aliases.map((alias) => ({ from: urls.entry(lang, alias), to: urls.entry(lang, entry.id), title: entry.question })))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function mostRecent(entries: readonly EntryView[]): string[] {
  return entries
    .filter((entry) => entry.updated)
    // ISO dates sort as plain strings; a locale-aware comparison costs far more and says nothing more.
    .sort((a, b) => (a.updated! < b.updated! ? 1 : a.updated! > b.updated! ? -1 : 0) || b.priority - a.priority)
    .slice(0, RECENT_ENTRIES)
    .map((entry) => entry.id);
}
