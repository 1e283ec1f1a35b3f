import type { Audience, ContactChannel, SiteSettings } from '../content/types.ts';
import type { LocalImage } from '../content/local-images.ts';
import type { AppIcons, WebAppView } from './web-app.ts';
import type { UiStrings } from '../i18n/strings.ts';
import type { PlaceableHtml } from '../markdown/heading-levels.ts';

/** A link the pages can print as is: the href already carries the site's base. */
export interface Link {
  href: string;
  title: string;
}

/** One public question, rendered, with everything its page and its listings show. */
export interface EntryView {
  id: string;
  lang: string;
  url: string;
  question: string;
  also: string[];
  audience: Audience[];
  /** Category paths, the first is the entry's home. */
  categories: string[];
  /** The titles of `categories`, in the same order, in the entry's language. */
  categoryTitles: string[];
  /** Only members read it: it is never on a public page or in a public file. */
  membersOnly: boolean;
  keywords: string[];
  priority: number;
  updated?: string;
  /** The answer on its own page, under the question as h1: its headings start at h2. */
  html: string;
  /**
   * The answer as a listing shows it (`answerUnder`), with its headings'
   * levels left open to place below the listing's own heading, and its
   * pictures all loading lazily. Missing when that is `html` as it is.
   */
  placeable?: PlaceableHtml;
  /** The answer as plain text, for descriptions and structured data. */
  text: string;
  /**
   * The content folder's pictures the answer shows. In `html` each `<img>`
   * names one by a stand-in address (see `placePictures`) until the image
   * step puts the processed picture in its place.
   */
  pictures: LocalImage[];
  productIds: string[];
  products: Link[];
  related: Link[];
  translations: { lang: string; href: string; languageName: string }[];
}

/**
 * One page of a list too long for one page (see `paginate.ts`): page 1 is at
 * the list's own URL, the next ones under `page/<n>/`. Each entry of the list
 * is on exactly one page; a short list is one page.
 */
export interface ListPage {
  /** From 1. */
  number: number;
  url: string;
  /** The entries on this page, in the list's order. */
  entryIds: string[];
}

export interface CategoryView {
  path: string;
  title: string;
  description?: string;
  depth: number;
  url: string;
  breadcrumb: Link[];
  children: { path: string; title: string; url: string; count: number }[];
  /** Entries listed directly here, most-asked first. */
  entryIds: string[];
  /** `entryIds` page by page, answers open in place. */
  pages: ListPage[];
  /** Those of `entryIds` whose home this is (their first category): each entry has one. */
  homeEntryIds: string[];
  /** Entries here and in every sub-category, most-asked first. */
  allEntryIds: string[];
  /** How many `allEntryIds` there are. */
  totalCount: number;
}

/** Questions grouped under the top-level category of their home, in catalogue order. */
export interface EntryGroup {
  path: string;
  title: string;
  entryIds: string[];
}

export interface AudienceView {
  audience: Audience;
  url: string;
  groups: (EntryGroup & { url: string })[];
  count: number;
  /** Whether the page shows answers in place; a large audience gets a list of links instead. */
  expandable: boolean;
  /** The groups' entries page by page, in group order; each page shows them under their groups. */
  pages: ListPage[];
}

export interface ProductView {
  id: string;
  name: string;
  description?: string;
  url: string;
  externalUrl: string;
  /** The product's top questions as data, for the widget on the product's own site. */
  embedUrl: string;
  entryIds: string[];
  /** `entryIds` page by page, answers open in place. */
  pages: ListPage[];
}

/** An old address of a public entry (one of its `aliases:`) and the entry's current one, both under the site's base. */
export interface Redirect {
  from: string;
  to: string;
  /** The entry's question, for the link people follow when their browser does not redirect. */
  title: string;
}

/** One top topic's part of a split handbook. */
export interface HandbookPart {
  /** The top-level category. */
  path: string;
  title: string;
  url: string;
  /** How many questions this part holds. */
  count: number;
  /** The part page by page: one while the topic fits on a page, else page 1 at `url` and the next under `page/<n>/`. */
  pages: HandbookPage[];
}

/** One printed page of a handbook's part: `entryIds` are its sections' entries, in order. */
export interface HandbookPage extends ListPage {
  sections: HandbookSection[];
}

/** A category's heading in the handbook and the questions printed under it on one page. */
export interface HandbookSection {
  /** The category's path. */
  path: string;
  /** Entries whose home is this category, in catalogue order. */
  entryIds: string[];
  /** Whether the section began on an earlier page, so its heading says it continues. */
  continued: boolean;
}

/** Everything one language of the site shows; members-only entries are never in it. */
export interface LanguageView {
  lang: string;
  isDefault: boolean;
  /** The interface text of this language: the site's own (`i18n/<lang>.yaml`) where it wrote it, else the shipped text. */
  strings: UiStrings;
  /** Which way the language's text runs: pages and the web app are laid out right to left for Arabic or Hebrew. */
  dir: 'ltr' | 'rtl';
  title: string;
  description?: string;
  homeUrl: string;
  searchUrl: string;
  /** The ask page: a question, the answers that match it while it is typed, then the hand-off to a person. */
  askUrl: string;
  /** "Saved for offline": the answers this device can open without the network. */
  savedUrl: string;
  /** The page the service worker shows for an unsaved page while offline. */
  offlineUrl: string;
  whatsNewUrl: string;
  /** The members-only section's page, when the site gates an audience. */
  membersUrl?: string;
  feedUrl: string;
  handbookUrl: string;
  /**
   * A handbook too large for one page is split by top topic, and a topic too
   * large for one page into numbered pages: the handbook's page is then their
   * table of contents. Empty for a handbook of one page.
   */
  handbookParts: HandbookPart[];
  contact: (Omit<ContactChannel, 'label' | 'note'> & { label: string; note?: string })[];
  howToGetAccess?: string;
  entries: Record<string, EntryView>;
  /** Every public entry, most-asked first. */
  entryOrder: string[];
  /** The most recently added or reviewed public entries, newest first. */
  recentlyUpdated: string[];
  /** Top-level categories first, depth-first. */
  categories: Record<string, CategoryView>;
  topCategories: string[];
  audiences: AudienceView[];
  products: ProductView[];
  /** Old entry addresses that lead to current ones, by `from`: redirect pages and host rules read them. Never a members-only entry's. */
  redirects: Redirect[];
  /** The web app manifest of this language, and the theme colour pages announce. */
  app: WebAppView;
}

/**
 * The members-only entries of one language, most-asked first. Public pages
 * never read it: it feeds the encrypted section, or plain pages under
 * `/members/` when the host guards them with its own login.
 */
export interface MembersView {
  lang: string;
  /** The members-only section's page. */
  url: string;
  entries: EntryView[];
  /** By top-level category; a category may hold only members-only questions, so these are not the public catalogue's. */
  groups: EntryGroup[];
  /** The groups' entries page by page, as links, for the plain pages of `gate.mode: host`; empty for the encrypted section, which is one page. */
  pages: ListPage[];
}

export interface SiteModel {
  settings: SiteSettings;
  base: string;
  languages: LanguageView[];
  /** Members-only entries as plain pages, only when the host guards `/members/` with its own login (`gate.mode: host`). */
  hostedMembers?: MembersView[];
  /** Every content-folder picture a public answer shows, each once: the files public pages may publish. */
  pictures: LocalImage[];
  /** The home-screen icons every language's manifest lists. */
  appIcons: AppIcons;
}
