import { buildCatalogue } from '../catalogue/build-catalogue.ts';
import { compareEntries } from '../catalogue/order.ts';
import { localize } from '../i18n/localize.ts';
import { createSiteUrls } from '../urls.ts';
import { renderEntries } from './render-entries.ts';
import type { Content, Entry, Problem } from '../content/types.ts';
import type { EntryView, LanguageView, SiteModel } from './model.ts';

/** How many entries "What's new" and the feeds show. */
const RECENT_ENTRIES = 30;

export interface BuildSiteOptions {
  /** The sub-path the site is served under; overrides site.yaml's `base`. */
  base?: string;
  membersEntryUrl?: (entry: Entry) => string;
}

export interface BuiltSite {
  /** What public pages show: members-only entries are not in it. */
  model: SiteModel;
  /** Members-only entries, rendered, for the encrypted section only. */
  membersOnly: EntryView[];
  problems: Problem[];
}

/** From validated content to the one model every page reads, computed once per build. */
export function buildSite(content: Content, options: BuildSiteOptions = {}): BuiltSite {
  const { site } = content;
  const urls = createSiteUrls({ base: options.base ?? site.base, defaultLang: site.defaultLang });
  const hosted = site.gate.mode === 'host';
  const membersEntryUrl = hosted ? (entry: Entry) => urls.hostedMembersEntry(entry.lang, entry.id) : options.membersEntryUrl;
  const { views, problems } = renderEntries({ content, urls, membersEntryUrl });

  const languages = site.languages.map((lang): LanguageView => {
    const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, site.defaultLang);
    const entries = content.entries
      .filter((entry) => entry.lang === lang && !entry.membersOnly)
      .map((entry) => views.get(entry)!)
      .sort(compareEntries(lang));
    const catalogue = buildCatalogue({ lang, entries, categories: content.categories, products: content.products, urls, text });
    return {
      lang,
      isDefault: lang === site.defaultLang,
      title: text(site.title),
      description: text(site.description) || undefined,
      homeUrl: urls.home(lang),
      searchUrl: urls.search(lang),
      whatsNewUrl: urls.whatsNew(lang),
      membersUrl: !site.gate.audiences.length ? undefined : site.gate.mode === 'host' ? urls.hostedMembers(lang) : urls.members(lang),
      feedUrl: urls.feed(lang),
      handbookUrl: urls.handbook(lang),
      contact: site.contact.map((channel) => ({ kind: channel.kind, href: channel.href, label: text(channel.label), note: text(channel.note) || undefined })),
      howToGetAccess: text(site.gate.howToGetAccess) || undefined,
      entries: Object.fromEntries(entries.map((entry) => [entry.id, entry])),
      entryOrder: entries.map((entry) => entry.id),
      recentlyUpdated: entries
        .filter((entry) => entry.updated)
        .sort((a, b) => b.updated!.localeCompare(a.updated!) || b.priority - a.priority)
        .slice(0, RECENT_ENTRIES)
        .map((entry) => entry.id),
      ...catalogue,
    };
  });

  const membersOnly = content.entries.filter((entry) => entry.membersOnly).map((entry) => views.get(entry)!);
  const hostedMembers = hosted
    ? site.languages.map((lang) => ({ lang, url: urls.hostedMembers(lang), entries: membersOnly.filter((entry) => entry.lang === lang).sort(compareEntries(lang)) }))
    : undefined;
  return { model: { settings: site, base: urls.base, languages, ...(hostedMembers ? { hostedMembers } : {}) }, membersOnly, problems };
}
