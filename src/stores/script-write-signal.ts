/**
 * The `storage` event never fires in the tab that wrote, so a `localStorage.setItem(...)` typed in
 * the console would go unseen. We wrap the Storage methods once and tell subscribers which store
 * and key changed. Property-style writes (`localStorage.x = 1`) and DevTools edits bypass these
 * methods; the stores catch those with a cheap poll.
 */
export type StorageWriteListener = (storage: Storage, key: string | null) => void;

const listeners = new Set<StorageWriteListener>();
let installed = false;

function notify(storage: Storage, key: string | null): void {
  for (const listener of listeners) listener(storage, key);
}

function install(): void {
  if (installed || typeof Storage === 'undefined') return;
  installed = true;
  const proto = Storage.prototype;
  const { setItem, removeItem, clear } = proto;
  proto.setItem = function patchedSetItem(this: Storage, key: string, value: string): void {
    setItem.call(this, key, value);
    notify(this, String(key));
  };
  proto.removeItem = function patchedRemoveItem(this: Storage, key: string): void {
    removeItem.call(this, key);
    notify(this, String(key));
  };
  proto.clear = function patchedClear(this: Storage): void {
    clear.call(this);
    notify(this, null);
  };
}

export function onScriptStorageWrite(listener: StorageWriteListener): () => void {
  install();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
