import { useId, type FormEvent, type ReactNode } from 'react';

export interface EntryDraft {
  readonly name: string;
  readonly value: string;
}

interface EntryFormProps {
  readonly label: string;
  readonly draft: EntryDraft;
  /** Given an update of the draft (not a whole draft), so two changes in one task never undo each other. */
  readonly onChange: (update: (draft: EntryDraft) => EntryDraft) => void;
  readonly onSave: (draft: EntryDraft) => void;
  readonly children?: ReactNode;
  /** Called when the learner first focuses or presses in the form (e.g. to start loading what Save needs). */
  readonly onFirstUse?: () => void;
}

/** The add/edit form every writable panel shares: Name, Value, Save (CONTRACT.md). */
export function EntryForm({ label, draft, onChange, onSave, children, onFirstUse }: EntryFormProps) {
  const nameId = useId();
  const valueId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <form className="entry-form" aria-label={label} method="dialog" onSubmit={submit} onFocus={onFirstUse} onPointerDown={onFirstUse}>
      <div className="field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft.name}
          onChange={(event) => {
            const name = event.target.value;
            onChange((current) => ({ ...current, name }));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={valueId}>Value</label>
        <textarea
          id={valueId}
          rows={1}
          spellCheck={false}
          value={draft.value}
          onChange={(event) => {
            const value = event.target.value;
            onChange((current) => ({ ...current, value }));
          }}
        />
      </div>
      {children}
      <button type="submit" className="button-primary">
        Save
      </button>
    </form>
  );
}
