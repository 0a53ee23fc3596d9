/**
 * The one owner of the same-tab write signals. The `storage` event never fires in the tab that
 * wrote (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-event), and
 * `document.cookie = …` fires nothing either without CookieStore's `change` event
 * (https://developer.mozilla.org/en-US/docs/Web/API/CookieStore/change_event), so a
 * `localStorage.setItem(...)` or a cookie typed in the console would go unseen. We wrap the
 * Storage methods and the page's `document.cookie` setter once and tell subscribers.
 * Property-style writes (`localStorage.x = 1`) and DevTools edits bypass both; the stores catch
 * those with a cheap re-read (see web-storage-store.ts and cookie-store.ts).
 */
export type StorageWriteListener = (storage: Storage, key: string | null) => void;

const storageListeners = new Set<StorageWriteListener>();
let storagePatched = false;

function notifyStorage(storage: Storage, key: string | null): void {
  for (const listener of storageListeners) listener(storage, key);
}

function patchStorage(): void {
  if (storagePatched || typeof Storage === 'undefined') return;
  storagePatched = true;
  const proto = Storage.prototype;
  const { setItem, removeItem, clear } = proto;
  proto.setItem = function patchedSetItem(this: Storage, key: string, value: string): void {
    setItem.call(this, key, value);
    notifyStorage(this, String(key));
  };
  proto.removeItem = function patchedRemoveItem(this: Storage, key: string): void {
    removeItem.call(this, key);
    notifyStorage(this, String(key));
  };
  proto.clear = function patchedClear(this: Storage): void {
    clear.call(this);
    notifyStorage(this, null);
  };
}

/** Calls `listener` after every setItem / removeItem / clear on any Storage in this tab. */
export function onScriptStorageWrite(listener: StorageWriteListener): () => void {
  patchStorage();
  storageListeners.add(listener);
  return () => {
    storageListeners.delete(listener);
  };
}

const cookieListeners = new Set<() => void>();
const patchedDocuments = new WeakSet<Document>();

function patchCookieSetter(doc: Document): void {
  if (patchedDocuments.has(doc)) return;
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!descriptor?.get || !descriptor.set) return;
  const { get, set } = descriptor;
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    enumerable: true,
    get() {
      return get.call(doc);
    },
    set(value: string) {
      set.call(doc, value);
      for (const notify of cookieListeners) notify();
    },
  });
  patchedDocuments.add(doc);
}

/** Calls `listener` after every `document.cookie = …` in this document. */
export function onScriptCookieWrite(doc: Document, listener: () => void): () => void {
  patchCookieSetter(doc);
  cookieListeners.add(listener);
  return () => {
    cookieListeners.delete(listener);
  };
}
