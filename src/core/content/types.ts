import type { z } from 'zod';
import type { LocalImage, LocalImages } from './local-images.ts';
import type { WrittenStrings } from '../i18n/written-strings.ts';
import type { CategorySchema, ContactChannelSchema, EntryFrontMatter, ProductSchema, SiteSchema } from './schema.ts';

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

/*
 * The model's types are the schemas' outputs, so a field added to a schema
 * reaches every page without a second copy here. Only what the loader
 * computes is added by hand.
 */

export type ContactChannel = z.output<typeof ContactChannelSchema>;

export interface SiteSettings extends Omit<z.output<typeof SiteSchema>, 'languages'> {
  /** Every language of the site, the default first. */
  languages: string[];
}

/** A category as categories.yaml writes it, before its place in the tree is known. */
export type WrittenCategory = z.output<typeof CategorySchema>;

export interface Category extends Omit<WrittenCategory, 'children'> {
  /** Ids from the top joined by `/`: `orders/returns`. */
  path: string;
  depth: number;
  parentPath?: string;
  children: Category[];
}

export type Product = z.output<typeof ProductSchema>;

/** One question and its answer in one language, as the editor wrote it. */
export interface Entry extends Omit<EntryFrontMatter, 'id' | 'lang' | 'category' | 'access'> {
  /** From `id:`, or else the file name. */
  id: string;
  /** From `lang:`, or else the site's default language. */
  lang: string;
  /** Category paths; the first is the entry's home. */
  categories: string[];
  /** True when every audience is gated, or `access:` names tiers: never written in plain form. */
  membersOnly: boolean;
  /** The members-only tiers that may read it, from `access:` or else the default tier; none for a public entry. */
  tiers: string[];
  /** The Markdown answer. */
  body: string;
  /** True when `updated` is the file's last commit or change, not written in the front matter. */
  updatedFromFile?: boolean;
  /** Source file as shown in messages (relative to the working folder). */
  file: string;
  /** Source file, relative to the content folder, with `/` between its parts on every system (`faq/orders/refund-timing.md`). */
  sourcePath: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

/** Synonym groups: every word or phrase in a group finds the others. */
export type SynonymGroups = string[][];

/** One `{{ vars.name }}` an entry uses, for the check's listing and its unused-variable warning. */
export interface VarUse {
  name: string;
  entryId: string;
  lang: string;
  file: string;
  line?: number;
}

export interface Content {
  /** The folder the content was read from. */
  dir: string;
  site: SiteSettings;
  categories: Category[];
  products: Product[];
  entries: Entry[];
  synonyms: SynonymGroups;
  /** Every variable reference, as loading found it. */
  varUses?: VarUse[];
  /** The pictures in the content folder that answers show, as the checks found them. */
  images?: LocalImages;
  /** The picture `app.icon` names in site.yaml, as the checks found it. */
  appIcon?: LocalImage;
  /** The site's own interface text from `i18n/<lang>.yaml`, by language tag in lower case; read through `interfaceOf`. */
  interfaceText?: Record<string, WrittenStrings>;
}
