import { startTransition, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { appCookiePath } from '../../config/env.ts';
import { checkCompareEntry } from './check-compare-entry.ts';
import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { useWrittenPair } from '../../hooks/use-compare-results.ts';
import { AlertLine } from '../ui/alert-line.tsx';

// The writes and the read-back: their own small chunk, fetched as soon as the learner is in the form.
const loadWriter = () => import('../../stores/experiments/write-everywhere-here.ts');

/**
 * Name + value, one button: the pair goes into the URL (path and query), both web storages and a
 * cookie. `beforeNavigate` runs just before the page moves to the pair's URL (the page loads the
 * parts that will show it).
 */
export function WriteEverywhereForm({ current, beforeNavigate }: { readonly current: CompareEntry | null; readonly beforeNavigate: () => void }) {
  const navigate = useNavigate();
  // What the learner typed since the form last showed the URL's pair; null: the boxes show that pair.
  const [draft, setDraft] = useState<{ readonly name: string; readonly value: string } | null>(null);
  const name = draft?.name ?? current?.name ?? 'color';
  const value = draft?.value ?? current?.value ?? 'blue';
  // From the newest draft: two boxes changed in one task (early-actions.ts hands them over) both count.
  const edit = (change: { readonly name?: string; readonly value?: string }): void =>
    setDraft((before) => ({
      name: change.name ?? before?.name ?? current?.name ?? 'color',
      value: change.value ?? before?.value ?? current?.value ?? 'blue',
    }));
  const [problem, setProblem] = useState<string | null>(null);
  const written = useWrittenPair();
  // What the browser refused when this pair was written (recorded with the write: this form is new for each pair's URL).
  const failures = written !== undefined && current !== null && written.entry.name === current.name && written.entry.value === current.value ? written.refused : [];

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = name.trim();
    const invalid = checkCompareEntry(trimmed, value);
    setProblem(invalid);
    if (invalid !== null) return;
    const entry = { name: trimmed, value };
    loadWriter().then(
      ({ writeEverywhereHere }) => {
        writeEverywhereHere(entry, appCookiePath());
        beforeNavigate();
        // Written: the boxes follow the URL again, in the router's own transition (the same lane,
        // committed together: no flash of the old pair). Back pressed before the new pair's page
        // commits lands on a pair React never left, so the form is not re-keyed: without this the
        // boxes kept the pair just written while the URL and panels showed the old one.
        // https://react.dev/reference/react/startTransition
        startTransition(() => setDraft(null));
        navigate(compareEntryPath(entry));
      },
      () => setProblem('The code that writes could not be loaded (offline?). Nothing was written: reload the page and press Write everywhere again.'),
    );
  };

  return (
    <form method="dialog" className="write-everywhere" onSubmit={submit} onFocus={() => void loadWriter().catch(() => {})} noValidate>
      <div className="write-everywhere-fields">
        <label>
          Name to write everywhere
          <input value={name} onChange={(event) => edit({ name: event.target.value })} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          Value to write everywhere
          <input value={value} onChange={(event) => edit({ value: event.target.value })} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit">Write everywhere</button>
      </div>
      <p className="muted">
        Goes to the URL path and query string (<code>/compare/name/value?name=value</code>), to localStorage and sessionStorage as{' '}
        <code>stl:name</code>, and to a session cookie <code>stl_name</code> with <code>Path={appCookiePath()}</code>.
      </p>
      <AlertLine message={problem} />
      {failures.length > 0 ? (
        <ul role="alert" className="panel-alert" aria-label="Writes that failed">
          {failures.map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
