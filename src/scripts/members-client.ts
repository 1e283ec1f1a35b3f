import { decryptFile, unlockKeyring, unwrapTierKeys } from '../core/gate/index.ts';
import type { LoadedSearchIndex } from '../core/search/index.ts';
import { MEMBERS_PICTURE_PREFIX, type MembersCatalogue, type MembersCatalogueEntry, type MembersManifest, type MembersShard } from '../core/gate/section-format.ts';
import { addSearchSource, clearSearchSources } from './search-sources.ts';
import { clearSession, loadSession, OutdatedSessionError, storeSession } from './members-storage.ts';
import { MEMBERS_FOLDER } from '../core/output-folders.ts';
import { onThisSite } from './site-path.ts';

const folder = onThisSite(`${MEMBERS_FOLDER}/`);

/** The network failed, or the host answered with an error: worth trying again, and not the customer's fault. */
export class UnreachableError extends Error {}

/**
 * The key opened nothing of this build: the page and the files are of two
 * different builds, or the key was derived another way (other iterations, an
 * earlier format). Entering the code again opens the current build.
 */
export class StaleKeyError extends Error {}

/** The kept code is no longer one of this build's codes: it was removed from the codes input. */
export class RevokedCodeError extends Error {}

/** This build's content keys that the code opens, by tier number. */
export interface Unlocked {
  tierKeys: ReadonlyMap<number, CryptoKey>;
}

/** A members-only entry of the merged catalogue, with the file and key its answer opens with. */
export interface OpenEntry extends MembersCatalogueEntry {
  shardFile: string;
  key: CryptoKey;
}

/** What the code's tiers hold for one language, merged: an entry readable in two of them shows once. */
export interface OpenCatalogue {
  entries: OpenEntry[];
  /** Each opened tier's catalogue, for its search index. */
  tiers: MembersCatalogue[];
}

let manifestRequest: Promise<MembersManifest | undefined> | undefined;
const catalogues = new Map<string, Promise<OpenCatalogue>>();
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
  // Every tier's catalogue: which of them the code opens is known only once it is entered.
  await Promise.all([
    loadManifest().then((manifest) => Promise.all((manifest?.catalogues[lang] ?? []).map((name) => fetchEncrypted(name)))),
    loadSearchCode(),
  ]).catch(() => undefined);
}

/** The public manifest; `undefined` when this build has no members-only section. Throws `UnreachableError`. */
export function loadManifest(): Promise<MembersManifest | undefined> {
  manifestRequest ??= reach(`${folder}manifest.json`).then((response) => (response.ok ? (response.json() as Promise<MembersManifest>) : undefined));
  // A failed request may be a passing network problem: the next attempt asks again.
  manifestRequest.catch(() => (manifestRequest = undefined));
  return manifestRequest;
}

export type UnlockResult = { unlocked: Unlocked } | { wrongCode: true };

/**
 * One key derivation; once the code has opened this language's catalogues,
 * its wrapping key (never the code, never a content key) is kept for this
 * tab, or on this device when asked. Throws `UnreachableError` when the files
 * can't be fetched.
 */
export async function unlock(code: string, remember: boolean, lang: string): Promise<UnlockResult> {
  const manifest = await loadManifest();
  if (!manifest) return { wrongCode: true };
  const opened = await unlockKeyring(manifest.keyring, code);
  if (!opened) return { wrongCode: true };
  const unlocked = { tierKeys: opened.tierKeys };
  await loadCatalogue(unlocked, lang);
  await storeSession({ key: opened.wrappingKey, prefix: opened.prefix, iterations: manifest.keyring.kdf.iterations }, remember);
  return { unlocked };
}

/**
 * The content keys of the deployed build that the kept wrapping key opens, or
 * `undefined` without a session. Throws `RevokedCodeError` when the build has
 * no item for the kept prefix (or the item opens nothing with it),
 * `StaleKeyError` when the key was derived another way, `UnreachableError`
 * when the manifest can't be fetched.
 */
export async function restore(): Promise<Unlocked | undefined> {
  let kept;
  try {
    kept = await loadSession();
  } catch (error) {
    if (error instanceof OutdatedSessionError) throw new StaleKeyError(error.message, { cause: error });
    return undefined;
  }
  if (!kept) return undefined;
  const manifest = await loadManifest();
  if (!manifest) throw new RevokedCodeError('this build has no members-only section');
  if (manifest.keyring.kdf.iterations !== kept.iterations) throw new StaleKeyError('the key derivation changed');
  const tierKeys = await unwrapTierKeys(manifest.keyring, kept.prefix, kept.key).catch((error: unknown) => {
    throw new StaleKeyError(String(error), { cause: error });
  });
  if (!tierKeys?.size) throw new RevokedCodeError(`no content key of this build opens for ${kept.prefix}`);
  return { tierKeys };
}

