import type { Audience } from './content/types.ts';

/**
 * Every URL of the site in one place. Paths are built under `base` (`/` or
 * `/help/`) so the site works at a domain's root or under a sub-path alike.
 */
export interface SiteUrls {
  base: string;
  home(lang: string): string;
  entry(lang: string, id: string): string;
  category(lang: string, path: string): string;
  product(lang: string, id: string): string;
  audience(lang: string, audience: Audience): string;
  search(lang: string): string;
  /** The ask page: suggestions while a customer types a question, then the hand-off to a person. */
  ask(lang: string): string;
  members(lang: string): string;
  /** A members-only entry inside the encrypted section: the anchor is its opaque id, never its own. */
  membersEntry(lang: string, anchor: string): string;
  /** Members-only pages served in plain under one folder, for hosts with their own login. */
  hostedMembers(lang: string): string;
  hostedMembersEntry(lang: string, id: string): string;
  whatsNew(lang: string): string;
  /** The answers this device saved for offline reading. */
  saved(lang: string): string;
  /** What the service worker shows for a page it has not saved while the network is gone. */
  offline(lang: string): string;
  feed(lang: string): string;
  handbook(lang: string): string;
  /** One top topic's part of the handbook, when the handbook is too large for one page. */
  handbookTopic(lang: string, topPath: string): string;
  embed(lang: string, productId: string): string;
  /** The language's web app manifest: each language installs with its own name and start page. */
  webAppManifest(lang: string): string;
  asset(path: string): string;
}

function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export function createSiteUrls(options: { base?: string; defaultLang: string }): SiteUrls {
  const base = normalizeBase(options.base);
  const prefix = (lang: string) => (lang === options.defaultLang ? base : `${base}${lang}/`);
  return {
    base,
    home: (lang) => prefix(lang),
    entry: (lang, id) => `${prefix(lang)}q/${encodeURIComponent(id)}/`,
    category: (lang, path) => `${prefix(lang)}c/${path.split('/').map(encodeURIComponent).join('/')}/`,
    product: (lang, id) => `${prefix(lang)}p/${encodeURIComponent(id)}/`,
    audience: (lang, audience) => `${prefix(lang)}for/${audience}/`,
    search: (lang) => `${prefix(lang)}search/`,
    ask: (lang) => `${prefix(lang)}ask/`,
    members: (lang) => `${prefix(lang)}members/`,
    membersEntry: (lang, anchor) => `${prefix(lang)}members/#${anchor}`,
    hostedMembers: (lang) => `${base}members/${lang === options.defaultLang ? '' : `${lang}/`}`,
    hostedMembersEntry: (lang, id) => `${base}members/${lang === options.defaultLang ? '' : `${lang}/`}q/${encodeURIComponent(id)}/`,
    whatsNew: (lang) => `${prefix(lang)}new/`,
    saved: (lang) => `${prefix(lang)}saved/`,
    offline: (lang) => `${prefix(lang)}offline/`,
    feed: (lang) => `${prefix(lang)}feed.xml`,
    handbook: (lang) => `${prefix(lang)}handbook/`,
    handbookTopic: (lang, topPath) => `${prefix(lang)}handbook/${encodeURIComponent(topPath)}/`,
    embed: (lang, productId) => `${prefix(lang)}embed/p/${encodeURIComponent(productId)}.json`,
    webAppManifest: (lang) => `${prefix(lang)}manifest.webmanifest`,
    asset: (path) => `${base}${path.replace(/^\/+/, '')}`,
  };
}

/**
 * A page of a long list (a category's, a product's…): page 1 is the list's
 * own URL, so links to it never change when it grows; the next ones are
 * `page/2/`, `page/3/`… under it.
 */
export function pageUrl(listUrl: string, page: number): string {
  return page === 1 ? listUrl : `${listUrl}page/${page}/`;
}

/**
 * A URL of the site relative to its base (`/help/q/x/` → `q/x/`): what files
 * that may be served under any base, such as the search index, store.
 */
export function underBase(base: string, url: string): string {
  if (!url.startsWith(base)) throw new Error(`${url} is not under the site's base ${base}`);
  return url.slice(base.length);
}

/** An absolute URL for canonical links and the sitemap, when the site's origin is known. */
export function absoluteUrl(siteUrl: string | undefined, path: string): string {
  if (!siteUrl) return path;
  // The site's own paths are already as a URL writes them: joined to the origin without parsing, which every page,
  // sitemap line and export entry would otherwise pay for (a tenth of a second per 10,000 entries).
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return `${originOf(siteUrl)}${path}`;
  return new URL(path, siteRoot(siteUrl)).href;
}

/** The site URL as the base that paths resolve against: one trailing slash. */
function siteRoot(siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/`;
}

/** A path from the root that the URL parser would leave as it is: no character it encodes, no `//` host, no `?` or `#`. */
const PLAIN_PATH = /^\/(?!\/)[\w\-.~!$&'()*+,;=:@%/]*$/;
/** `.` and `..` segments, which the parser resolves. */
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/;
const origins = new Map<string, string>();

/** The site URL's scheme, credentials, host and port, as the URL parser writes them. */
function originOf(siteUrl: string): string {
  let origin = origins.get(siteUrl);
  if (origin === undefined) origins.set(siteUrl, (origin = new URL('/', siteRoot(siteUrl)).href.slice(0, -1)));
  return origin;
}
