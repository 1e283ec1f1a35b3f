/**
 * Where the build writes the files that are not pages, relative to the site's
 * base. The build writes them and the browser fetches them, so both read
 * these names from here.
 */

/** The public search indexes, one folder per language. */
export const SEARCH_FOLDER = '_faq/search';

/** The encrypted members-only files: manifest, catalogues and answer shards. */
export const MEMBERS_FOLDER = '_faq/m';

/** The service worker, at the site's base so that it controls every page (a worker controls only the paths below its own). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What a device may save for offline reading: one list per language (`offlineListFile`). */
export const OFFLINE_FOLDER = '_faq/offline';

/** The shell the service worker precaches, as a list for tools (the benchmark weighs it). */
export const OFFLINE_SHELL_FILE = `${OFFLINE_FOLDER}/shell.json`;

/** One language's list of answers, topics and search files with their sizes, read when a reader saves for offline. */
export function offlineListFile(lang: string): string {
  return `${OFFLINE_FOLDER}/${encodeURIComponent(lang)}.json`;
}

/** The folder of one language's public search index, with its trailing slash. */
export function searchIndexFolder(lang: string): string {
  return `${SEARCH_FOLDER}/${encodeURIComponent(lang)}/`;
}

/**
 * The toolbar search box's results panel (filters, status, results, the ways
 * to a person), one file per language in its search folder: the toolbar is on
 * every page, and its panel is the same on all of them, so a page carries
 * only the search form and the box fetches its panel when a reader focuses it.
 * JSON (`{"html": …}`), as the index files beside it are, so hosts, the
 * service worker and tools that look for pages treat it as they do them.
 */
export const SEARCH_PANEL_FILE = 'panel.json';

/** `gate.mode: host`: one language's members-only search index, in plain behind the host's login. */
export function hostedMembersSearchFolder(lang: string): string {
  return `members/_search/${encodeURIComponent(lang)}/`;
}

/** `gate.mode: host`: pictures of members-only answers, behind the host's login with the pages that show them. */
export const HOSTED_MEMBERS_PICTURES_FOLDER = 'members/_pictures';

/** The file of one picture there: named by its key's digest, so the name says nothing of the picture. */
export async function hostedMembersPictureFile(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return `${HOSTED_MEMBERS_PICTURES_FOLDER}/${[...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}.webp`;
}
