import { decryptFile, unlockKeyring } from '../core/gate/index.ts';
import type { LoadedSearchIndex } from '../core/search/index.ts';
import { MEMBERS_PICTURE_PREFIX, type MembersCatalogue, type MembersManifest, type MembersShard } from '../core/gate/section-format.ts';
import { addSearchSource, clearSearchSources } from './search-sources.ts';
import { clearSession, loadSession, storeSession } from './members-storage.ts';
import { MEMBERS_FOLDER } from '../core/output-folders.ts';
import { onThisSite } from './site-path.ts';

const folder = onThisSite(`${MEMBERS_FOLDER}/`);

/** The network failed, or the host answered with an error: worth trying again, and not the customer's fault. */
export class UnreachableError extends Error {}

/**
 * The key opened nothing of this build: the site was built again since the
 * key was kept (every build draws a new content key).
 */
export class StaleKeyError extends Error {}

let manifestRequest: Promise<MembersManifest | undefined> | undefined;
const catalogues = new Map<string, Promise<MembersCatalogue>>();
/** Encrypted files fetched ahead, so that unlocking works with the network gone once they are here. */
const fetched = new Map<string, Promise<ArrayBuffer>>();
/** The search code, fetched ahead for the same reason, but only once the customer shows an intent to unlock. */
let searchModule: Promise<typeof import('./search-engine.ts')> | undefined;

async function reach(url: string): Promise<Response> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new UnreachableError(`${url}: ${String(error)}`, { cause: error });
  });
  if (!response.ok && response.status !== 404) throw new UnreachableError(`${url}: HTTP ${response.status}`);
  return response;
}

