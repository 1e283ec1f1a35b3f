/**
 * Where an unlocked session lives: a non-extractable CryptoKey in IndexedDB,
 * never the access code. A key kept only for this tab carries the tab's mark
 * from sessionStorage, which the browser forgets when the tab closes; any other
 * tab, or a later visit, ignores it and deletes it.
 */
const DATABASE = 'faq-members';
const STORE = 'session';
const RECORD = 'current';
const TAB_MARK = 'faq-members-tab';
const REMEMBER_FOR = 30 * 24 * 3600 * 1000;
const TAB_SESSION_FOR = 12 * 3600 * 1000;

interface StoredSession {
  key: CryptoKey;
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

export async function storeSession(key: CryptoKey, remember: boolean): Promise<void> {
  const session: StoredSession = remember ? { key, expires: Date.now() + REMEMBER_FOR } : { key, expires: Date.now() + TAB_SESSION_FOR, tab: tabMark() };
  await transact('readwrite', (store) => store.put(session, RECORD));
}

export async function loadSession(): Promise<CryptoKey | undefined> {
  const session = (await transact('readonly', (store) => store.get(RECORD))) as StoredSession | undefined;
  if (!session) return undefined;
  const current = session.expires > Date.now() && (!session.tab || session.tab === sessionStorage.getItem(TAB_MARK));
  if (!current) {
    await clearSession();
    return undefined;
  }
  return session.key;
}

export async function clearSession(): Promise<void> {
  await transact('readwrite', (store) => store.delete(RECORD));
}

/** A cheap check every page makes before loading anything else of the members-only section. */
export async function hasSession(): Promise<boolean> {
  try {
    return (await loadSession()) !== undefined;
  } catch {
    return false;
  }
}
