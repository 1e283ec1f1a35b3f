/**
 * Where the build writes the files that are not pages, relative to the site's
 * base. The build writes them and the browser fetches them, so both read
 * these names from here.
 */

/** The public search indexes, one folder per language. */
export const SEARCH_FOLDER = '_faq/search';

/** The encrypted members-only files: manifest, catalogues and answer shards. */
export const MEMBERS_FOLDER = '_faq/m';

/** The folder of one language's public search index, with its trailing slash. */
export function searchIndexFolder(lang: string): string {
  return `${SEARCH_FOLDER}/${encodeURIComponent(lang)}/`;
}

/** `gate.mode: host`: one language's members-only search index, in plain behind the host's login. */
export function hostedMembersSearchFolder(lang: string): string {
  return `members/_search/${encodeURIComponent(lang)}/`;
}
