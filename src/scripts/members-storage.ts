/**
 * Where an unlocked session lives: the code's wrapping key in IndexedDB, a
 * non-extractable CryptoKey that can only unwrap, with the code's public
 * prefix; never the access code, and never a content key. Each visit unwraps
 * the current build's content keys with it, so a deploy that draws new content
 * keys leaves the session working. A key kept only for this tab carries the tab's mark
 * from sessionStorage, which the browser forgets when the tab closes; any other
 * tab, or a later visit, ignores it and deletes it.
 */
const DATABASE = 'faq-members';
const STORE = 'session';
const RECORD = 'current';
const TAB_MARK = 'faq-members-tab';
const REMEMBER_FOR = 30 * 24 * 3600 * 1000;
const TAB_SESSION_FOR = 12 * 3600 * 1000;

/** What a session keeps: enough to unwrap the content keys of whatever build is deployed. */
export interface KeptUnlock {
  /** The code's wrapping key: PBKDF2 of the secret, usable only to unwrap. */
  key: CryptoKey;
  /** The code's public prefix: which item of the keyring is its own. */
  prefix: string;
  /** The PBKDF2 iterations the key was derived with: another number means another key. */
  iterations: number;
}

interface StoredSession extends KeptUnlock {
  expires: number;
  /** Set when the session belongs to one tab only. */
  tab?: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

function tabMark(): string {
  let mark = sessionStorage.getItem(TAB_MARK);
  if (!mark) {
    mark = crypto.randomUUID();
    sessionStorage.setItem(TAB_MARK, mark);
  }
  return mark;
}

export async function storeSession(kept: KeptUnlock, remember: boolean): Promise<void> {
  const session: StoredSession = remember ? { ...kept, expires: Date.now() + REMEMBER_FOR } : { ...kept, expires: Date.now() + TAB_SESSION_FOR, tab: tabMark() };
  await transact('readwrite', (store) => store.put(session, RECORD));
}

export async function loadSession(): Promise<KeptUnlock | undefined> {
  const session = (await transact('readonly', (store) => store.get(RECORD))) as Partial<StoredSession> | undefined;
  if (!session) return undefined;
  const current = typeof session.expires === 'number' && session.expires > Date.now() && (!session.tab || session.tab === sessionStorage.getItem(TAB_MARK));
  if (!current) {
    await clearSession();
    return undefined;
  }
  // A content key kept by the previous version of the format unwraps nothing: the caller forgets it and asks for the code again.
  if (!(session.key instanceof CryptoKey) || typeof session.prefix !== 'string' || typeof session.iterations !== 'number') throw new OutdatedSessionError('a session of an earlier format');
  return { key: session.key, prefix: session.prefix, iterations: session.iterations };
}

/** The kept session is of an earlier format: it opens nothing, and the members page says to enter the code again. */
export class OutdatedSessionError extends Error {}

export async function clearSession(): Promise<void> {
  await transact('readwrite', (store) => store.delete(RECORD));
}

/** A cheap check every page makes before loading anything else of the members-only section. */
export async function hasSession(): Promise<boolean> {
  try {
    return (await loadSession()) !== undefined;
  } catch (error) {
    // An outdated session is still one to forget, and to tell the customer about.
    return error instanceof OutdatedSessionError;
  }
}
