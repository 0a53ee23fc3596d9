import { useId, type FormEvent, type ReactNode } from 'react';

export interface EntryDraft {
  readonly name: string;
  readonly value: string;
}

interface EntryFormProps {
  readonly label: string;
  readonly draft: EntryDraft;
  readonly onChange: (draft: EntryDraft) => void;
  readonly onSave: (draft: EntryDraft) => void;
  readonly children?: ReactNode;
}

/** The add/edit form every writable panel shares: Name, Value, Save (CONTRACT.md). */
export function EntryForm({ label, draft, onChange, onSave, children }: EntryFormProps) {
  const nameId = useId();
  const valueId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <form className="entry-form" aria-label={label} method="dialog" onSubmit={submit}>
      <div className="field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft.name}
          onChange={(event) => onChange({ ...draft, name: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={valueId}>Value</label>
        <textarea
          id={valueId}
          rows={1}
          spellCheck={false}
          value={draft.value}
          onChange={(event) => onChange({ ...draft, value: event.target.value })}
        />
      </div>
      {children}
      <button type="submit" className="button-primary">
        Save
      </button>
    </form>
  );
}
