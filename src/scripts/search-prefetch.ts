import { pageBuildHeaders } from './page-build.ts';

/**
 * The index files every query reads (manifest, documents, vocabulary), fetched
 * the moment a reader focuses a search box, alongside the search code rather
 * than after it: by the first keystroke they are here, and a query waits only
 * for its term shards and then its display shards. Kept apart from the engine
 * so that the page's own script can start them without loading the engine.
 */
const prefetched = new Map<string, Promise<string>>();
/** Files already handed to the engine: it keeps them, so focusing again fetches nothing. */
const handedOver = new Set<string>();

export function fetchIndexText(url: string): Promise<string> {
  // The service worker answers from this page's own build, never another's.
  return fetch(url, { headers: pageBuildHeaders() }).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  });
}

/** Starts fetching these files (paths from the site's root, as the engine asks for them) unless they are already on their way. */
export function prefetchIndexFiles(urls: readonly string[]): void {
  for (const url of urls) {
    if (prefetched.has(url) || handedOver.has(url)) continue;
    const text = fetchIndexText(url);
    // A failed prefetch is forgotten: the engine's own load fetches the file again and reports the failure.
    text.catch(() => prefetched.delete(url));
    prefetched.set(url, text);
  }
}

/**
 * A file's text: the prefetched one when there is one (handed over once, as
 * the engine keeps what it parsed), else a fetch of its own.
 */
export function takeIndexText(url: string): Promise<string> {
  const text = prefetched.get(url) ?? fetchIndexText(url);
  prefetched.delete(url);
  handedOver.add(url);
  // One that failed to arrive is fetched again by the next focus.
  text.catch(() => handedOver.delete(url));
  return text;
}
