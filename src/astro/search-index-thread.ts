import { Worker } from 'node:worker_threads';
import type { LoadedSite } from './load-site.ts';
import { publicSearchInput, type PublicSearchIndex } from './public-search-indexes.ts';

/**
 * Starts building the public search indexes in a worker thread, while Astro
 * bundles and renders the pages, and returns their files when done.
 *
 * Why a thread: indexing allocates heavily, and in the build's own thread
 * every garbage collection then marks the whole site model and Astro's state
 * too (at 50,000 entries a third of the indexing time went to the collector,
 * after the pages). The thread's heap holds only the search documents, and
 * its work overlaps the pages instead of following them.
 */
export function startPublicSearchIndexes(site: LoadedSite): Promise<PublicSearchIndex[]> {
  const indexes = new Promise<PublicSearchIndex[]>((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: publicSearchInput(site) });
    worker.once('message', (result: PublicSearchIndex[]) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code}) before it sent the index`)));
  });
  // Until the build asks for the indexes, a failure must not count as unhandled: it is reported when the build asks.
  indexes.catch(() => {});
  return indexes;
}