export async function signOut(): Promise<void> {
  await clearSession();
  catalogues.clear();
  clearSearchSources();
}

const FORGOTTEN_NOTICE = 'faq-members-key-outdated';
export type ForgottenReason = 'staleKey' | 'revoked';

/**
 * A kept key that opens nothing of this build is of no more use: forgotten,
 * so that the form asks for the code again, and noted, so that the members
 * page says why even when another page found out.
 */
export async function forgetKeptKey(reason: ForgottenReason): Promise<void> {
  await signOut();
  sessionStorage.setItem(FORGOTTEN_NOTICE, reason);
}

/** Why a kept key was forgotten since the members page last said so, if it was. */
export function takeForgottenNotice(): ForgottenReason | undefined {
  const reason = sessionStorage.getItem(FORGOTTEN_NOTICE);
  sessionStorage.removeItem(FORGOTTEN_NOTICE);
  return reason === 'revoked' || reason === 'staleKey' ? reason : undefined;
}

/** Why restoring a kept key failed, for `forgetKeptKey`; `undefined` for a failure worth trying again (the network). */
export function forgottenReason(error: unknown): ForgottenReason | undefined {
  return error instanceof RevokedCodeError ? 'revoked' : error instanceof StaleKeyError ? 'staleKey' : undefined;
}

async function decryptJson<T>(key: CryptoKey, name: string): Promise<T> {
  const envelope = new Uint8Array(await fetchEncrypted(name));
  const plain = await decryptFile(key, name, envelope).catch((error: unknown) => {
    throw new StaleKeyError(`${name} does not open with this key`, { cause: error });
  });
  const stream = new Blob([plain as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

/**
 * The catalogues of this language that the keys open, merged. Throws
 * `StaleKeyError` when the keys are from another build, `UnreachableError`
 * when the network fails.
 */
export function loadCatalogue(unlocked: Unlocked, lang: string): Promise<OpenCatalogue> {
  let pending = catalogues.get(lang);
  if (!pending) {
    pending = loadManifest().then(async (manifest) => {
      const names = manifest?.catalogues[lang];
      if (!names) throw new StaleKeyError(`no members-only catalogue for ${lang}`);
      const opened = await Promise.all(
        [...unlocked.tierKeys].map(async ([tier, key]) => {
          const name = names[tier];
          if (!name) throw new StaleKeyError(`no catalogue of tier ${tier} for ${lang}`);
          return { key, catalogue: await decryptJson<MembersCatalogue>(key, name) };
        }),
      );
      return mergeCatalogues(opened);
    });
    pending.catch(() => catalogues.delete(lang));
    catalogues.set(lang, pending);
  }
  return pending;
}

/** One list of the tiers' entries, each once (the first tier that has it), most-asked first when there are several tiers. */
function mergeCatalogues(opened: { key: CryptoKey; catalogue: MembersCatalogue }[]): OpenCatalogue {
  const byId = new Map<string, OpenEntry>();
  for (const { key, catalogue } of opened) {
    for (const entry of catalogue.entries) if (!byId.has(entry.id)) byId.set(entry.id, { ...entry, shardFile: catalogue.shards[entry.shard]!, key });
  }
  const entries = [...byId.values()];
  if (opened.length > 1) entries.sort((a, b) => b.priority - a.priority);
  return { entries, tiers: opened.map(({ catalogue }) => catalogue) };
}

export function loadShard(entry: OpenEntry): Promise<MembersShard> {
  return decryptJson<MembersShard>(entry.key, entry.shardFile);
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

/** Members-only answers join the search, marked as such: one index per opened tier (search shows an answer in two of them once). */
export function addMembersSearch(unlocked: Unlocked, lang: string): void {
  const catalogue = loadCatalogue(unlocked, lang);
  for (let tier = 0; tier < unlocked.tierKeys.size; tier++) {
    const index: Promise<LoadedSearchIndex | undefined> = Promise.all([catalogue, loadSearchCode()]).then(([{ tiers }, { loadSearchIndex }]) => {
      const search = tiers[tier]!.search;
      // A tier without members-only entries in this language has nothing to add.
      if (!Object.keys(search).length) return undefined;
      return loadSearchIndex(async (path) => {
        const contents = search[path];
        if (contents === undefined) throw new Error(`members-only index file ${path} is missing`);
        return contents;
      });
    });
    // Searching reports a failure; until someone searches, it is not an error of its own.
    index.catch(() => undefined);
    addSearchSource(lang, index);
  }
}
