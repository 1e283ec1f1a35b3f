/**
 * The help center's service worker, bundled by the build (`offline-output.ts`)
 * into `sw.js` at the site's base with this build's `OfflineConfig`.
 *
 * - The shell (styles, the scripts every page runs, the offline and saved
 *   pages) is precached when the worker installs.
 * - Pages are read from the network first and kept as they are read, up to
 *   `VISITED_PAGES_LIMIT`; saved topics are kept apart, without a limit.
 * - A language's whole search index is kept after its first search, once the
 *   reader's searching pauses.
 * - Members-only files are kept exactly as the server sent them: encrypted.
 *
 * Every cache is named by build and only ever holds that build's files: a
 * page or file of another build passes through without being stored, and
 * once a new build's worker is in charge the old caches are deleted.
 */
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  ASSETS_LIMIT,
  BUILD_HEADER,
  VISITED_PAGES_LIMIT,
  buildOfPage,
  cacheKindOf,
  cacheName,
  isEntryPage,
  isStaleCache,
  languageOf,
  mayStore,
  questionOfPage,
  requestKind,
  searchFolderOf,
  searchIndexFiles,
  type CacheKind,
  type OfflineConfig,
} from '../core/offline/offline-plan.ts';
import { KEPT_COPY_TIMING, type SavedAnswer, type WorkerReply, type WorkerRequest } from '../core/offline/worker-messages.ts';

declare const FAQ_OFFLINE_CONFIG: OfflineConfig;
const config = FAQ_OFFLINE_CONFIG;

/* The few worker globals used here; the project's TypeScript checks against the DOM's library. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly { url: string }[]> };
  registration: { update(): Promise<unknown> };
  location: Location;
}
const worker = self as unknown as WorkerScope;

const names = Object.fromEntries((['shell', 'pages', 'saved', 'assets', 'search', 'members'] as const).map((kind) => [kind, cacheName(kind, config)])) as Record<CacheKind, string>;

const precache = new PrecacheController({ cacheName: names.shell });
precache.addToCacheList(config.precache);
const precacheRoute = new PrecacheRoute(precache);

/** A page joins this build's cache only if it is this build's page: a newer deploy's page waits for the newer worker. */
const thisBuildsPagesOnly = {
  cacheWillUpdate: async ({ response }: { response: Response }) => {
    if (!mayStore(response.status, response.headers.get('Cache-Control'))) return null;
    const build = buildOfPage(await response.clone().text());
    if (build === config.build) return response;
    if (build) void worker.registration.update();
    return null;
  },
};
const storableOnly = { cacheWillUpdate: async ({ response }: { response: Response }) => (mayStore(response.status, response.headers.get('Cache-Control')) ? response : null) };
/** `/search/?q=a` and `/search/?q=b` are the same page. */
const withoutQuery = { cacheKeyWillBeUsed: async ({ request }: { request: Request }) => request.url.replace(/[?#].*$/, '') };

/** A page read from the cache: the network failed (the pages' strategy reads the cache only then). */
const markedKept = { cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response | null }) => (cachedResponse ? keptCopy(cachedResponse) : null) };

const pages = new NetworkFirst({ cacheName: names.pages, plugins: [thisBuildsPagesOnly, withoutQuery, new ExpirationPlugin({ maxEntries: VISITED_PAGES_LIMIT }), markedKept] });
const assets = new CacheFirst({ cacheName: names.assets, plugins: [storableOnly, new ExpirationPlugin({ maxEntries: ASSETS_LIMIT })] });
const search = new CacheFirst({ cacheName: names.search, plugins: [storableOnly] });
// The network first: a build draws a new key, and a member online reads the current files; the copy is for offline.
const members = new NetworkFirst({ cacheName: names.members, plugins: [storableOnly] });

worker.addEventListener('install', (event) => {
  // Sending (readers' events, the ask page's questions) goes straight to the network, without the worker: a beacon a
  // page sends as it unloads is otherwise lost in Chromium. Browsers without static routes use the fetch handler below.
  const routes = (event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> }).addRoutes?.({ condition: { requestMethod: 'POST' }, source: 'network' });
  // A new build takes over as soon as its shell is in: the next navigation is served by it, from its own caches.
  event.waitUntil(Promise.all([routes?.catch(() => undefined), precache.install(event as never).then(() => worker.skipWaiting())]));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await precache.activate(event as never);
      await worker.clients.claim();
    })(),
  );
  // Not part of activating: pages wait for a worker that is activating, and this may fetch a reader's saved topics again.
  void tidy();
});

