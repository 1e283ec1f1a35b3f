/**
 * Site search: `buildSearchIndex` at build time (Node), `loadSearchIndex` and
 * `searchIndexes` in the browser and on the command line alike.
 */
export { buildSearchIndex, type BuildSearchIndexOptions } from './build-index.ts';
export { loadSearchIndex, LoadedSearchIndex, type LoadSearchIndexOptions } from './load-index.ts';
export { searchIndexes } from './query.ts';
export { escapeHtml } from './highlight.ts';
export { SEARCH_FORMAT_VERSION } from './settings.ts';
export { MANIFEST_PATH, type SearchManifest, type ManifestCategory } from './index-format.ts';
export type * from './types.ts';
