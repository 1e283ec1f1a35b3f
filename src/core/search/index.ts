/**
 * Site search as the browser and the command line query it: `loadSearchIndex`
 * and `searchIndexes`. Building an index (`build-index.ts`, with FlexSearch)
 * is for the build only and stays out of this module, so the browser's
 * search code carries none of it.
 */
export { loadSearchIndex, LoadedSearchIndex } from './load-index.ts';
export { searchIndexes } from './query.ts';
export { INDEX_PATH, type SearchManifest } from './index-format.ts';
export type * from './types.ts';