let tidying: Promise<void> | undefined;

/**
 * Once per worker start: keep the pages open before the worker ran (the very
 * first visit) as if read under it, and replace another build's caches.
 * Every page request waits for it to finish in the background, so a worker
 * stopped halfway resumes at the next page.
 */
function tidy(): Promise<void> {
  tidying ??= (async () => {
    for (const client of await worker.clients.matchAll({ type: 'window' })) {
      if (!(await caches.match(client.url.replace(/[?#].*$/, '')))) await store('pages', client.url);
    }
    await replaceStaleCaches();
  })().catch(() => {
    tidying = undefined;
  });
  return tidying;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') {
    // Requests meant to outlive their page (keepalive: readers' events, by beacon as a page unloads). Chromium drops one
    // the worker leaves to a page that is gone, so the worker, which outlives the page, sends it itself.
    if (request.keepalive) event.respondWith(fetch(request));
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  const kind = requestKind(url.pathname, request.mode === 'navigate', config);
  if (kind === 'never') return;
  if (kind === 'page') {
    event.waitUntil(tidy());
    return event.respondWith(page(event, url));
  }
  const precached = precacheRoute.match({ url, request, event: event as never, sameOrigin: true });
  if (precached) return event.respondWith(precache.strategy.handle({ event: event as never, request }));
  // A page of another build asks for its own build's files: the network has them, these caches don't.
  const build = request.headers.get(BUILD_HEADER);
  if (build && build !== config.build && kind !== 'asset') return;
  if (kind === 'asset') return event.respondWith(assets.handle({ event: event as never, request }));
  if (kind === 'members') return event.respondWith(members.handle({ event: event as never, request }));
  if (kind === 'search') {
    lastSearchRequest = Date.now();
    const folder = searchFolderOf(url.pathname, config.base);
    const [response, kept] = search.handleAll({ event: event as never, request });
    // The first search of a language keeps its whole index, so that every later search works offline: once index.json
    // is in the cache, so that it is not fetched twice, and in the pauses of the reader's searching, which goes first.
    if (folder && url.pathname === `${folder}index.json`) event.waitUntil(kept.then(() => keepSearchIndex(folder, searchGoneQuiet)));
    return event.respondWith(response);
  }
});

/** A page: the network, else this device's copy (read or saved), else the offline page of its language. */
async function page(event: FetchEvent, url: URL): Promise<Response> {
  try {
    return await pages.handle({ event: event as never, request: event.request });
  } catch {
    const key = url.href.replace(/[?#].*$/, '');
    const saved = (await caches.open(names.saved).then((cache) => cache.match(key))) ?? (await precache.matchPrecache(key));
    if (saved) return keptCopy(saved);
    const language = languageOf(url.pathname, config.languages) ?? config.languages[0];
    const offline = language && (await precache.matchPrecache(language.offlineUrl));
    return offline ? keptCopy(offline) : Response.error();
  }
}

/** The device's copy of a page, marked so the page knows it is read offline (`KEPT_COPY_TIMING`). */
function keptCopy(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.append('Server-Timing', KEPT_COPY_TIMING);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Fetches a page or file of this build into one of its caches; whether it was stored. */
async function store(kind: CacheKind, url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!mayStore(response.status, response.headers.get('Cache-Control'))) return false;
    if (kind === 'pages' || kind === 'saved') {
      const build = buildOfPage(await response.clone().text());
      if (build !== config.build) return false;
    }
    const pathname = new URL(url).pathname;
    if (requestKind(pathname, kind === 'pages' || kind === 'saved', config) === 'never') return false;
    await (await caches.open(names[kind])).put(url.replace(/[?#].*$/, ''), response);
    return true;
  } catch {
    return false;
  }
}

/** When the reader's search last asked this worker for a file. */
let lastSearchRequest = 0;
/** How long the reader's search must have asked for nothing before a whole index is fetched in the background. */
const SEARCH_QUIET_MS = 2_000;

/** Resolves once the reader's search has asked for nothing for `SEARCH_QUIET_MS`. */
async function searchGoneQuiet(): Promise<void> {
  for (let wait = lastSearchRequest + SEARCH_QUIET_MS - Date.now(); wait > 0; wait = lastSearchRequest + SEARCH_QUIET_MS - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Keeps every file of a language's search index; `beforeEach` may hold each download back (for the reader's own requests). */
async function keepSearchIndex(folder: string, beforeEach: () => Promise<void> = async () => undefined): Promise<void> {
  const cache = await caches.open(names.search);
  const index = (await cache.match(`${folder}index.json`)) ?? (await fetch(`${folder}index.json`).catch(() => undefined));
  if (!index?.ok) return;
  const files = searchIndexFiles(JSON.parse(await index.clone().text())).map((file) => new URL(`${folder}${file}`, worker.location.origin).href);
  // A few at a time: a large index has hundreds of shards. A file the reader's search fetched meanwhile is in already.
  const next = async (): Promise<void> => {
    await beforeEach();
    const url = files.shift();
    if (url === undefined) return;
    if (!(await cache.match(url))) await store('search', url);
    return next();
  };
  await Promise.all([next(), next(), next(), next()]);
}

/**
 * Another build's caches go once this build is in charge. What a reader kept
 * (pages read, topics saved, a language's search) is fetched again from this
 * build first, as far as the network allows, so an update doesn't empty the
 * device.
 */
async function replaceStaleCaches(): Promise<void> {
  const stale = (await caches.keys()).filter((name) => isStaleCache(name, config));
  for (const name of stale) {
    const kind = cacheKindOf(name, config.base);
    const cache = await caches.open(name);
    const urls = (await cache.keys()).map((request) => request.url);
    if (kind === 'pages' || kind === 'saved') {
      for (const url of urls) await store(kind, url);
    }
    if (kind === 'search') {
      const folders = new Set(urls.flatMap((url) => searchFolderOf(new URL(url).pathname, config.base) ?? []));
      for (const folder of folders) await keepSearchIndex(folder);
    }
    await caches.delete(name);
  }
}

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const message = event.data as WorkerRequest;
  if (!port || typeof message !== 'object' || message === null) return;
  const reply = (data: WorkerReply) => port.postMessage(data);
  if (message.type === 'list') event.waitUntil(savedAnswers(message.lang).then((answers) => reply({ type: 'list', build: config.build, answers })));
  if (message.type === 'save') event.waitUntil(save(message.pages, message.files, reply));
});

async function save(pageUrls: string[], fileUrls: string[], reply: (data: WorkerReply) => void): Promise<void> {
  const count = pageUrls.length;
  let done = 0;
  let failed = 0;
  const saved = await caches.open(names.saved);
  for (const url of pageUrls) {
    const absolute = new URL(url, worker.location.origin).href;
    if ((await saved.match(absolute)) || (await store('saved', absolute))) done += 1;
    else failed += 1;
    reply({ type: 'progress', done: done + failed, count });
  }
  for (const url of fileUrls) {
    const absolute = new URL(url, worker.location.origin).href;
    const folder = searchFolderOf(new URL(absolute).pathname, config.base);
    if (folder) await keepSearchIndex(folder);
  }
  reply({ type: 'saved', done, failed, count });
}

/** Every answer of a language this device can open offline, saved ones first. */
async function savedAnswers(lang: string): Promise<SavedAnswer[]> {
  const answers = new Map<string, SavedAnswer>();
  for (const kind of ['saved', 'pages'] as const) {
    const cache = await caches.open(names[kind]);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (answers.has(url.pathname) || !isEntryPage(url.pathname, config.languages) || languageOf(url.pathname, config.languages)?.lang !== lang) continue;
      const response = await cache.match(request);
      const question = response && questionOfPage(await response.text());
      if (question) answers.set(url.pathname, { url: url.pathname, question });
    }
  }
  return [...answers.values()];
}
