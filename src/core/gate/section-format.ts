import type { Keyring } from './format.ts';

/**
 * What the members-only section's files hold once decrypted: written by the
 * build (src/astro/members-output.ts), read by the browser
 * (src/scripts/members-client.ts). Documented in docs/members-format.md.
 */

/** What a language's encrypted catalogue holds, once decrypted in the browser. */
export interface MembersCatalogue {
  lang: string;
  entries: MembersCatalogueEntry[];
  /** Encrypted shard files, by number; each holds the answers of its entries. */
  shards: string[];
  /** The members-only search index: file path → contents. */
  search: Record<string, string>;
}

export interface MembersCatalogueEntry {
  id: string;
  question: string;
  categories: { path: string; title: string; url?: string }[];
  audience: string[];
  priority: number;
  updated?: string;
  shard: number;
}

/** A link as the page prints it: the href already carries the site's base. */
export interface MembersLink {
  href: string;
  title: string;
  /** For a link to another site (a product with no page here): what screen readers hear after it, as for answers' external links. */
  leaves?: string;
}

/**
 * How an answer's `<img src>` names an encrypted picture: the rest is the
 * picture's file name in the members-only folder. The browser decrypts the
 * file before the picture is shown.
 */
export const MEMBERS_PICTURE_PREFIX = 'faq-members-picture:';

export interface MembersShard {
  /** By opaque entry id: the answer's HTML and the links shown under it. */
  entries: Record<string, { html: string; related: MembersLink[]; products: MembersLink[] }>;
}

/** The public manifest: the keyring and, per language, the catalogue file of each tier in tier order. Nothing else is readable. */
export interface MembersManifest {
  keyring: Keyring;
  catalogues: Record<string, string[]>;
}
