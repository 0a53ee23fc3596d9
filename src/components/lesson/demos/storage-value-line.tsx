import type { StorageArea } from '../../../stores/web-storage-store.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { useStorageItem } from '../../../hooks/use-web-storage.ts';

/** `localStorage.getItem("key")` → its live value, as a console would print it. */
export function StorageValueLine({ area, storageKey }: { readonly area: StorageArea; readonly storageKey: string }) {
  const value = useStorageItem(area, storageKey);
  const isClient = useIsClient();
  return (
    <p className="demo-result">
      <code>
        {area}.getItem("{storageKey}")
      </code>{' '}
      →{' '}
      {isClient ? (
        <strong className="learner-value" aria-live="polite">
          {value === null ? 'null' : JSON.stringify(value)}
        </strong>
      ) : (
        <span className="muted">(read in your browser)</span>
      )}
    </p>
  );
}
