/**
 * How a page tells the service worker which build it is from, so that a
 * page is never kept or served with another build's files.
 */

/** `<meta name="faq-build" content="…">` in every page. */
export const BUILD_META_NAME = 'faq-build';

/** The header a page's own fetches of build files (the search index) carry. */
export const BUILD_HEADER = 'X-FAQ-Build';
