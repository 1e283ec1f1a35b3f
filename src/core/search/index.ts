/**
 * Site search: `buildSearchIndex` at build time (Node), `loadSearchIndex` and
 * `searchIndexes` in the browser and on the command line alike.
 */
export { buildSearchIndex, type BuildSearchIndexOptions } from './build-index.ts';
export { loadSearchIndex, LoadedSearchIndex } from './load-index.ts';
export { searchIndexes } from './query.ts';
export { MANIFEST_PATH, type SearchManifest } from './index-format.ts';
export type * from './types.ts';
