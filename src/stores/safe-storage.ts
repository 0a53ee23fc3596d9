import { failed, ok, type WriteResult } from './result.ts';
import { blockedStorageReason, errorName, isQuotaError, quotaReason } from './storage-errors.ts';

/**
 * Web Storage that never throws at the caller, after excalidraw's
 * excalidraw-app/data/localStorage.ts: every access in try/catch (opening `window.localStorage`
 * itself throws SecurityError when site data is blocked,
 * https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage#exceptions; a write past the
 * quota throws QuotaExceededError, https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem#exceptions);
 * reads give null, writes a result the UI can teach with.
 */
export interface SafeStorage {
  /** Why the storage cannot be opened, or null when it can. */
  unavailable(): string | null;
  /** The value, or null when absent or unreadable. */
  getItem(key: string): string | null;
  /** Every key in storage order, or none when unreadable. */
  keys(): string[];
  /** `usedBytes`: what the origin already uses, for the message when the quota refuses the write. */
  setItem(key: string, value: string, usedBytes?: number): WriteResult;
  removeItem(key: string): WriteResult;
}

export function safeStorage(area: string, resolve: () => Storage): SafeStorage {
  const open = (): { storage: Storage } | { reason: string } => {
    try {
      return { storage: resolve() };
    } catch (error) {
      return { reason: blockedStorageReason(area, error) };
    }
  };
  const write = (key: string, value: string, usedBytes: number, action: (storage: Storage) => void): WriteResult => {
    const opened = open();
    if ('reason' in opened) return failed(opened.reason);
    try {
      action(opened.storage);
      return ok();
    } catch (error) {
      if (isQuotaError(error)) return failed(quotaReason(area, key, value, usedBytes));
      return failed(`${area} refused the write: ${errorName(error)}. Nothing was changed.`);
    }
  };
  return {
    unavailable() {
      const opened = open();
      return 'reason' in opened ? opened.reason : null;
    },
    getItem(key) {
      const opened = open();
      if ('reason' in opened) return null;
      try {
        return opened.storage.getItem(key);
      } catch {
        return null;
      }
    },
    keys() {
      const opened = open();
      if ('reason' in opened) return [];
      try {
        const { storage } = opened;
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i += 1) {
          const key = storage.key(i);
          if (key !== null) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
    setItem(key, value, usedBytes = 0) {
      return write(key, value, usedBytes, (storage) => storage.setItem(key, value));
    },
    removeItem(key) {
      return write(key, '', 0, (storage) => storage.removeItem(key));
    },
  };
}
