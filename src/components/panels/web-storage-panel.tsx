import { useState } from 'react';
import { PANEL_NAMES } from '../../config/mechanisms.ts';
import { formatBytes } from '../../lib/byte-size.ts';
import { failed, type WriteResult } from '../../stores/result.ts';
import type { StorageArea } from '../../stores/web-storage-store.ts';
import { useWebStorage } from '../../hooks/use-web-storage.ts';
import { EntryForm, type EntryDraft } from './entry-form.tsx';
import { EntryTable } from './entry-table.tsx';
import { PanelFrame } from './panel-frame.tsx';
import { ValueText } from './value-text.tsx';
import { WriteOutcome } from './write-outcome.tsx';
import { AlertLine } from '../ui/alert-line.tsx';

const EMPTY_DRAFT: EntryDraft = { name: '', value: '' };

const subtitles: Record<StorageArea, string> = {
  localStorage: 'This origin, every tab. Never sent to the server.',
  sessionStorage: 'This tab only. Never sent to the server.',
};

interface WebStoragePanelProps {
  readonly area: StorageArea;
  readonly highlight?: readonly string[] | undefined;
}

export function WebStoragePanel({ area, highlight }: WebStoragePanelProps) {
  const { snapshot, store } = useWebStorage(area);
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_DRAFT);
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const name = PANEL_NAMES[area];

  const save = (entry: EntryDraft): void => {
    if (entry.name === '') {
      setOutcome(failed('Give the entry a name: the key cannot be empty in this form.'));
      return;
    }
    const result = store.setItem(entry.name, entry.value);
    setOutcome(result);
    if (result.status === 'ok') setDraft(EMPTY_DRAFT);
  };

  return (
    <PanelFrame name={name} subtitle={subtitles[area]}>
      {snapshot.status === 'pending' ? <p className="panel-message">Reading this browser’s {name}…</p> : null}
      <AlertLine message={snapshot.status === 'unavailable' ? snapshot.reason : null} />
      {snapshot.status === 'ok' ? (
        <>
          <p className="panel-usage">
            {snapshot.entries.length} {snapshot.entries.length === 1 ? 'entry' : 'entries'} · {formatBytes(snapshot.usedBytes)} (UTF-16)
          </p>
          {snapshot.entries.length === 0 ? (
            <p className="panel-message">{name} is empty for this origin{area === 'sessionStorage' ? ' in this tab' : ''}.</p>
          ) : (
            <EntryTable
              caption={`${name} entries`}
              rows={snapshot.entries}
              highlight={highlight}
              renderValue={(entry) => <ValueText value={entry.value} label={entry.key} />}
              actions={(entry) => (
                <>
                  <button type="button" className="small-button" aria-label={`Edit ${entry.key}`} onClick={() => setDraft({ name: entry.key, value: entry.value })}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Delete ${entry.key}`}
                    onClick={() => setOutcome(store.removeItem(entry.key))}
                  >
                    Delete
                  </button>
                </>
              )}
            />
          )}
        </>
      ) : null}
      <EntryForm label={`Add or edit a ${name} entry`} draft={draft} onChange={setDraft} onSave={save} />
      <WriteOutcome outcome={outcome} />
    </PanelFrame>
  );
}
