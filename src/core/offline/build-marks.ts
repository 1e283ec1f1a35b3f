/**
 * How a page tells the service worker which build it is from, so that a
 * page is never kept or served with another build's files.
 */

/** A new id for every build: caches are named by it, so a deploy never serves one build's pages with another's files. */
export function newBuildId(): string {
  return `${Date.now().toString(36)}${Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** `<meta name="faq-build" content="…">` in every page. */
export const BUILD_META_NAME = 'faq-build';

/** The header a page's own fetches of build files (the search index) carry. */
export const BUILD_HEADER = 'X-FAQ-Build';
