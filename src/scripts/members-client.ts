import { decryptFile, unlockKeyring } from '../core/gate/index.ts';
import { loadSearchIndex } from '../core/search/index.ts';
import type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';
import { addSearchSource, clearSearchSources } from './search-sources.ts';
import { clearSession, loadSession, storeSession } from './members-storage.ts';

const folder = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}_faq/m/`;
let manifestRequest: Promise<MembersManifest | undefined> | undefined;
const catalogues = new Map<string, Promise<MembersCatalogue>>();
/** Encrypted files fetched ahead, so that unlocking works with the network gone once the page has loaded. */
const fetched = new Map<string, Promise<ArrayBuffer>>();

function fetchEncrypted(name: string): Promise<ArrayBuffer> {
  let pending = fetched.get(name);
  if (!pending) {
    pending = fetch(`${folder}${name}.bin`).then((response) => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    pending.catch(() => fetched.delete(name));
    fetched.set(name, pending);
  }
  return pending;
}

/** Fetches this language's encrypted catalogue while the customer types the code. */
export async function prefetchCatalogue(lang: string): Promise<void> {
  const name = (await loadManifest())?.catalogues[lang];
  if (name) await fetchEncrypted(name).catch(() => undefined);
}

/** The public manifest; `undefined` when this build has no members-only section. */
export function loadManifest(): Promise<MembersManifest | undefined> {
  manifestRequest ??= fetch(`${folder}manifest.json`).then((response) => (response.ok ? (response.json() as Promise<MembersManifest>) : undefined));
  return manifestRequest;
}

/** One key derivation; the key is kept (never the code) for this tab, or on this device when asked. */
export async function unlock(code: string, remember: boolean): Promise<CryptoKey | undefined> {
  const manifest = await loadManifest();
  if (!manifest) return undefined;
  const key = await unlockKeyring(manifest.keyring, code);
  if (!key) return undefined;
  // A key that opens the keyring but not this build's files is refused too: nothing is kept.
  await loadCatalogue(key, document.documentElement.lang);
  await storeSession(key, remember);
  return key;
}

export async function restore(): Promise<CryptoKey | undefined> {
  if (!(await loadManifest())) return undefined;
  return loadSession();
}

export async function signOut(): Promise<void> {
  await clearSession();
  catalogues.clear();
  clearSearchSources();
}

async function decryptJson<T>(key: CryptoKey, name: string): Promise<T> {
  const plain = await decryptFile(key, name, new Uint8Array(await fetchEncrypted(name)));
  const stream = new Blob([plain as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

export function loadCatalogue(key: CryptoKey, lang: string): Promise<MembersCatalogue> {
  let pending = catalogues.get(lang);
  if (!pending) {
    pending = loadManifest().then((manifest) => {
      const name = manifest?.catalogues[lang];
      if (!name) throw new Error(`no members-only catalogue for ${lang}`);
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

/** Members-only answers join the search, marked as such. */
export function addMembersSearch(key: CryptoKey, lang: string): void {
  addSearchSource(
    lang,
    loadCatalogue(key, lang).then((catalogue) => {
      if (!Object.keys(catalogue.search).length) throw new Error('no members-only entries in this language');
      return loadSearchIndex(async (path) => {
        const contents = catalogue.search[path];
        if (contents === undefined) throw new Error(`members-only index file ${path} is missing`);
        return contents;
      });
    }),
  );
}
