import type { Audience, Localized } from './schema.ts';

export type { Audience, Localized } from './schema.ts';

/** Something wrong in the content, pointing at the place an editor must fix. */
export interface Problem {
  /** Path of the offending file, relative to the content folder's parent when possible. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  severity: 'error' | 'warning';
}

export interface ContactChannel {
  kind: string;
  label: Localized;
  href: string;
  note?: Localized;
}

export interface GateSettings {
  audiences: Audience[];
  howToGetAccess?: Localized;
  mode: 'encrypt' | 'host';
}

export interface SiteSettings {
  title: Localized;
  description?: Localized;
  defaultLang: string;
  /** Every language of the site, the default first. */
  languages: string[];
  url?: string;
  base?: string;
  homepage?: string;
  contact: ContactChannel[];
  gate: GateSettings;
  feedback?: { endpoint: string };
  /** Where answers may show images from besides the site itself: https origins. */
  images?: { origins: string[] };
}

export interface Category {
  id: string;
  /** Ids from the top joined by `/`: `orders/returns`. */
  path: string;
  title: Localized;
  description?: Localized;
  depth: number;
  parentPath?: string;
  children: Category[];
}

export interface Product {
  id: string;
  name: Localized;
  url: string;
  description?: Localized;
}

/** One question and its answer in one language, as the editor wrote it. */
export interface Entry {
  id: string;
  lang: string;
  question: string;
  also: string[];
  audience: Audience[];
  /** Category paths; the first is the entry's home. */
  categories: string[];
  keywords: string[];
  tags: string[];
  products: string[];
  related: string[];
  priority: number;
  /** YYYY-MM-DD, when known. */
  updated?: string;
  draft: boolean;
  /** True when every audience is gated: never written in plain form. */
  membersOnly: boolean;
  /** The Markdown answer. */
  body: string;
  /** Source file as shown in messages (relative to the working folder). */
  file: string;
  /** Source file, relative to the content folder. */
  sourcePath: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

/** Synonym groups: every word or phrase in a group finds the others. */
export type SynonymGroups = string[][];

export interface Content {
  /** The folder the content was read from. */
  dir: string;
  site: SiteSettings;
  categories: Category[];
  products: Product[];
  entries: Entry[];
  synonyms: SynonymGroups;
}
