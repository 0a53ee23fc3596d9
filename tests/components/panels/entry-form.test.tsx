import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { EntryForm, type EntryDraft } from '../../../src/components/panels/entry-form.tsx';

function Form({ onSave }: { readonly onSave: (draft: EntryDraft) => void }) {
  const [draft, setDraft] = useState<EntryDraft>({ name: '', value: '' });
  return <EntryForm label="Add an entry" draft={draft} onChange={setDraft} onSave={onSave} />;
}

test('a change updates the draft as it is when React applies it, so two changes in one batch never undo each other', () => {
  const onChange = vi.fn();
  render(<EntryForm label="Add an entry" draft={{ name: '', value: '' }} onChange={onChange} onSave={() => {}} />);
  fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'stl_a' } });
  const update = onChange.mock.calls[0]?.[0] as (draft: EntryDraft) => EntryDraft;
  // Another change (the Value) was applied first, after the form last rendered: the Name keeps it.
  expect(update({ name: '', value: 'one' })).toEqual({ name: 'stl_a', value: 'one' });
});

test('what is typed in Name and Value is what Save hands over', () => {
  const onSave = vi.fn();
  render(<Form onSave={onSave} />);
  act(() => {
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'stl_a' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value' }), { target: { value: 'one' } });
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSave).toHaveBeenCalledWith({ name: 'stl_a', value: 'one' });
});

test('the form says when it is first used, so what Save needs can start loading', () => {
  const onFirstUse = vi.fn();
  render(<EntryForm label="Add an entry" draft={{ name: '', value: '' }} onChange={() => {}} onSave={() => {}} onFirstUse={onFirstUse} />);
  expect(onFirstUse).not.toHaveBeenCalled();
  act(() => screen.getByRole('textbox', { name: 'Name' }).focus());
  expect(onFirstUse).toHaveBeenCalled();
});