function fetchEncrypted(name: string): Promise<ArrayBuffer> {
  let pending = fetched.get(name);
  if (!pending) {
    pending = reach(`${folder}${name}.bin`).then((response) => {
      // A file this build doesn't have: the key, or the page, is from another build.
      if (!response.ok) throw new StaleKeyError(`${name}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    pending.catch(() => fetched.delete(name));
    fetched.set(name, pending);
  }
  return pending;
}

function loadSearchCode(): Promise<typeof import('./search-engine.ts')> {
  searchModule ??= import('./search-engine.ts');
  searchModule.catch(() => (searchModule = undefined));
  return searchModule;
}

/**
 * What unlocking this language needs, fetched when the customer shows they
 * mean to (focus on the code field, a remembered key): the encrypted
 * catalogue and the search code. Never with the page itself.
 */
export async function prepare(lang: string): Promise<void> {
  await Promise.all([
    loadManifest().then((manifest) => (manifest?.catalogues[lang] ? fetchEncrypted(manifest.catalogues[lang]).then(() => undefined) : undefined)),
    loadSearchCode().then(() => undefined),
  ]).catch(() => undefined);
}

/** The public manifest; `undefined` when this build has no members-only section. Throws `UnreachableError`. */
export function loadManifest(): Promise<MembersManifest | undefined> {
  manifestRequest ??= reach(`${folder}manifest.json`).then((response) => (response.ok ? (response.json() as Promise<MembersManifest>) : undefined));
  // A failed request may be a passing network problem: the next attempt asks again.
  manifestRequest.catch(() => (manifestRequest = undefined));
  return manifestRequest;
}

export type UnlockResult = { key: CryptoKey } | { wrongCode: true };

/**
 * One key derivation; the key is kept (never the code) for this tab, or on
 * this device when asked, once it has opened this language's catalogue.
 * Throws `UnreachableError` when the files can't be fetched.
 */
export async function unlock(code: string, remember: boolean, lang: string): Promise<UnlockResult> {
  const manifest = await loadManifest();
  if (!manifest) return { wrongCode: true };
  const key = await unlockKeyring(manifest.keyring, code);
  if (!key) return { wrongCode: true };
  await loadCatalogue(key, lang);
  await storeSession(key, remember);
  return { key };
}

/** The key this tab or device kept, if any; whether it still opens this build is for `loadCatalogue` to tell. */
export async function restore(): Promise<CryptoKey | undefined> {
  return loadSession().catch(() => undefined);
}

export async function signOut(): Promise<void> {
  await clearSession();
  catalogues.clear();
  clearSearchSources();
}

const STALE_NOTICE = 'faq-members-key-outdated';

/**
 * A kept key that opens nothing of this build (the site was built again) is
 * of no more use: forgotten, so that the form asks for the code again, and
 * noted, so that the members page says why even when another page found out.
 */
export async function forgetStaleKey(): Promise<void> {
  await signOut();
  sessionStorage.setItem(STALE_NOTICE, '1');
}

/** Whether a kept key was found outdated since the members page last said so. */
export function takeStaleKeyNotice(): boolean {
  const noticed = sessionStorage.getItem(STALE_NOTICE) === '1';
  sessionStorage.removeItem(STALE_NOTICE);
  return noticed;
}

async function decryptJson<T>(key: CryptoKey, name: string): Promise<T> {
  const envelope = new Uint8Array(await fetchEncrypted(name));
  const plain = await decryptFile(key, name, envelope).catch((error: unknown) => {
    throw new StaleKeyError(`${name} does not open with this key`, { cause: error });
  });
  const stream = new Blob([plain as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

/** Throws `StaleKeyError` when the key is from another build, `UnreachableError` when the network fails. */
export function loadCatalogue(key: CryptoKey, lang: string): Promise<MembersCatalogue> {
  let pending = catalogues.get(lang);
  if (!pending) {
    pending = loadManifest().then((manifest) => {
      const name = manifest?.catalogues[lang];
      if (!name) throw new StaleKeyError(`no members-only catalogue for ${lang}`);
      return decryptJson<MembersCatalogue>(key, name);
    });
    pending.catch(() => catalogues.delete(lang));
    catalogues.set(lang, pending);
  }
  return pending;
}

export function loadShard(key: CryptoKey, name: string): Promise<MembersShard> {
  return decryptJson<MembersShard>(key, name);
}

/**
 * A members-only answer, ready to insert: its pictures are encrypted files of
 * their own, decrypted into place as they arrive. Their `<img>` keeps its
 * width and height meanwhile, so nothing moves when they appear. The HTML is
 * parsed in a template, where no picture address is requested.
 */
export function answerContent(html: string, key: CryptoKey): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const picture of template.content.querySelectorAll<HTMLImageElement>(`img[src^="${MEMBERS_PICTURE_PREFIX}"]`)) {
    const name = picture.getAttribute('src')!.slice(MEMBERS_PICTURE_PREFIX.length);
    picture.removeAttribute('src');
    void decryptPicture(key, name).then(
      (url) => (picture.src = url),
      // The answer stays readable: the picture's words stand in for it.
      () => picture.replaceWith(picture.alt),
    );
  }
  return template.content;
}

async function decryptPicture(key: CryptoKey, name: string): Promise<string> {
  const plain = await decryptFile(key, name, new Uint8Array(await fetchEncrypted(name)));
  return URL.createObjectURL(new Blob([plain as Uint8Array<ArrayBuffer>], { type: 'image/webp' }));
}

/** Members-only answers join the search, marked as such. */
export function addMembersSearch(key: CryptoKey, lang: string): void {
  const index: Promise<LoadedSearchIndex | undefined> = Promise.all([loadCatalogue(key, lang), loadSearchCode()]).then(([catalogue, { loadSearchIndex }]) => {
    // A language without members-only entries has nothing to add.
    if (!Object.keys(catalogue.search).length) return undefined;
    return loadSearchIndex(async (path) => {
      const contents = catalogue.search[path];
      if (contents === undefined) throw new Error(`members-only index file ${path} is missing`);
      return contents;
    });
  });
  // Searching reports a failure; until someone searches, it is not an error of its own.
  index.catch(() => undefined);
  addSearchSource(lang, index);
}
