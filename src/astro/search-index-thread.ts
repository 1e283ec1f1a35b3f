import { Worker } from 'node:worker_threads';
import type { LoadedSite } from './load-site.ts';
import { publicSearchInput, type PublicSearchIndex } from './public-search-indexes.ts';

/**
 * Starts building the public search indexes in a worker thread, while Astro
 * bundles and renders the pages, and returns their files when done. A large
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
 * time: at 50,000 entries the two together peaked at 2.2 GB, over the 2 GB
 * budget, while the pages alone stayed under 1.8 GB. Past this size the
 * indexes are built after the pages, in the build's own thread, which reuses
 * the memory the pages freed: at 50,000 entries that build took 160 s and
 * 1.60 GB, against 169 s and 1.89 GB for a thread of its own after the
 * pages. Smaller sites keep the time they save by indexing beside the pages.
 */
export const INDEX_BESIDE_PAGES_UP_TO = 20_000;

/** Whether a site is small enough to build its search indexes while the pages render (`INDEX_BESIDE_PAGES_UP_TO`). */
export function indexesBesidePages(site: LoadedSite, upTo = INDEX_BESIDE_PAGES_UP_TO): boolean {
  let count = 0;
  for (const view of site.model.languages) count += view.entryOrder.length;
  return count <= upTo;
}

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
