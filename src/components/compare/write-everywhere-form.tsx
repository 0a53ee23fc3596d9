import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { appCookiePath } from '../../config/env.ts';
import { browserCookieStore } from '../../stores/browser-cookie-store.ts';
import { webStorageStore } from '../../stores/browser-stores.ts';
import { checkCompareEntry } from '../../stores/experiments/compare-keys.ts';
import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { compareResults } from '../../stores/experiments/experiment-results.ts';
import { presenceOf, readEverywhere, windowTabView } from '../../stores/experiments/read-everywhere.ts';
import { writeEverywhere, type WriteOutcomes } from '../../stores/experiments/write-everywhere.ts';
import { AlertLine } from '../ui/alert-line.tsx';

const AREA_NAMES: Record<keyof WriteOutcomes, string> = { localStorage: 'localStorage', sessionStorage: 'sessionStorage', cookies: 'Cookie' };

/** Name + value, one button: the pair goes into the URL (path and query), both web storages and a cookie. */
export function WriteEverywhereForm({ current }: { readonly current: CompareEntry | null }) {
  const navigate = useNavigate();
  const [name, setName] = useState(current?.name ?? 'color');
  const [value, setValue] = useState(current?.value ?? 'blue');
  const [problem, setProblem] = useState<string | null>(null);
  const [failures, setFailures] = useState<readonly string[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = name.trim();
    const invalid = checkCompareEntry(trimmed, value);
    setProblem(invalid);
    if (invalid !== null) return;
    const entry = { name: trimmed, value };
    const outcomes = writeEverywhere(
      { localStorage: webStorageStore('localStorage'), sessionStorage: webStorageStore('sessionStorage'), cookies: browserCookieStore(), cookiePath: appCookiePath() },
      entry,
    );
    setFailures(
      (Object.keys(outcomes) as (keyof WriteOutcomes)[]).flatMap((area) => {
        const outcome = outcomes[area];
        return outcome.status === 'failed' ? [`${AREA_NAMES[area]}: ${outcome.reason}`] : [];
      }),
    );
    const path = compareEntryPath(entry);
    navigate(path);
    const url = new URL(path, 'http://compare.invalid');
    const view = { ...windowTabView(window), search: url.search, pathname: url.pathname };
    compareResults.record({ written: { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value) } });
  };

  return (
    <form method="dialog" className="write-everywhere" onSubmit={submit} noValidate>
      <div className="write-everywhere-fields">
        <label>
          Name to write everywhere
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          Value to write everywhere
          <input value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" spellCheck={false} />
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
