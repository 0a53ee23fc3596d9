import { useMemo } from 'react';
import type { JarCookieRow } from '../../stores/pretend-http/http-types.ts';
import { usePretendBrowser } from '../../hooks/use-pretend-browser.ts';
import { usePretendClock } from '../../hooks/use-pretend-clock.ts';
import { usePretendJar } from '../../hooks/use-pretend-jar.ts';
import { EntryTable } from '../panels/entry-table.tsx';
import { ValueText } from '../panels/value-text.tsx';
import { jarColumns } from './jar-columns.tsx';
import './pretend.css';

/** Count down while a cookie expires within the next ten minutes. */
const COUNTDOWN_WINDOW_MS = 10 * 60 * 1000;

function expiresSoon(rows: readonly JarCookieRow[]): boolean {
  const now = Date.now();
  return rows.some((row) => row.expiresAt !== null && row.expiresAt - now < COUNTDOWN_WINDOW_MS);
}

const renderValue = (row: JarCookieRow) => <ValueText value={row.value} label={row.name} />;

/**
 * The pretend browser's cookie jar, shaped like DevTools → Application → Cookies. Unlike the
 * real `Cookies` panel (document.cookie), it shows HttpOnly cookies and every attribute.
 */
export function PretendJarTable({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  const rows = usePretendJar();
  const { browser } = usePretendBrowser();
  const now = usePretendClock(expiresSoon(rows));
  const columns = useMemo(() => jarColumns(now), [now]);
  return (
    <section aria-label="Pretend cookie jar" className="pretend-box">
      <header className="pretend-box-header">
        <h3 className="pretend-box-title">Pretend cookie jar</h3>
        <span className="badge badge-simulated">simulated</span>
        {browser && rows.length > 0 ? (
          <>
            <button type="button" className="small-button" onClick={() => void browser.restart()}>
              Restart the pretend browser
            </button>
            <button type="button" className="small-button" onClick={() => void browser.clearCookies()}>
              Clear pretend cookies
            </button>
          </>
        ) : null}
      </header>
      <p className="muted">
        Every cookie the pretend browser holds, for every pretend site, as DevTools → Application → Cookies would list them. A leading dot
        in Domain means “and its subdomains”.
      </p>
      {rows.length === 0 ? (
        <p className="panel-message">The pretend jar is empty.</p>
      ) : (
        <EntryTable
          caption="Cookies in the pretend browser's jar"
          rows={rows}
          highlight={highlight}
          columnsKey={String(now)}
          renderValue={renderValue}
          extraColumns={columns}
        />
      )}
    </section>
  );
}
