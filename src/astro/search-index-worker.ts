/**
 * Builds the public search indexes in a thread of its own (see
 * `startPublicSearchIndexes`): the documents come in as `workerData`, the
 * files go back as one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildPublicSearchIndexes, type PublicSearchInput } from './public-search-indexes.ts';

parentPort!.postMessage(buildPublicSearchIndexes(workerData as PublicSearchInput));
