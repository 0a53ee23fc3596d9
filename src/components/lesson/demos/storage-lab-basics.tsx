import type { ReactNode } from 'react';
import type { StorageArea } from '../../../stores/web-storage-store.ts';
import { StorageValueLine } from './storage-value-line.tsx';
import { StorageWriteForm } from './storage-write-form.tsx';

/**
 * What the localStorage and sessionStorage labs share: a form that writes one key, its live value,
 * and a row of ways to leave this page (a reload, then the lab's own: `children`).
 */
export function StorageLabBasics({
  area,
  storageKey,
  label,
  saveLabel,
  children,
}: {
  readonly area: StorageArea;
  readonly storageKey: string;
  readonly label: string;
  readonly saveLabel: string;
  readonly children: ReactNode;
}) {
  return (
    <>
      <StorageWriteForm area={area} storageKey={storageKey} label={label} saveLabel={saveLabel} />
      <StorageValueLine area={area} storageKey={storageKey} />
      <div className="demo-row">
        <button type="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
        {children}
      </div>
    </>
  );
}
