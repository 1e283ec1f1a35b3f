/**
 * Builds the search indexes in a thread of its own (see
 * `startSearchIndexes`): the documents come in as `workerData`, the
 * files go back as one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndexes } from './build-search-indexes.ts';
import type { SearchIndexesInput } from './search-indexes.ts';

parentPort!.postMessage(buildSearchIndexes(workerData as SearchIndexesInput));
