/**
 * Loads the site in a thread of its own (see `loadSiteInThread`): the source
 * comes in as `workerData`, the loaded site or the editor's mistakes go back
 * as one message. Any other error ends the thread, and its stack with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError, EditorError } from '../core/content/problems.ts';
import { loadSite, type SiteSource } from './load-site.ts';
import type { SiteThreadMessage } from './site-thread.ts';

const send = (message: SiteThreadMessage) => parentPort!.postMessage(message);

try {
  send({ site: await loadSite(workerData as SiteSource) });
} catch (error) {
  if (error instanceof ContentError) send({ problems: error.problems });
  else if (error instanceof EditorError) send({ mistake: error.message });
  else throw error;
}
