import { useState } from 'react';
import { appCookiePath } from '../../config/env.ts';
import type { CookieWrite } from '../../lib/cookies/cookie-rules.ts';
import { failed, type WriteResult } from '../../stores/result.ts';
import { CookieOptionsFields, type CookieOptionsDraft } from './cookie-options-fields.tsx';
import { parseCookieDraft } from './cookie-draft.ts';
import { EntryForm, type EntryDraft } from './entry-form.tsx';

/** An Edit pressed in the panel's list: its name and value go into the form's boxes (`seq` tells two presses apart). */
export interface CookieEditRequest {
  readonly name: string;
  readonly value: string;
  readonly seq: number;
}

export interface CookieFormProps {
  readonly edit: CookieEditRequest | null;
  /** Checks and writes the cookie (the rules may still be loading: it answers when they are in). */
  readonly onSave: (write: CookieWrite) => Promise<WriteResult>;
  readonly onOutcome: (outcome: WriteResult) => void;
}

const EMPTY_DRAFT: EntryDraft = { name: '', value: '' };

/** The Cookies panel's "Add or edit a cookie" form: Name, Value, the options page JavaScript may set, Save. */
export function CookieForm({ edit, onSave, onOutcome }: CookieFormProps) {
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_DRAFT);
  const [options, setOptions] = useState<CookieOptionsDraft>(() => ({
    path: appCookiePath(),
    maxAge: '',
    expires: '',
    sameSite: 'lax',
    secure: false,
    encodeValue: false,
  }));
  // An Edit press (perhaps made before this code arrived) fills the boxes once, when it is new.
  const [editShown, setEditShown] = useState<CookieEditRequest | null>(null);
  if (edit !== editShown) {
    setEditShown(edit);
    if (edit !== null) setDraft({ name: edit.name, value: edit.value });
  }

  const save = (entry: EntryDraft): void => {
    const parsed = parseCookieDraft(entry.name, entry.value, options);
    if (parsed.status === 'failed') {
      onOutcome(failed(parsed.reason));
      return;
    }
    void onSave(parsed.write).then((result) => {
      onOutcome(result);
      // Emptied only if the learner has not typed on meanwhile: nothing they wrote is lost.
      if (result.status === 'ok') setDraft((current) => (current === entry ? EMPTY_DRAFT : current));
    });
  };

  return (
    <EntryForm label="Add or edit a cookie" draft={draft} onChange={setDraft} onSave={save}>
      <CookieOptionsFields options={options} onChange={setOptions} />
    </EntryForm>
  );
}
