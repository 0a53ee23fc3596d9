import { useId, useState, type FormEvent } from 'react';
import { webStorageStore } from '../../../stores/browser-stores.ts';
import type { WriteResult } from '../../../stores/result.ts';
import type { StorageArea } from '../../../stores/web-storage-store.ts';
import { WriteOutcome } from '../../panels/write-outcome.tsx';

interface Props {
  readonly area: StorageArea;
  readonly storageKey: string;
  readonly label: string;
  readonly saveLabel: string;
}

/** A one-field form that writes one key for real, and a button to remove it. */
export function StorageWriteForm({ area, storageKey, label, saveLabel }: Props) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const id = useId();
  const store = webStorageStore(area);
  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setOutcome(store.setItem(storageKey, text));
  };
  return (
    <form className="demo-row" method="dialog" onSubmit={save}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit">{saveLabel}</button>
      <button type="button" onClick={() => setOutcome(store.removeItem(storageKey))}>
        Remove {storageKey}
      </button>
      <WriteOutcome outcome={outcome} />
    </form>
  );
}
