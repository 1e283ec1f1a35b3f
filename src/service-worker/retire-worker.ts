/**
 * The worker of a site that turned offline reading off (`offline: false`):
 * browsers that installed the offline worker fetch this one at their next
 * visit; it deletes the site's caches and unregisters itself. It handles no
 * request, so every page comes from the network as before.
 */
import { isStaleCache } from '../core/offline/offline-plan.ts';

declare const FAQ_OFFLINE_BASE: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  skipWaiting(): Promise<void>;
  registration: { unregister(): Promise<boolean> };
  clients: { matchAll(options: { type: 'window' }): Promise<readonly { url: string; navigate(url: string): Promise<unknown> }[]> };
}
const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // No build of the site is current any more: every one of its caches is stale.
      for (const name of await caches.keys()) if (isStaleCache(name, { base: FAQ_OFFLINE_BASE, build: '' })) await caches.delete(name);
      await worker.registration.unregister();
      // A worker stays in charge of the pages it controls until they go: load them again, from the network.
      for (const client of await worker.clients.matchAll({ type: 'window' })) await client.navigate(client.url).catch(() => undefined);
    })(),
  );
});
