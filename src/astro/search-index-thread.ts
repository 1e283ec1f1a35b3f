import { Worker } from 'node:worker_threads';
import type { LoadedSite } from './load-site.ts';
import { searchIndexesInput, type SearchIndexes } from './search-indexes.ts';

/**
 * Starts building the search indexes (the public ones, and the encrypted
 * members-only section's) in a worker thread, while Astro bundles and renders
 * the pages, and returns their files when done. A large
 * site (`indexesBesidePages`) is indexed after the pages instead, in the
 * build's own thread.
 *
 * Why a thread: indexing allocates heavily, and in the build's own thread
 * every garbage collection then marks the whole site model and Astro's state
 * too (at 50,000 entries a third of the indexing time went to the collector,
 * after the pages). The thread's heap holds only the search documents, and
 * its work overlaps the pages instead of following them.
 */
/**
 * Up to how many public entries the indexes are built beside the pages. The
 * index thread's memory adds to what rendering the pages takes at the same
 * time. On the generated corpus (`npm run bench`), at 50,000 entries (45,781
 * public), beside the pages: 65.3 s against Astro's bare floor's 42.0 s,
 * peak 1.74 GB; after them, in the build's own thread, which reuses the
 * memory the pages freed: 84.6 s against 50.9 s, 1.38 GB. At 100,000
 * entries beside: 147 s, 2.80 GB; after: 169 s, 2.27 GB. Up to this size the
 * time is worth the memory, which stays within the 2 GB a 50,000-entry build
 * is allowed; past it, a large site keeps its peak down.
 */
export const INDEX_BESIDE_PAGES_UP_TO = 50_000;

/** Whether a site is small enough to build its search indexes while the pages render (`INDEX_BESIDE_PAGES_UP_TO`). */
export function indexesBesidePages(site: LoadedSite, upTo = INDEX_BESIDE_PAGES_UP_TO): boolean {
  let count = 0;
  for (const view of site.model.languages) count += view.entryOrder.length;
  return count <= upTo;
}

export function startSearchIndexes(site: LoadedSite): Promise<SearchIndexes> {
  const indexes = new Promise<SearchIndexes>((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: searchIndexesInput(site) });
    worker.once('message', (result: SearchIndexes) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code}) before it sent the index`)));
  });
  // Until the build asks for the indexes, a failure must not count as unhandled: it is reported when the build asks.
  indexes.catch(() => {});
  return indexes;
}
